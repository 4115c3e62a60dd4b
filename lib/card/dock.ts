/**
 * Where the card goes on a page: against the right edge (else the left) in the tallest stretch the
 * page's own controls leave free, so it never covers TikTok's header, navigation or action buttons.
 * Pure geometry on rectangles the content script measured (components/card/dock-card.ts).
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Dock {
  /** CSS pixels from the viewport's top and left. */
  top: number;
  left: number;
  /** The card scrolls inside this height (its header and actions stay in view). */
  maxHeight: number;
  /** False when no stretch was free enough: the card then sits where it covers the least. */
  clear: boolean;
}

/** Space kept between the card and the viewport's edges and the page's controls. */
export const DOCK_GAP_PX = 8;
/** A stretch shorter than this is not worth docking in when a taller one exists elsewhere. */
export const DOCK_MIN_HEIGHT_PX = 160;

interface Stretch {
  top: number;
  bottom: number;
}

/** The free vertical stretches of the column [left, right) of a viewport `height` tall, between the obstacles that cross it. */
export function freeStretches(obstacles: readonly Rect[], left: number, right: number, height: number): Stretch[] {
  const blocked = obstacles
    .filter((o) => o.right > left && o.left < right && o.bottom > 0 && o.top < height)
    .map((o) => ({ top: Math.max(0, o.top - DOCK_GAP_PX), bottom: Math.min(height, o.bottom + DOCK_GAP_PX) }))
    .sort((a, b) => a.top - b.top);
  const free: Stretch[] = [];
  let cursor = DOCK_GAP_PX;
  for (const b of blocked) {
    if (b.top > cursor) free.push({ top: cursor, bottom: b.top });
    cursor = Math.max(cursor, b.bottom);
  }
  if (height - DOCK_GAP_PX > cursor) free.push({ top: cursor, bottom: height - DOCK_GAP_PX });
  return free;
}

/**
 * Docks a card `width` wide (at most `wanted` tall) in a viewport: the right edge first, where the
 * card has always been, then the left; in each, the first stretch tall enough for the whole card,
 * else the tallest. With no free stretch on either edge, the right edge below the top obstacle.
 */
export function dockCard(viewport: { width: number; height: number }, width: number, wanted: number, obstacles: readonly Rect[]): Dock {
  const columns = [viewport.width - DOCK_GAP_PX - width, DOCK_GAP_PX].filter((left, i) => i === 0 || left + width <= viewport.width);
  let best: { left: number; stretch: Stretch } | null = null;
  for (const left of columns) {
    const stretches = freeStretches(obstacles, left, left + width, viewport.height);
    const fits = stretches.find((s) => s.bottom - s.top >= wanted);
    if (fits) return { top: fits.top, left, maxHeight: fits.bottom - fits.top, clear: true };
    for (const s of stretches) {
      if (!best || s.bottom - s.top > best.stretch.bottom - best.stretch.top) best = { left, stretch: s };
    }
  }
  if (best && best.stretch.bottom - best.stretch.top >= Math.min(wanted, DOCK_MIN_HEIGHT_PX)) {
    return { top: best.stretch.top, left: best.left, maxHeight: best.stretch.bottom - best.stretch.top, clear: true };
  }
  const top = Math.min(viewport.height / 2, DOCK_GAP_PX * 9);
  return { top, left: columns[0] ?? DOCK_GAP_PX, maxHeight: Math.max(0, viewport.height - top - DOCK_GAP_PX), clear: false };
}

/** Whether two rectangles overlap (touching edges do not). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
