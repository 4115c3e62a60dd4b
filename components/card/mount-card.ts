import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { replaceView } from '../dom/replace-view';
import { cardActions } from './card-actions';
import { stampCard } from './card-timings';
import { CreatorCard } from './creator-card';
import type { CardStore } from './card-store';
import { createShadowHost } from './shadow-host';

/**
 * Mounts the overlay card in its own shadow root at the end of the page's body and rebuilds it from
 * the store whenever the store changes (changes made in one task are shown together). The root is
 * closed (`host.shadowRoot` is null for the page's scripts), so the page can neither read the card
 * (the merchant's list names) nor change what it shows (docs/security.md §1). Key presses in the
 * card stop at the root: they do not reach TikTok's own (bubbling) shortcut handlers. `css`: the
 * stylesheet as text, bundled with the script, so nothing is fetched before the card renders.
 * Synchronous: the card renders in the task that reads the page (docs/performance.md).
 */
export function mountCard(ctx: ContentScriptContext, store: CardStore, css: string): void {
  const { host, container } = createShadowHost(document, 'vettok-overlay', css);
  document.body.append(host);
  const actions = cardActions(store);
  let queued = false;
  const render = () => {
    queued = false;
    const state = store.get();
    replaceView(container, CreatorCard({ state, actions }));
    if (state.view.kind === 'ready') stampCard(state.view.assessment !== null);
  };
  const unsubscribe = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      if (queued) render();
    });
  });
  render();
  ctx.onInvalidated(() => {
    unsubscribe();
    queued = false;
    host.remove();
  });
}
