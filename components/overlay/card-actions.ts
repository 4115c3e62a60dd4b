import { ask, MessageError } from '@/lib/messaging/ask';
import type { OverlayStore } from './overlay-store';

/** The overlay's "add to shortlist": saves the creator on screen and shows the outcome on the card. */
export async function addShownCreator(store: OverlayStore, listId: string | null = null): Promise<void> {
  const view = store.get().view;
  // The creator is stored once assessed: before that there is nothing to add.
  if (view.kind !== 'ready' || view.assessment === null) return;
  store.set({ view: { ...view, add: { kind: 'saving' } } });
  const stillShown = () => {
    const latest = store.get().view;
    return latest.kind === 'ready' && latest.handle === view.handle ? latest : null;
  };
  try {
    const reply = await ask('shortlist.add', { handle: view.handle, listId });
    const latest = stillShown();
    if (latest) {
      const { lists, listChoices, lastListId } = reply;
      store.set({ view: { ...latest, lists, listChoices, lastListId, add: { kind: 'saved', listName: reply.list.name } } });
    }
  } catch (error) {
    const latest = stillShown();
    const message = error instanceof MessageError || error instanceof Error ? error.message : String(error);
    if (latest) store.set({ view: { ...latest, add: { kind: 'failed', message } } });
  }
}
