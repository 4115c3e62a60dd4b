import { AFFILIATE_ORIGINS, TIKTOK_ORIGIN } from '../platform/hosts';

/**
 * The pages where merchants go through many creators: TikTok's home and For You feed, Explore,
 * search, profiles (their follower and following lists open over them), and the Affiliate Center's
 * creator marketplace. Scout mode's list watcher is declared on these (match patterns), and the
 * background loads it after an in-app navigation to one of them (`isListPage`).
 */
export const LIST_PAGE_MATCHES = [
  `${TIKTOK_ORIGIN}/`,
  `${TIKTOK_ORIGIN}/?*`,
  `${TIKTOK_ORIGIN}/foryou*`,
  `${TIKTOK_ORIGIN}/explore*`,
  `${TIKTOK_ORIGIN}/search*`,
  `${TIKTOK_ORIGIN}/@*`,
  ...AFFILIATE_ORIGINS.map((origin) => `${origin}/connection/creator*`),
];

/** Whether `url` is one of LIST_PAGE_MATCHES (https only, the same hosts and path prefixes). */
export function isListPage(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const path = parsed.pathname;
  if (parsed.origin === TIKTOK_ORIGIN) return path === '/' || ['/foryou', '/explore', '/search', '/@'].some((prefix) => path.startsWith(prefix));
  return AFFILIATE_ORIGINS.includes(parsed.origin) && path.startsWith('/connection/creator');
}
