import '@/components/vettok.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CreatorOverlay } from '@/components/overlay/creator-overlay';
import { createOverlayStore } from '@/components/overlay/overlay-store';
import { localeFor } from '@/lib/i18n';
import { OVERLAY_LOADED_FLAG } from '@/lib/page/overlay-flag';
import { watchLocation } from '@/lib/page/watch-location';
import { createProfileSession } from './profile-session';

/** Creator pages: read the page, have the background assess it, show the overlay card. */
export default defineContentScript({
  matches: ['https://www.tiktok.com/@*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const global = globalThis as Record<string, unknown>;
    if (global[OVERLAY_LOADED_FLAG]) return;
    global[OVERLAY_LOADED_FLAG] = true;

    const store = createOverlayStore({
      view: { kind: 'hidden' },
      locale: localeFor(navigator.language),
      collapsed: false,
    });
    const session = createProfileSession(store, document);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'vettok-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = createRoot(container);
        root.render(<CreatorOverlay store={store} onAdd={(listId) => void session.add(listId)} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();

    const stop = watchLocation(window, (href) => void session.read(href));
    ctx.onInvalidated(stop);
    void session.read(location.href);
  },
});
