import { ask } from '@/lib/messaging/ask';
import { SnapshotSubmitReply } from '@/lib/messaging/replies';
import type { CreatorSnapshot } from '@/lib/schemas/creator-snapshot';
import type { OverlayStore } from './overlay-store';

/**
 * Sends a snapshot to the background and shows the assessment it returns. `isCurrent` guards
 * against a navigation that happened meanwhile: a stale reply never replaces a newer creator.
 */
export async function submitSnapshot(store: OverlayStore, snapshot: CreatorSnapshot, isCurrent: () => boolean): Promise<void> {
  try {
    const reply = await ask('snapshot.submit', { snapshot }, SnapshotSubmitReply);
    if (!isCurrent()) return;
    const previous = store.get().view;
    store.set({
      locale: reply.locale,
      view: {
        kind: 'ready',
        handle: snapshot.handle,
        snapshot,
        assessment: reply.assessment,
        lists: reply.lists,
        add: previous.kind === 'ready' && previous.handle === snapshot.handle ? previous.add : { kind: 'idle' },
      },
    });
  } catch (error) {
    if (isCurrent()) {
      store.set({ view: { kind: 'error', handle: snapshot.handle, message: error instanceof Error ? error.message : String(error) } });
    }
  }
}
