/**
 * Which list response a URL is: the JSON endpoints behind the pages where merchants scout many
 * creators at once (TikTok search, follower and following lists, the For You and Explore feeds, the
 * Affiliate Center's creator marketplace). A creator's own video list (`/api/post/item_list/`) is
 * not one of them: it belongs to the profile page.
 */
export type ListKind = 'search-general' | 'search-users' | 'search-videos' | 'user-list' | 'feed' | 'marketplace';

const LIST_PATHS: readonly (readonly [RegExp, ListKind])[] = [
  [/^\/api\/search\/(?:general|top)\/(?:full|preview)\/?$/, 'search-general'],
  [/^\/api\/search\/user\/full\/?$/, 'search-users'],
  [/^\/api\/search\/item\/full\/?$/, 'search-videos'],
  [/^\/api\/user\/list\/?$/, 'user-list'],
  [/^\/api\/(?:recommend|explore)\/item_list\/?$/, 'feed'],
  [/\/api\/v1\/oec\/affiliate\/creator\/marketplace\/find\/?$/, 'marketplace'],
];

/** The list a response URL (absolute, or a path) holds; null for anything else. */
export function listKindOf(url: string): ListKind | null {
  let path: string;
  try {
    path = new URL(url, 'https://www.tiktok.com/').pathname;
  } catch {
    return null;
  }
  for (const [pattern, kind] of LIST_PATHS) if (pattern.test(path)) return kind;
  return null;
}
