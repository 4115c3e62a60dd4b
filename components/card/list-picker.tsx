/** @jsxImportSource @/components/dom */
import type { I18n } from '@/lib/i18n/format';
import type { AddStatus, Membership } from './card-store';

/**
 * "Add to shortlist" with the list to add to (the one picked, else the one used last) and the lists
 * the creator is already in. Without any list yet, the first add creates the default list. The
 * choices come with the snapshot's and the add's replies: the card asks nothing else.
 */
export function ListPicker({
  add,
  lists,
  choices,
  lastListId,
  picked,
  onPick,
  onAdd,
  i18n: { t },
}: {
  add: AddStatus;
  /** The lists the creator is in. */
  lists: Membership[];
  choices: Membership[];
  lastListId: string | null;
  picked: string | null;
  onPick: (listId: string) => void;
  onAdd: (listId: string | null) => void;
  i18n: I18n;
}) {
  const listId = picked && choices.some((c) => c.listId === picked) ? picked : (lastListId ?? choices[0]?.listId ?? null);
  const inChosen = lists.some((m) => m.listId === listId);
  return (
    <div className="vt-actions vt-list-actions">
      {choices.length > 0 && (
        <label className="vt-pick">
          <span className="vt-muted">{t('overlay.pickList')}</span>
          <select value={listId ?? ''} onChange={(e: Event) => onPick((e.currentTarget as HTMLSelectElement).value)} data-testid="overlay-list">
            {choices.map((c) => (
              <option value={c.listId}>{lists.some((m) => m.listId === c.listId) ? `✓ ${c.listName}` : c.listName}</option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="vt-button vt-primary"
        data-testid="overlay-add"
        disabled={add.kind === 'saving'}
        data-in-list={String(inChosen)}
        onClick={() => onAdd(listId)}
      >
        {t('overlay.add')}
      </button>
      <span className="vt-status" data-testid="overlay-add-status" data-state={add.kind}>
        {add.kind === 'saved' && t('overlay.added', { list: add.listName })}
        {add.kind === 'failed' && t('overlay.addFailed', { message: add.message })}
      </span>
      {lists.length > 0 && (
        <span className="vt-status" data-testid="overlay-lists" data-count={lists.length}>
          {t('overlay.inLists', { lists: lists.map((l) => l.listName).join(', ') })}
        </span>
      )}
    </div>
  );
}
