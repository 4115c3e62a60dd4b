import type { CardPosition } from '@/lib/card/placement';
import { ask } from '@/lib/messaging/ask';
import type { CardStore, CardView } from './card-store';

type ReadyView = Extract<CardView, { kind: 'ready' }>;

/** What the merchant can do on the card. Each action shows its outcome on the card through the store. */
export interface CardActions {
  toggle(): void;
  /** The merchant dragged the card here (null: back to its automatic dock). */
  move(position: CardPosition | null): void;
  pick(listId: string): void;
  add(listId: string | null): void;
  invite(): void;
  /** Shows the collaboration `collaborationId` (or the creator's newest) in the side panel's Collaborations tab. */
  openCollaboration(collaborationId: string | null): void;
}

/** Where the card's collapsed state and dragged position are remembered across pages (card-placement.ts). */
export interface CardMemory {
  collapsed(collapsed: boolean): void;
  moved(position: CardPosition | null): void;
}

export function cardActions(store: CardStore, memory: CardMemory): CardActions {
  return {
    toggle: () => {
      const collapsed = !store.get().collapsed;
      store.set({ collapsed });
      memory.collapsed(collapsed);
    },
    move: (position) => {
      store.set({ position });
      memory.moved(position);
    },
    pick: (listId) => store.set({ picked: listId }),
    add: (listId) => void addShownCreator(store, listId),
    invite: () => void inviteShownCreator(store),
    openCollaboration: (collaborationId) => void openShownCollaboration(store, collaborationId),
  };
}

/** The card's collaboration line: asks the background to open the side panel on this creator's collaboration. */
async function openShownCollaboration(store: CardStore, collaborationId: string | null): Promise<void> {
  const view = store.get().view;
  if (view.kind !== 'ready') return;
  store.set({ collabOpenFailed: false });
  const { opened } = await ask('collab.open', { handle: view.handle, collaborationId }).catch(() => ({ opened: false }));
  const latest = store.get().view;
  if (latest.kind === 'ready' && latest.handle === view.handle) store.set({ collabOpenFailed: !opened });
}

/**
 * Runs `request` for the creator on screen once it is assessed. `pending` is shown at once; the
 * outcome only while the same creator is still shown (a navigation meanwhile drops it).
 */
async function onShownCreator<T>(
  store: CardStore,
  pending: Partial<ReadyView>,
  request: (view: ReadyView) => Promise<T>,
  outcome: (reply: T) => Partial<ReadyView>,
  failure: (message: string) => Partial<ReadyView>,
): Promise<void> {
  const view = store.get().view;
  if (view.kind !== 'ready' || view.assessment === null) return;
  store.set({ view: { ...view, ...pending } });
  const stillShown = () => {
    const latest = store.get().view;
    return latest.kind === 'ready' && latest.handle === view.handle ? latest : null;
  };
  let patch: Partial<ReadyView>;
  try {
    patch = outcome(await request(view));
  } catch (error) {
    patch = failure(error instanceof Error ? error.message : String(error));
  }
  const latest = stillShown();
  if (latest) store.set({ view: { ...latest, ...patch } });
}

/** The card's "add to shortlist": saves the creator on screen to `listId` (null: the list used last, or a new default list). */
export function addShownCreator(store: CardStore, listId: string | null = null): Promise<void> {
  return onShownCreator(
    store,
    { add: { kind: 'saving' } },
    (view) => ask('shortlist.add', { handle: view.handle, listId }),
    ({ lists, listChoices, lastListId, list }) => ({ lists, listChoices, lastListId, add: { kind: 'saved', listName: list.name } }),
    (message) => ({ add: { kind: 'failed', message } }),
  );
}

/**
 * The card's "invite this creator": records an invitation of this creator with the newest ready
 * draft (the background picks it and lints it again). Nothing is sent to TikTok.
 */
export function inviteShownCreator(store: CardStore): Promise<void> {
  return onShownCreator(
    store,
    { invite: { kind: 'inviting' } },
    (view) => ask('invitation.inviteCreator', { handle: view.handle }),
    ({ draftName }) => ({ invite: { kind: 'invited', draftName } }),
    (message) => ({ invite: { kind: 'failed', message } }),
  );
}
