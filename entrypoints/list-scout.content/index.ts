import { defineContentScript } from 'wxt/utils/define-content-script';
import { createScoutSession } from '@/components/scout/scout-session';
import { uiLocale } from '@/lib/i18n/format';
import { LIST_FEED, listenToFeed } from '@/lib/page/feed-listener';
import { SCOUT_LOADED_FLAG } from '@/lib/page/scout-flags';
import { LIST_PAGE_MATCHES } from '@/lib/scout/list-pages';

/**
 * Scout mode, on the pages where merchants go through many creators: TikTok search, the For You and
 * Explore feeds, profiles (their follower and following lists open over them) and the Affiliate
 * Center's creator marketplace. Not declared in the manifest: the background loads it once the page's
 * list watcher (entrypoints/list-watch.content) sees a list response arrive. It then takes the lists
 * the MAIN-world observer passes on and puts a chip beside each creator (components/scout/scout-session.ts).
 */
export default defineContentScript({
  matches: LIST_PAGE_MATCHES,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const global = globalThis as Record<string, unknown>;
    if (global[SCOUT_LOADED_FLAG]) return;
    global[SCOUT_LOADED_FLAG] = true;
    // Nothing is built until the page receives a list (most page loads of a feed never need more).
    let session: ReturnType<typeof createScoutSession> | null = null;
    const stop = listenToFeed(window, (url, body) => void (session ??= createScoutSession(document, uiLocale('auto', navigator))).receive(url, body).catch(() => undefined), LIST_FEED);
    ctx.onInvalidated(() => {
      stop();
      session?.stop();
    });
  },
});
