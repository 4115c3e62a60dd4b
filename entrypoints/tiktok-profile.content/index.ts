import sharedCss from '@/components/vettok.css?inline';
import inPageCss from '@/components/dom/in-page.css?inline';
import cardCss from '@/components/card/card.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadCardPlacement } from '@/components/card/card-placement';
import { startCard } from '@/components/card/start-card';
import { createCardStore } from '@/components/card/card-store';
import { uiLocale } from '@/lib/i18n/format';
import { listenToFeed } from '@/lib/page/feed-listener';
import { OVERLAY_LOADED_FLAG } from '@/lib/page/overlay-flag';
import { runSoon } from '@/lib/page/run-soon';
import { watchLocation } from '@/lib/page/watch-location';
import { createProfileSession } from '@/components/card/profile-session';
import { TIKTOK_ORIGIN } from '@/lib/platform/hosts';

/**
 * Creator and video pages: read the page, show its figures on the overlay card at once, have the
 * background assess it, then show the score. Runs at `document_end` (right at DOMContentLoaded:
 * the page's embedded data is there), does its work in the task after the page's own, and bundles
 * its stylesheet, so nothing is fetched before the card mounts (docs/performance.md).
 */
export default defineContentScript({
  matches: [`${TIKTOK_ORIGIN}/@*`],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  // No window.postMessage announcing the script (and the extension's id) to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const global = globalThis as Record<string, unknown>;
    if (global[OVERLAY_LOADED_FLAG] === true) return;
    global[OVERLAY_LOADED_FLAG] = true;
    // Asked at once: the read overlaps the page's reading (start-card.ts).
    const placement = loadCardPlacement();

    // In the task right after the page's DOMContentLoaded task, not inside it (lib/page/run-soon.ts).
    runSoon(() => {
      if (ctx.isInvalid) return;
      const store = createCardStore({ view: { kind: 'hidden' }, locale: uiLocale('auto', navigator), collapsed: false, compact: false });
      const session = createProfileSession(store, document);
      // Read the page first (the store then holds its figures) and start the background's assessment;
      // the card renders whatever state the store holds once it is mounted, and the score when it comes.
      const stopWatching = watchLocation(window, (href) => void session.read(href));
      const stopListening = listenToFeed(window, (_url, body) => session.receiveFeed(body));
      ctx.onInvalidated(() => {
        stopWatching();
        stopListening();
      });
      void session.read(location.href);
      void startCard(ctx, store, sharedCss + inPageCss + cardCss, placement);
    });
  },
});
