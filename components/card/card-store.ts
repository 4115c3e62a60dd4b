import type { CardPosition } from '@/lib/card/placement';
import type { Locale } from '@/lib/i18n/format';
import type { Assessment } from '@/lib/schemas/assessment';
import type { CreatorSnapshot } from '@/lib/schemas/creator-snapshot';

export interface Membership {
  listId: string;
  listName: string;
}

export type AddStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; listName: string } | { kind: 'failed'; message: string };

/** The card's "invite this creator": an invitation recorded with the newest ready draft. */
export type InviteStatus = { kind: 'idle' } | { kind: 'inviting' } | { kind: 'invited'; draftName: string } | { kind: 'failed'; message: string };

export type CardView =
  | { kind: 'hidden' }
  | { kind: 'loading'; handle: string }
  | { kind: 'unreadable'; handle: string | null; reason: string; detail: string | null }
  | { kind: 'error'; handle: string; message: string }
  | {
      kind: 'ready';
      handle: string;
      snapshot: CreatorSnapshot;
      /**
       * Null while the background is still assessing: the card already shows the page's own
       * figures (`data-state=ready`), the score area says it is pending (`data-score=pending`).
       */
      assessment: Assessment | null;
      /** The lists the creator is in. */
      lists: Membership[];
      /** What the list picker offers (from the snapshot's and the add's replies): every unarchived list, the one used last. */
      listChoices: Membership[];
      lastListId: string | null;
      add: AddStatus;
      invite: InviteStatus;
      /**
       * A later read could not be assessed (e.g. a full disk): the card keeps the last good
       * verdict and shows this error beside it.
       */
      resubmitError?: string | null;
    };

export interface CardState {
  view: CardView;
  locale: Locale;
  /** A small score pill instead of the whole card (remembered per site, lib/card/placement.ts). */
  collapsed: boolean;
  /** Where the merchant dragged the card on this site; null: docked where the page has room. */
  position?: CardPosition | null;
  /** Video pages show a smaller card: one video says less about its author. */
  compact: boolean;
  /** The list the merchant picked in the card's list picker (kept while it is still offered); null: the one used last. */
  picked?: string | null;
  /** The collaboration line's click could not open the side panel (the browser refused): say how to open it. */
  collabOpenFailed?: boolean;
}

/** A tiny external store: the content script writes, the card is rebuilt from it (mount-card.ts). */
export function createCardStore(initial: CardState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch: Partial<CardState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type CardStore = ReturnType<typeof createCardStore>;
