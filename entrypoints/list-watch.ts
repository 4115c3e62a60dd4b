import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LIST_QUERY, LIST_SIGNAL } from '@/lib/page/feed-channel';
import { SCOUT_LOADED_FLAG, SCOUT_WATCH_FLAG } from '@/lib/page/scout-flags';

/**
 * Scout mode's watcher on list pages (declared in wxt.config.ts on lib/scout/list-pages.ts's
 * matches, at document_start): waits for the MAIN-world observer's signal that the page received a
 * list response, then asks the background to load the list script (entrypoints/list-scout.ts,
 * the chips) into the page. Most loads of a feed page never receive a list and pay for this
 * listener only. It is an unlisted script, not a WXT content script, and touches no extension API
 * until the signal: WXT's content-script context and the first read of the extension API object
 * each cost every such page measurable script time (docs/performance.md). The background also
 * loads it after an in-app navigation to a list page (lib/background/follow-list-pages.ts).
 */
export default defineUnlistedScript(() => {
  const global = globalThis as Record<string, unknown>;
  // Compared with true: a page element with the same id would otherwise read as the flag.
  if (global[SCOUT_WATCH_FLAG] === true || global[SCOUT_LOADED_FLAG] === true) return;
  global[SCOUT_WATCH_FLAG] = true;
  const start = () => {
    // Firefox's `browser`, else Chromium's `chrome` (both return a promise in MV3), read only now.
    const api = (global['browser'] as typeof chrome | undefined)?.runtime?.id ? (global['browser'] as typeof chrome) : chrome;
    void api.runtime.sendMessage({ vettok: 1, name: 'scout.start', payload: {} }).catch(() => undefined);
  };
  window.addEventListener(LIST_SIGNAL, start, { once: true });
  // Loaded after the page's first requests (an in-app navigation): the observer signals again if it holds a list.
  window.dispatchEvent(new Event(LIST_QUERY));
});
