import { useState } from 'react';
import type { Shortlist } from '@/lib/schemas/records';
import { useI18n } from '../i18n';

export interface ListSummary {
  list: Shortlist;
  count: number;
}

/** Pick a list; create, rename, archive or delete it. */
export function ListBar({
  lists,
  selectedId,
  onSelect,
  showArchived,
  onShowArchived,
  onCreate,
  onRename,
  onArchive,
  onDelete,
}: {
  lists: readonly ListSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
  onCreate: (name: string) => void;
  onRename: (id: string, name: string) => void;
  onArchive: (id: string, archived: boolean) => void;
  onDelete: (id: string) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<{ mode: 'create' | 'rename'; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const selected = lists.find((l) => l.list.id === selectedId) ?? null;
  const visible = lists.filter((l) => showArchived || !l.list.archived || l.list.id === selectedId);

  const submit = () => {
    if (!editing) return;
    const name = editing.name.trim();
    if (!name) return;
    if (editing.mode === 'create') onCreate(name);
    else if (selected) onRename(selected.list.id, name);
    setEditing(null);
  };

  return (
    <div className="vt-listbar" data-testid="list-bar">
      <label className="vt-field">
        <span>{t('list.current')}</span>
        <select value={selectedId ?? ''} onChange={(e) => onSelect(e.target.value)} data-testid="list-select">
          {visible.map(({ list, count }) => (
            <option key={list.id} value={list.id}>
              {list.archived ? `${list.name} (${t('list.archived')})` : list.name} · {count}
            </option>
          ))}
        </select>
      </label>
      {editing ? (
        <form
          className="vt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <input
            autoFocus
            value={editing.name}
            maxLength={80}
            placeholder={t('list.namePlaceholder')}
            onChange={(e) => setEditing({ ...editing, name: e.target.value })}
            data-testid="list-name"
          />
          <button type="submit" className="vt-button vt-primary" data-testid="list-name-save">
            {t('action.save')}
          </button>
          <button type="button" className="vt-button" onClick={() => setEditing(null)}>
            {t('action.cancel')}
          </button>
        </form>
      ) : (
        <div className="vt-actions">
          <button type="button" className="vt-button" onClick={() => setEditing({ mode: 'create', name: '' })} data-testid="list-new">
            {t('list.new')}
          </button>
          {selected && (
            <>
              <button type="button" className="vt-button" onClick={() => setEditing({ mode: 'rename', name: selected.list.name })} data-testid="list-rename">
                {t('list.rename')}
              </button>
              <button type="button" className="vt-button" onClick={() => onArchive(selected.list.id, !selected.list.archived)} data-testid="list-archive">
                {selected.list.archived ? t('list.unarchive') : t('list.archive')}
              </button>
              {confirmDelete ? (
                <>
                  <button
                    type="button"
                    className="vt-button vt-danger"
                    onClick={() => {
                      setConfirmDelete(false);
                      onDelete(selected.list.id);
                    }}
                    data-testid="list-delete-confirm"
                  >
                    {t('list.deleteConfirm', { count: selected.count })}
                  </button>
                  <button type="button" className="vt-button" onClick={() => setConfirmDelete(false)}>
                    {t('action.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" className="vt-button" onClick={() => setConfirmDelete(true)} data-testid="list-delete">
                  {t('list.delete')}
                </button>
              )}
            </>
          )}
          <label className="vt-check">
            <input type="checkbox" checked={showArchived} onChange={(e) => onShowArchived(e.target.checked)} />
            {t('list.showArchived')}
          </label>
        </div>
      )}
    </div>
  );
}
