import { useState } from 'react';
import { useI18n } from '../messages';
import type { AddStatus, Membership } from './overlay-store';

/**
 * "Add to shortlist" with the list to add to (the one used last preselected) and the lists the
 * creator is already in. Without any list yet, the first add creates the default list. The
 * choices come with the snapshot's and the add's replies: the overlay asks nothing else.
 */
export function ListPicker({
  add,
  lists,
  choices,
  lastListId,
  onAdd,
}: {
  add: AddStatus;
  /** The lists the creator is in. */
  lists: Membership[];
  choices: Membership[];
  lastListId: string | null;
  onAdd: (listId: string | null) => void;
}) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);

  const listId = picked && choices.some((c) => c.listId === picked) ? picked : (lastListId ?? choices[0]?.listId ?? null);
  const memberOf = lists;
  const inChosen = memberOf.some((m) => m.listId === listId);
  return (
    <footer className="vt-actions">
      {choices.length > 0 && (
        <label className="vt-pick">
          <span className="vt-muted">{t('overlay.pickList')}</span>
          <select value={listId ?? ''} onChange={(e) => setPicked(e.target.value)} data-testid="overlay-list">
            {choices.map((c) => (
              <option key={c.listId} value={c.listId}>
                {memberOf.some((m) => m.listId === c.listId) ? `✓ ${c.listName}` : c.listName}
              </option>
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
      {memberOf.length > 0 && (
        <span className="vt-status" data-testid="overlay-lists" data-count={memberOf.length}>
          {t('overlay.inLists', { lists: memberOf.map((l) => l.listName).join(', ') })}
        </span>
      )}
    </footer>
  );
}
