import { useState } from 'react';
import type { BulkAction } from '@/lib/db/entries-repository';
import { EntryStatusSchema } from '@/lib/schemas/records';
import { useI18n } from '../i18n';
import type { ListSummary } from './list-bar';

/** Actions on the selected rows: move, copy, tag, status, remove (each undoable). */
export function BulkBar({
  count,
  lists,
  currentListId,
  onAction,
  onClear,
}: {
  count: number;
  lists: readonly ListSummary[];
  currentListId: string;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  if (count === 0) return null;
  const targets = lists.filter((l) => l.list.id !== currentListId && !l.list.archived);
  return (
    <div className="vt-bulk" role="toolbar" aria-label={t('bulk.label')} data-testid="bulk-bar">
      <strong>{t('bulk.selected', { count })}</strong>
      <select value="" onChange={(e) => e.target.value && onAction({ kind: 'move', toListId: e.target.value })} disabled={!targets.length} data-testid="bulk-move">
        <option value="">{t('bulk.move')}</option>
        {targets.map((l) => (
          <option key={l.list.id} value={l.list.id}>
            {l.list.name}
          </option>
        ))}
      </select>
      <select value="" onChange={(e) => e.target.value && onAction({ kind: 'copy', toListId: e.target.value })} disabled={!targets.length} data-testid="bulk-copy">
        <option value="">{t('bulk.copy')}</option>
        {targets.map((l) => (
          <option key={l.list.id} value={l.list.id}>
            {l.list.name}
          </option>
        ))}
      </select>
      <select value="" onChange={(e) => e.target.value && onAction({ kind: 'status', status: e.target.value as 'scouting' })} data-testid="bulk-status">
        <option value="">{t('bulk.status')}</option>
        {EntryStatusSchema.options.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <form
        className="vt-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) onAction({ kind: 'tag', add: [tag.trim()], remove: [] });
          setTag('');
        }}
      >
        <input value={tag} maxLength={40} placeholder={t('bulk.tagPlaceholder')} onChange={(e) => setTag(e.target.value)} data-testid="bulk-tag" />
        <button type="submit" className="vt-button">
          {t('bulk.tag')}
        </button>
      </form>
      <button type="button" className="vt-button vt-danger" onClick={() => onAction({ kind: 'remove' })} data-testid="bulk-remove">
        {t('bulk.remove')}
      </button>
      <button type="button" className="vt-button" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}
