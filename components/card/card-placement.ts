import { browser } from 'wxt/browser';
import { DEFAULT_CARD_PLACEMENT, readCardPlacement, type CardPlacement } from '@/lib/card/placement';

/** `storage.local` key of how the merchant left the card (lib/card/placement.ts). */
export const CARD_PLACEMENT_KEY = 'cardPlacement';

/** How the merchant left the card; the defaults when storage cannot be read. */
export async function loadCardPlacement(): Promise<CardPlacement> {
  try {
    const stored = await browser.storage.local.get(CARD_PLACEMENT_KEY);
    return readCardPlacement(stored[CARD_PLACEMENT_KEY]);
  } catch {
    return DEFAULT_CARD_PLACEMENT;
  }
}

/** This page's changes, one after another: two quick toggles never write in the wrong order. */
let pending: Promise<unknown> = Promise.resolve();

/**
 * Changes what is stored by `change` (read again first: another tab may have written meanwhile).
 * A failed write (a full disk) only means the card forgets: it never stops the card.
 */
export function updateCardPlacement(change: (placement: CardPlacement) => CardPlacement): Promise<CardPlacement> {
  const done = pending.then(async () => {
    const next = change(await loadCardPlacement());
    try {
      await browser.storage.local.set({ [CARD_PLACEMENT_KEY]: next });
    } catch {
      // Remembered for this page only.
    }
    return next;
  });
  pending = done.catch(() => undefined);
  return done;
}
