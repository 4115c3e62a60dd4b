import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_FIGURES_MARK, CARD_SCORE_MARK } from '../../../components/card/card-timings';
import { mountCard } from '../../../components/card/mount-card';
import { createCardStore, type CardView } from '../../../components/card/card-store';
import type { Assessment } from '../../../lib/schemas/assessment';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { readyView } from './ready-view';

const snapshot = {
  handle: 'jelly.here10',
  followers: { value: 1200, low: 1200, high: 1200, exact: true },
  recentVideos: [],
} as unknown as CreatorSnapshot;
const assessment = { score: 72, grade: 'B', tier: 'micro', merchantTier: null, confidence: 'medium', flags: [], figures: [{ id: 'er', value: 0.05, formulaKey: 'formula.er', inputs: {} }] } as unknown as Assessment;

function ready(patch: Partial<Extract<CardView, { kind: 'ready' }>> = {}): CardView {
  return { ...readyView(snapshot, assessment), ...patch } as CardView;
}

/** Mounts the card and returns its (closed) shadow root, caught as it is attached. */
function mount(view: CardView) {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const store = createCardStore({ view, locale: 'en', collapsed: false, compact: false });
  const invalidated: (() => void)[] = [];
  const ctx = { onInvalidated: (fn: () => void) => invalidated.push(fn) } as unknown as ContentScriptContext;
  mountCard(ctx, store, '.vt-card{}', { collapsed: () => undefined, moved: () => undefined });
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  const card = () => root.querySelector<HTMLElement>('[data-testid="vettok-overlay"]');
  return { store, root, card, invalidate: () => invalidated.forEach((fn) => fn()) };
}

const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(() => {
  document.body.replaceChildren();
  performance.clearMarks(CARD_FIGURES_MARK);
  performance.clearMarks(CARD_SCORE_MARK);
});

describe('mountCard: the card rebuilt from its store', () => {
  it('renders at once in a closed root at the end of the body, and stamps when it first showed figures and a score', async () => {
    const { store, card } = mount(ready({ assessment: null }));
    expect(document.body.lastElementChild?.localName).toBe('vettok-overlay');
    expect((document.body.lastElementChild as HTMLElement).shadowRoot).toBeNull();
    expect(card()?.dataset['score']).toBe('pending');
    const marked = (name: string) => performance.getEntriesByName(name, 'mark').length;
    expect(marked(CARD_FIGURES_MARK)).toBe(1);
    expect(marked(CARD_SCORE_MARK)).toBe(0);
    store.set({ view: ready() });
    await settled();
    expect(card()?.dataset['score']).toBe('shown');
    expect(marked(CARD_SCORE_MARK)).toBe(1);
  });

  it('shows the changes made in one task together, in one rebuild', async () => {
    const { store, root } = mount({ kind: 'loading', handle: 'jelly.here10' });
    const rebuilds: MutationRecord[] = [];
    const observer = new MutationObserver((records) => rebuilds.push(...records.filter((r) => r.addedNodes.length > 0)));
    observer.observe(root.lastElementChild!, { childList: true });
    store.set({ view: ready({ assessment: null }) });
    store.set({ view: ready() });
    store.set({ collapsed: true });
    await settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(rebuilds).toHaveLength(1);
    expect(root.querySelector('.vt-mini-score')?.textContent).toBe('72');
  });

  it('keeps the focused control, the open figures and the scroll position across a rebuild', async () => {
    const lists = [{ listId: 'a', listName: 'Beauty' }];
    const { store, root, card } = mount(ready({ listChoices: lists }));
    const before = root.querySelector<HTMLSelectElement>('[data-testid="overlay-list"]')!;
    before.focus();
    expect(root.activeElement).toBe(before);
    root.querySelector('details')!.open = true;
    card()!.scrollTop = 40;

    store.set({ view: ready({ listChoices: lists, add: { kind: 'saving' } }) });
    await settled();
    const after = root.querySelector<HTMLSelectElement>('[data-testid="overlay-list"]')!;
    expect(after).not.toBe(before);
    expect(root.querySelector<HTMLButtonElement>('[data-testid="overlay-add"]')!.disabled).toBe(true);
    expect(root.activeElement).toBe(after);
    expect(root.querySelector('details')!.open).toBe(true);
    expect(card()!.scrollTop).toBe(40);
    // happy-dom's ShadowRoot.activeElement throws later if a removed element still holds focus.
    after.blur();
  });

  it('hides and shows again with the page’s route', async () => {
    const { store, card } = mount(ready());
    store.set({ view: { kind: 'hidden' } });
    await settled();
    expect(card()).toBeNull();
    store.set({ view: ready() });
    await settled();
    expect(card()).not.toBeNull();
  });

  it('keeps the card under the pointer while it is dragged, whatever rebuilds, measures or resizes meanwhile', async () => {
    // The page's controls and the card as an IntersectionObserver reports them (after the browser's
    // layout): with these the card has a dock to go to, 8 px from the window's right edge.
    class ReportingObserver {
      constructor(private readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void) {}
      private readonly targets: Element[] = [];
      observe(target: Element) {
        this.targets.push(target);
        if (this.targets.length === 1) {
          setTimeout(() =>
            this.report(
              this.targets.map((el) => ({
                target: el,
                isIntersecting: true,
                rootBounds: { width: 1280, height: 720 } as DOMRectReadOnly,
                boundingClientRect: { left: 0, top: 0, right: 300, bottom: 400, width: 300, height: 400 } as DOMRectReadOnly,
              })),
            ),
          );
        }
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', ReportingObserver);
    try {
      const { store, root, card } = mount(ready());
      const header = () => root.querySelector('[data-drag-handle]')!;
      const pointer = (type: string, x: number, y: number) =>
        header().dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, button: 0, pointerId: 1, clientX: x, clientY: y }));
      pointer('pointerdown', 1000, 20);
      pointer('pointermove', 800, 170);
      const held = { top: card()!.style.getPropertyValue('top'), left: card()!.style.getPropertyValue('left') };
      expect(held.left).not.toBe('');
      // Meanwhile: the card rebuilt from its store, and the window resized (the dock measured again).
      store.set({ compact: true });
      window.dispatchEvent(new Event('resize'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect({ top: card()!.style.getPropertyValue('top'), left: card()!.style.getPropertyValue('left') }).toEqual(held);
      expect(card()!.style.getPropertyValue('right')).toBe('auto');
      // Let go: the card stays where it was dropped (its position stored), and is docked again after a double click.
      pointer('pointerup', 800, 170);
      expect(store.get().position).not.toBeNull();
      header().dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      window.dispatchEvent(new Event('resize'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(store.get().position).toBeNull();
      expect(card()!.style.getPropertyValue('left')).toBe(`${1280 - 8 - 300}px`);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('leaves the page and stops rendering when the script is invalidated', async () => {
    const { store, invalidate } = mount(ready());
    invalidate();
    expect(document.querySelector('vettok-overlay')).toBeNull();
    const listeners = vi.spyOn(store, 'get');
    store.set({ collapsed: true });
    await settled();
    expect(listeners).not.toHaveBeenCalled();
  });
});
