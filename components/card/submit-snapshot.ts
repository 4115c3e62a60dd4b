import { ask, MessageError } from '@/lib/messaging/ask';
import type { CreatorSnapshot } from '@/lib/schemas/creator-snapshot';
import type { CardStore } from './card-store';

/**
 * Shows the snapshot's own figures at once, sends it to the background and shows the assessment it
 * returns. Until then the score area is pending (a re-read of the creator on screen keeps the
 * assessment it has until the new one arrives). `isCurrent` guards against a navigation that
 * happened meanwhile: a stale reply never replaces a newer creator.
 */
export async function submitSnapshot(store: CardStore, snapshot: CreatorSnapshot, isCurrent: () => boolean): Promise<void> {
  const before = store.get().view;
  const same = before.kind === 'ready' && before.handle === snapshot.handle ? before : null;
  store.set({
    view: {
      kind: 'ready',
      handle: snapshot.handle,
      snapshot,
      assessment: same?.assessment ?? null,
      lists: same?.lists ?? [],
      listChoices: same?.listChoices ?? [],
      lastListId: same?.lastListId ?? null,
      add: same?.add ?? { kind: 'idle' },
      invite: same?.invite ?? { kind: 'idle' },
    },
  });
  try {
    const submit = () => ask('snapshot.submit', { snapshot });
    // A service worker stopped while it held the request drops it unanswered: ask once more (a
    // repeated read of the same visit is merged in the background, never stored twice).
    const reply = await submit().catch((error: unknown) => {
      if (error instanceof MessageError || !isCurrent()) throw error;
      return submit();
    });
    if (!isCurrent()) return;
    const previous = store.get().view;
    const kept = previous.kind === 'ready' && previous.handle === snapshot.handle ? previous : null;
    store.set({
      locale: reply.locale,
      view: {
        kind: 'ready',
        handle: snapshot.handle,
        snapshot,
        assessment: reply.assessment,
        lists: reply.lists,
        listChoices: reply.listChoices,
        lastListId: reply.lastListId,
        add: kept?.add ?? { kind: 'idle' },
        invite: kept?.invite ?? { kind: 'idle' },
        resubmitError: null,
      },
    });
  } catch (error) {
    if (!isCurrent()) return;
    const message = error instanceof Error ? error.message : String(error);
    // A re-read of a creator already assessed keeps that verdict: the error shows beside it.
    const shown = store.get().view;
    if (shown.kind === 'ready' && shown.handle === snapshot.handle && shown.assessment) {
      store.set({ view: { ...shown, resubmitError: message } });
      return;
    }
    store.set({ view: { kind: 'error', handle: snapshot.handle, message } });
  }
}
