import { defineContentScript } from 'wxt/utils/define-content-script';
import { createScoutSession } from '@/components/scout/scout-session';
import { uiLocale } from '@/lib/i18n/format';
import { LIST_FEED, listenToFeed } from '@/lib/page/feed-listener';

/**
 * Scout mode, on the pages where merchants go through many creators: TikTok search, the For You and
 * Explore feeds, profiles (their follower and following lists open over them) and the Affiliate
 * Center's creator marketplace. Idle until the MAIN-world observer passes on a list response; then a
 * chip beside each creator (components/scout/scout-session.ts).
 */
export default defineContentScript({
  matches: [
    'https://www.tiktok.com/',
    'https://www.tiktok.com/?*',
    'https://www.tiktok.com/foryou*',
    'https://www.tiktok.com/explore*',
    'https://www.tiktok.com/search*',
    'https://www.tiktok.com/@*',
    'https://affiliate.tiktok.com/connection/creator*',
    'https://affiliate.tiktokshopglobalselling.com/connection/creator*',
  ],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Nothing is built until the page receives a list (most page loads of a feed never need more).
    let session: ReturnType<typeof createScoutSession> | null = null;
    const stop = listenToFeed(window, (url, body) => void (session ??= createScoutSession(document, uiLocale('auto', navigator))).receive(url, body).catch(() => undefined), LIST_FEED);
    ctx.onInvalidated(() => {
      stop();
      session?.stop();
    });
  },
});
