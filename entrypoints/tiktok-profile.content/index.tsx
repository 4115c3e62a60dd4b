import '@/components/vettok.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addShownCreator } from '@/components/overlay/add-to-shortlist';
import { mountOverlay } from '@/components/overlay/mount-overlay';
import { createOverlayStore } from '@/components/overlay/overlay-store';
import { localeFor } from '@/lib/i18n';
import { listenToFeed } from '@/lib/page/feed-listener';
import { OVERLAY_LOADED_FLAG } from '@/lib/page/overlay-flag';
import { watchLocation } from '@/lib/page/watch-location';
import { createProfileSession } from './profile-session';

/** Creator and video pages: read the page, have the background assess it, show the overlay card. */
export default defineContentScript({
  matches: ['https://www.tiktok.com/@*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // No window.postMessage announcing the script (and the extension's id) to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const global = globalThis as Record<string, unknown>;
    if (global[OVERLAY_LOADED_FLAG]) return;
    global[OVERLAY_LOADED_FLAG] = true;

    const store = createOverlayStore({ view: { kind: 'hidden' }, locale: localeFor(navigator.language), collapsed: false, compact: false });
    const session = createProfileSession(store, document);
    // Read the page and start the background's assessment first: the round-trip then overlaps the
    // shadow root's set-up (it loads its stylesheet asynchronously); the card renders whatever state
    // the store holds once it is mounted (docs/performance.md).
    const stopWatching = watchLocation(window, (href) => void session.read(href));
    const stopListening = listenToFeed(window, (_url, body) => session.receiveFeed(body));
    ctx.onInvalidated(() => {
      stopWatching();
      stopListening();
    });
    void session.read(location.href);
    await mountOverlay(ctx, store, (listId) => void addShownCreator(store, listId));
  },
});
