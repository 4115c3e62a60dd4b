import { DOCK_GAP_PX, dockCard, type Dock, type Rect } from '@/lib/card/dock';
import type { CardPosition } from '@/lib/card/placement';

/**
 * TikTok's own controls the card must leave uncovered: its header and navigation, buttons and
 * button-like links (follow, message, share, like, comment, "Get app"…), fields.
 */
const PAGE_CONTROLS = 'header, nav, button, input, textarea, select, [role="button"], [role="navigation"], a[data-e2e]';
/** Enough for any TikTok page; a hostile page with more only gets a less careful dock. */
const CONTROLS_MEASURED = 600;
const toRect = (r: DOMRectReadOnly): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/**
 * Works out where to dock `card` (lib/card/dock.ts) from the boxes of the page's visible controls.
 * The boxes come from an IntersectionObserver, which reports them once the browser has laid the
 * page out anyway: measuring never forces a layout of TikTok's (long) pages in the card's own task.
 * Resolves to null where the browser has no IntersectionObserver.
 */
export function measureDock(card: HTMLElement, host: Element): Promise<Dock | null> {
  const doc = card.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof win.IntersectionObserver !== 'function') return Promise.resolve(null);
  const targets = [...doc.querySelectorAll(PAGE_CONTROLS)].filter((el) => !host.contains(el)).slice(0, CONTROLS_MEASURED);
  return new Promise((resolve) => {
    const observer = new win.IntersectionObserver((entries) => {
      observer.disconnect();
      // The viewport as the observer saw it (documentElement's client size is the whole page in quirks mode).
      const root = entries[0]?.rootBounds;
      const viewport = root ? { width: root.width, height: root.height } : { width: win.innerWidth, height: win.innerHeight };
      const controls: Rect[] = [];
      let own: DOMRectReadOnly | null = null;
      for (const entry of entries) {
        if (entry.target === card) own = entry.boundingClientRect;
        else if (entry.isIntersecting && entry.boundingClientRect.width > 0 && entry.boundingClientRect.height > 0) controls.push(toRect(entry.boundingClientRect));
      }
      if (!own) return resolve(null);
      resolve(dockCard(viewport, own.width, naturalHeight(card, own.height), controls));
    });
    observer.observe(card);
    for (const el of targets) observer.observe(el);
  });
}

/** The card's height with nothing scrolled away: its scrolling body counted at full length (read after layout). */
function naturalHeight(card: HTMLElement, shown: number): number {
  let height = shown;
  for (const part of card.children) if (part instanceof HTMLElement && part.scrollHeight > part.clientHeight) height += part.scrollHeight - part.clientHeight;
  return height;
}

/** Docks the card (CSSOM properties, never a style attribute). */
export function applyDock(card: HTMLElement, dock: Dock): void {
  card.style.setProperty('top', `${Math.round(dock.top)}px`);
  card.style.setProperty('left', `${Math.round(dock.left)}px`);
  card.style.setProperty('right', 'auto');
  card.style.setProperty('max-height', `${Math.round(dock.maxHeight)}px`);
}

/**
 * Puts the card where the merchant dragged it, kept inside the window however it shrank since: CSS
 * does the clamping with the card's width (`--vt-card-w`, card.css), so nothing is measured.
 */
export function applyPosition(card: HTMLElement, { top, right }: CardPosition): void {
  card.style.setProperty('top', `max(0px, min(${Math.round(top)}px, 100vh - 48px))`);
  card.style.setProperty('right', `max(0px, min(${Math.round(right)}px, 100vw - var(--vt-card-w)))`);
  card.style.setProperty('left', 'auto');
  card.style.setProperty('max-height', `calc(100vh - max(0px, min(${Math.round(top)}px, 100vh - 48px)) - ${DOCK_GAP_PX}px)`);
}

/** Puts the card where the pointer holds it while it is dragged (its top left corner, in the window). */
export function applyHeld(card: HTMLElement, { top, left }: { top: number; left: number }): void {
  card.style.setProperty('top', `${Math.round(top)}px`);
  card.style.setProperty('left', `${Math.round(left)}px`);
  card.style.setProperty('right', 'auto');
}

/** Pixels the pointer must travel before a press on the card's header becomes a drag (a click stays a click). */
const DRAG_THRESHOLD_PX = 4;

export interface CardDrag {
  /** Where the card is held while a drag is under way (the card's placement must not move it then), else null. */
  held(): { top: number; left: number } | null;
  stop(): void;
}

/**
 * Lets the merchant move the card by its header (`[data-drag-handle]`, not its buttons): the card
 * follows the pointer, and `onMoved` gets where it was let go. A double click on the header puts it
 * back in its automatic dock (`onMoved(null)`). Listens on `container`, which outlives the card's rebuilds
 * (the header captures the pointer while it drags, so every move comes through it); each move places
 * the card the container holds then, so a rebuild during the drag does not leave it behind.
 */
export function enableDrag(container: HTMLElement, onMoved: (position: CardPosition | null) => void): CardDrag {
  let drag: { id: number; x: number; y: number; top: number; left: number; held: { top: number; left: number }; moved: boolean } | null = null;
  const cardNow = () => container.querySelector<HTMLElement>('[data-testid="vettok-overlay"]');
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
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, top: r.top, left: r.left, held: { top: r.top, left: r.left }, moved: false };
  };
  const move = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    drag.held = { top: drag.top + dy, left: drag.left + dx };
    const card = cardNow();
    if (card) applyHeld(card, drag.held);
  };
  const up = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const { moved } = drag;
    drag = null;
    const card = cardNow();
    if (!moved || !card) return;
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
  return {
    held: () => drag?.held ?? null,
    stop() {
      drag = null;
      for (const [type, fn] of Object.entries(listeners)) container.removeEventListener(type, fn as EventListener);
    },
  };
}
