import sharedCss from '@/components/vettok.css?inline';
import inPageCss from '@/components/dom/in-page.css?inline';
import cardCss from '@/components/card/card.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadCardPlacement } from '@/components/card/card-placement';
import { startCard } from '@/components/card/start-card';
import { createCardStore } from '@/components/card/card-store';
import { uiLocale } from '@/lib/i18n/format';
import { listenToFeed } from '@/lib/page/feed-listener';
import { watchLocation } from '@/lib/page/watch-location';
import { createAffiliateSession } from '@/components/card/affiliate-session';
import { AFFILIATE_MATCHES } from '@/lib/platform/hosts';

/** Affiliate Center creator pages: the same card, fed with the commerce metrics the page shows. */
export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  runAt: 'document_idle',
  // The stylesheet is bundled and handed to the card's shadow root (nothing fetched, no web-accessible CSS).
  cssInjectionMode: 'manual',
  // No window.postMessage announcing the script (and the extension's id) to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const placement = loadCardPlacement();
    const store = createCardStore({ view: { kind: 'hidden' }, locale: uiLocale('auto', navigator), collapsed: false, compact: false });
    const session = createAffiliateSession(store, window);
    void startCard(ctx, store, sharedCss + inPageCss + cardCss, placement);
    session.open(location.href);
    const stopWatching = watchLocation(window, (href) => session.open(href));
    const stopListening = listenToFeed(window, (url, body) => void session.receive(url, body));
    ctx.onInvalidated(() => {
      stopWatching();
      stopListening();
    });
  },
});
