import { useState } from 'react';
import { EntryStatusSchema, type ShortlistEntry } from '@/lib/schemas/records';
import type { EntryPatch } from '@/lib/db/entries-repository';
import { useI18n } from '../i18n';

/** Status, priority, tags and note of one entry; saved through the background. */
export function EntryEditor({ entry, onSave }: { entry: ShortlistEntry; onSave: (patch: EntryPatch) => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState(entry.note);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const dirty = note !== entry.note || tags !== entry.tags.join(', ');
  return (
    <div className="vt-entry-editor" data-testid="entry-editor">
      <label className="vt-field">
        <span>{t('column.status')}</span>
        <select value={entry.status} onChange={(e) => onSave({ status: e.target.value as ShortlistEntry['status'] })} data-testid="entry-status">
          {EntryStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="vt-field">
        <span>{t('column.priority')}</span>
        <select value={entry.priority} onChange={(e) => onSave({ priority: Number(e.target.value) })} data-testid="entry-priority">
          {[0, 1, 2, 3].map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="vt-field vt-field-wide">
        <span>{t('entry.tags')}</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t('entry.tagsPlaceholder')} data-testid="entry-tags" />
      </label>
      <label className="vt-field vt-field-wide">
        <span>{t('entry.note')}</span>
        <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} data-testid="entry-note" />
      </label>
      <button
        type="button"
        className="vt-button vt-primary"
        disabled={!dirty}
        onClick={() => onSave({ note, tags: tags.split(/[,，]/).map((s) => s.trim()).filter(Boolean).slice(0, 20) })}
        data-testid="entry-save"
      >
        {t('action.save')}
      </button>
    </div>
  );
}
