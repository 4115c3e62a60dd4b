import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dock } from '@/lib/card/dock';
import type { CardPosition } from '@/lib/card/placement';
import { replaceView } from '../dom/replace-view';
import { cardActions, type CardMemory } from './card-actions';
import { stampCard } from './card-timings';
import type { CardState, CardStore } from './card-store';
import { CreatorCard } from './creator-card';
import { applyDock, applyHeld, applyPosition, enableDrag, measureDock } from './dock-card';
import { createShadowHost } from '../dom/shadow-host';

/** How often the card checks whether the page's controls need measuring again (TikTok renders late). */
const REMEASURE_MS = 1_500;

/**
 * Mounts the card in its own shadow root at the end of the page's body and rebuilds it from the
 * store whenever the store changes (changes made in one task are shown together). The root is
 * closed (`host.shadowRoot` is null for the page's scripts), so the page can neither read the card
 * (the merchant's list names) nor change what it shows (docs/security.md §1). Key presses in the
 * card stop at the root: they do not reach TikTok's own (bubbling) shortcut handlers. `css`: the
 * stylesheet as text, bundled with the script, so nothing is fetched before the card renders.
 * Synchronous: the card renders in the task that reads the page (docs/performance.md).
 *
 * After each rebuild the card is placed where the merchant dragged it, else docked where the
 * page's controls leave room (dock-card.ts); `memory` keeps what the merchant changed.
 */
export function mountCard(ctx: ContentScriptContext, store: CardStore, css: string, memory: CardMemory): void {
  const { host, container } = createShadowHost(document, 'vettok-overlay', css);
  document.body.append(host);
  const actions = cardActions(store, memory);
  const drag = enableDrag(container, (position: CardPosition | null) => actions.move(position));
  /** The last dock worked out, and for what (page, window, card shape): the card takes it at once. */
  let docked: { key: string; dock: Dock } | null = null;
  let measuring: string | null = null;
  const shapeOf = (state: CardState) =>
    [location.href, window.innerWidth, window.innerHeight, state.collapsed, state.compact, state.view.kind, state.view.kind === 'ready' && state.view.assessment !== null].join('|');
  /**
   * Where the pointer holds it while the merchant drags it (a rebuild, a new measure or the window's
   * resize never moves it from under the pointer), else where the merchant dragged it, else the last
   * dock now and a new one once measured (dock-card.ts: never a forced layout).
   */
  const place = (card: HTMLElement, state: CardState) => {
    const held = drag.held();
    if (held) return applyHeld(card, held);
    if (state.position) return applyPosition(card, state.position);
    if (docked) applyDock(card, docked.dock);
    const key = shapeOf(state);
    if (docked?.key === key || measuring === key) return;
    measuring = key;
    void measureDock(card, host).then((dock) => {
      if (measuring !== key) return;
      measuring = null;
      if (!dock) return;
      docked = { key, dock };
      const shown = container.firstElementChild;
      if (shown instanceof HTMLElement && !store.get().position && !drag.held()) applyDock(shown, dock);
    });
  };
  let queued = false;
  const render = () => {
    queued = false;
    const state = store.get();
    replaceView(container, CreatorCard({ state, actions }));
    const card = container.firstElementChild;
    if (card instanceof HTMLElement) place(card, state);
    if (state.view.kind === 'ready') stampCard(state.view.assessment !== null);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      if (queued) render();
    });
  };
  const remeasure = () => {
    if (docked) docked = { ...docked, key: '' };
    measuring = null;
    schedule();
  };
  const unsubscribe = store.subscribe(schedule);
  // The page renders its controls late (hydration, in-app navigation): measured again one tick
  // after the card mounts and after each URL change.
  let lastHref = location.href;
  let pending = true;
  const timer = window.setInterval(() => {
    if (location.href !== lastHref) {
      lastHref = location.href;
      pending = true;
    } else if (pending) {
      pending = false;
      remeasure();
    }
  }, REMEASURE_MS);
  const onResize = () => remeasure();
  window.addEventListener('resize', onResize, { passive: true });
  render();
  ctx.onInvalidated(() => {
    unsubscribe();
    drag.stop();
    window.clearInterval(timer);
    window.removeEventListener('resize', onResize);
    queued = false;
    host.remove();
  });
}
