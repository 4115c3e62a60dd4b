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
export const FEED_REPLAY = 'feed:replay';

/**
 * TikTok responses worth passing on: a creator's recent videos (tiktok.com) and a creator's
 * marketplace profile (Affiliate Center).
 */
export const FEED_PATH = /\/api\/post\/item_list\/?$|\/creator\/marketplace\/profile\/?$/;

export interface FeedMessage {
  channel: typeof FEED_CHANNEL;
  url: string;
  body: unknown;
}
