import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { collapsedOn, withCollapsed, withPosition, type CardPlacement } from '@/lib/card/placement';
import type { CardMemory } from './card-actions';
import { updateCardPlacement } from './card-placement';
import type { CardStore } from './card-store';
import { mountCard } from './mount-card';

/**
 * Shows the card as the merchant left it on this site (collapsed or not, where they dragged it),
 * then mounts it (mount-card.ts) with a memory that keeps what they change. The page is read
 * meanwhile: the store already holds its figures when the card first renders. `stored`: the
 * placement as read from storage (loadCardPlacement), asked for as the script starts so that the
 * read overlaps the page's.
 */
export async function startCard(ctx: ContentScriptContext, store: CardStore, css: string, stored: Promise<CardPlacement>): Promise<void> {
  const site = location.host;
  const placement = await stored;
  if (ctx.isInvalid) return;
  store.set({ collapsed: collapsedOn(placement, site), position: placement.sites[site]?.position ?? null });
  const memory: CardMemory = {
    collapsed: (collapsed) => void updateCardPlacement((p) => withCollapsed(p, site, collapsed)),
    moved: (position) => void updateCardPlacement((p) => withPosition(p, site, position)),
  };
  mountCard(ctx, store, css, memory);
}
