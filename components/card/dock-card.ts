import { clampPosition, DOCK_GAP_PX, dockCard, type Rect } from '@/lib/card/dock';
import type { CardPosition } from '@/lib/card/placement';

/**
 * TikTok's own controls the card must leave uncovered: its header and navigation, buttons and
 * button-like links (follow, message, share, like, comment, "Get app"…), fields.
 */
const PAGE_CONTROLS = 'header, nav, button, input, textarea, select, [role="button"], [role="navigation"], a[data-e2e]';
/** Enough for any TikTok page; a hostile page with more only gets a less careful dock. */
const CONTROLS_MEASURED = 600;

/** The viewport rectangles of the page's visible controls (outside the card's own host). */
export function pageControls(doc: Document, host: Element): Rect[] {
  const rects: Rect[] = [];
  const width = doc.documentElement.clientWidth;
  const height = doc.documentElement.clientHeight;
  const found = doc.querySelectorAll(PAGE_CONTROLS);
  for (let i = 0; i < found.length && i < CONTROLS_MEASURED; i++) {
    const el = found[i]!;
    if (host.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.top >= height || r.right <= 0 || r.left >= width) continue;
    rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return rects;
}

/**
 * Puts the card where the merchant dragged it (kept inside the viewport), else docks it where the
 * page's controls leave room (lib/card/dock.ts). Sets position and maximum height as CSS properties
 * of the card (CSSOM, never a style attribute).
 */
export function placeCard(card: HTMLElement, position: CardPosition | null, controls: () => Rect[]): void {
  const doc = card.ownerDocument;
  const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const size = { width: card.offsetWidth, height: naturalHeight(card) };
  if (position) {
    const { top, right } = clampPosition(position, viewport, size);
    setPlace(card, top, viewport.width - right - size.width, viewport.height - top - DOCK_GAP_PX);
    return;
  }
  const dock = dockCard(viewport, size.width, size.height, controls());
  setPlace(card, dock.top, dock.left, dock.maxHeight);
}

/** The card's height with nothing scrolled away: its scrolling body counted at full length. */
function naturalHeight(card: HTMLElement): number {
  let height = card.offsetHeight;
  for (const part of card.children) if (part instanceof HTMLElement && part.scrollHeight > part.clientHeight) height += part.scrollHeight - part.clientHeight;
  return height;
}

function setPlace(card: HTMLElement, top: number, left: number, maxHeight: number): void {
  card.style.setProperty('top', `${Math.round(top)}px`);
  card.style.setProperty('left', `${Math.round(left)}px`);
  card.style.setProperty('max-height', `${Math.round(maxHeight)}px`);
}

/** Pixels the pointer must travel before a press on the card's header becomes a drag (a click stays a click). */
const DRAG_THRESHOLD_PX = 4;

/**
 * Lets the merchant move the card by its header (`[data-drag-handle]`, not its buttons): the card
 * follows the pointer, and `onMoved` gets where it was let go. A double click on the header puts it
 * back in its automatic dock (`onMoved(null)`). Listens on `container`, which outlives the card's rebuilds
 * (the header captures the pointer while it drags, so every move comes through it).
 */
export function enableDrag(container: HTMLElement, onMoved: (position: CardPosition | null) => void): () => void {
  let drag: { id: number; x: number; y: number; top: number; left: number; card: HTMLElement; moved: boolean } | null = null;
  const handleOf = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || target.closest('button, select, input, a')) return null;
    return target.closest('[data-drag-handle]') ? (target.closest('[data-testid="vettok-overlay"]') as HTMLElement | null) : null;
  };
  const down = (event: PointerEvent) => {
    const card = event.button === 0 ? handleOf(event) : null;
    if (!card) return;
    // No text selection or native drag from the press; the pointer's later events come to the card.
    event.preventDefault();
    (event.target as Element).setPointerCapture?.(event.pointerId);
    const r = card.getBoundingClientRect();
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, top: r.top, left: r.left, card, moved: false };
  };
  const move = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    drag.card.style.setProperty('top', `${Math.round(drag.top + dy)}px`);
    drag.card.style.setProperty('left', `${Math.round(drag.left + dx)}px`);
  };
  const up = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const { card, moved } = drag;
    drag = null;
    if (!moved) return;
    const r = card.getBoundingClientRect();
    onMoved({ top: Math.max(0, r.top), right: Math.max(0, card.ownerDocument.documentElement.clientWidth - r.right) });
  };
  const cancel = (event: PointerEvent) => {
    if (drag && event.pointerId === drag.id) drag = null;
  };
  const reset = (event: MouseEvent) => {
    if (handleOf(event)) onMoved(null);
  };
  const listeners = { pointerdown: down, pointermove: move, pointerup: up, pointercancel: cancel, dblclick: reset } as const;
  for (const [type, fn] of Object.entries(listeners)) container.addEventListener(type, fn as EventListener);
  return () => {
    for (const [type, fn] of Object.entries(listeners)) container.removeEventListener(type, fn as EventListener);
  };
}
