import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { collapsedOn, withCollapsed, withPosition } from '@/lib/card/placement';
import type { CardMemory } from './card-actions';
import { loadCardPlacement, updateCardPlacement } from './card-placement';
import type { CardStore } from './card-store';
import { mountCard } from './mount-card';

/**
 * Shows the card as the merchant left it on this site (collapsed or not, where they dragged it),
 * then mounts it (mount-card.ts) with a memory that keeps what they change. The page is read
 * meanwhile: the store already holds its figures when the card first renders.
 */
export async function startCard(ctx: ContentScriptContext, store: CardStore, css: string): Promise<void> {
  const site = location.host;
  const placement = await loadCardPlacement();
  if (ctx.isInvalid) return;
  store.set({ collapsed: collapsedOn(placement, site), position: placement.sites[site]?.position ?? null });
  const memory: CardMemory = {
    collapsed: (collapsed) => void updateCardPlacement((p) => withCollapsed(p, site, collapsed)),
    moved: (position) => void updateCardPlacement((p) => withPosition(p, site, position)),
  };
  mountCard(ctx, store, css, memory);
}
