/**
 * The window-message channel between the MAIN-world feed observer and Vettok's isolated content
 * script. Anything arriving on it is untrusted page data: the receiver checks it field by field and
 * only ever uses it as figures for the creator on screen.
 */
/**
 * The page sees these messages (they travel on its window), so their names do not name the
 * extension (docs/security.md, "What a page can tell about Vettok").
 */
export const FEED_CHANNEL = 'feed:response';
/**
 * The replay requests (and scout mode's signals below) are plain DOM events on the window, with no
 * data: they reach the MAIN world without it ever reading a window message. A listener that reads
 * `event.data` makes the browser deserialise that message in its world, and the list responses on
 * the window are ≈ 300 KB of text each (measured: docs/performance.md).
 */
export const FEED_REPLAY = 'feed:replay';

/**
 * TikTok responses worth passing on: a creator's recent videos (tiktok.com) and a creator's
 * marketplace profile (Affiliate Center).
 */
export const FEED_PATH = /\/api\/post\/item_list\/?$|\/creator\/marketplace\/profile\/?$/;

/**
 * List responses for scout mode (lib/readers/list-kind.ts names each): search, follower and
 * following lists, the For You / Explore feeds, the Affiliate Center's creator marketplace. They go
 * on a channel of their own, so the creator-page scripts never see them.
 */
export const LIST_CHANNEL = 'list:response';
export const LIST_REPLAY = 'list:replay';
/** Dispatched by the observer (no data) each time it passes on a list: wakes scout mode's list watcher. */
export const LIST_SIGNAL = 'list:arrived';
/** Asked by a list watcher loaded after the page's first requests: the observer signals again if it holds any list. */
export const LIST_QUERY = 'list:query';
export const LIST_PATH = /^\/api\/(?:search\/(?:(?:general|top)\/(?:full|preview)|user\/full|item\/full)|user\/list|recommend\/item_list|explore\/item_list)\/?$|\/api\/v1\/oec\/affiliate\/creator\/marketplace\/find\/?$/;

export interface FeedMessage {
  channel: typeof FEED_CHANNEL;
  url: string;
  body: unknown;
}
