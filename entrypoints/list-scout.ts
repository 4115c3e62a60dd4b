import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { createScoutSession } from '@/components/scout/scout-session';
import { LIST_FEED, listenToFeed } from '@/lib/page/feed-listener';
import { createIdleQueue } from '@/lib/page/idle-queue';
import { SCOUT_LOADED_FLAG } from '@/lib/page/scout-flags';

/**
 * Scout mode, on the pages where merchants go through many creators: TikTok search, the For You and
 * Explore feeds, profiles (their follower and following lists open over them) and the Affiliate
 * Center's creator marketplace. Not declared in the manifest: the background loads it
 * (lib/background/scout-injection.ts) once the page's list watcher (entrypoints/list-watch.ts) sees
 * a list response arrive. It then takes the lists the MAIN-world observer passes on and puts a chip
 * beside each creator (components/scout/scout-session.ts). An unlisted script, like the watcher: it
 * needs none of WXT's content-script context, whose setup is script time on every list page.
 */
export default defineUnlistedScript(() => {
  const global = globalThis as Record<string, unknown>;
  if (global[SCOUT_LOADED_FLAG] === true) return;
  global[SCOUT_LOADED_FLAG] = true;
  // Nothing is built until the page receives a list.
  let session: ReturnType<typeof createScoutSession> | null = null;
  // The lists are parsed and read, and the chips made, in the page's idle time, never inside a frame.
  const idle = createIdleQueue();
  const stop = listenToFeed(
    window,
    (url, body) => {
      // The extension was updated or removed since this page loaded: its chips go too.
      if (!browser.runtime?.id) {
        stop();
        session?.stop();
        return;
      }
      void (session ??= createScoutSession(document, idle)).receive(url, body).catch(() => undefined);
    },
    LIST_FEED,
    idle.add,
  );
});
