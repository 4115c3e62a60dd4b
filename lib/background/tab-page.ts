import { affiliateCreatorId } from '../readers/affiliate-url';
import { routeOf } from '../readers/profile-url';

/**
 * Which creator a page URL shows, as a key: `tiktok:<handle>` for a profile or video page,
 * `affiliate:<cid>` for an Affiliate Center creator page; null for every other page (the feed, a
 * search, another site, a URL the extension may not see).
 */
export function creatorPageKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const cid = affiliateCreatorId(url);
  if (cid) return `affiliate:${cid}`;
  if (!url.startsWith('https://www.tiktok.com/')) return null;
  const route = routeOf(url);
  return route.kind === 'other' ? null : `tiktok:${route.handle}`;
}

/** The creator a tab showed when its content script last submitted, and on which page. */
export interface TabCreator {
  handle: string;
  /** `creatorPageKey` of the page that submitted it. */
  page: string | null;
}

/** Whether a tab whose URL is now `url` still shows the creator recorded for it. */
export function stillShows(shown: TabCreator, url: string | null | undefined): boolean {
  return shown.page !== null && creatorPageKey(url) === shown.page;
}

export interface TabCreatorDeps {
  tabCreators: { get(tabId: number): Promise<TabCreator | null>; set(tabId: number, shown: TabCreator | null): Promise<void> };
  setBadge(tabId: number, assessment: null): Promise<void>;
}

/**
 * A tab's URL changed (or the popup asks about it): when it no longer shows the creator recorded
 * for it, the record and the creator's badge are cleared. Answers whether the record still holds.
 */
export async function forgetIfMovedOn(deps: TabCreatorDeps, tabId: number, url: string | null | undefined): Promise<boolean> {
  const shown = await deps.tabCreators.get(tabId);
  if (!shown) return false;
  if (stillShows(shown, url)) return true;
  await deps.tabCreators.set(tabId, null);
  await deps.setBadge(tabId, null);
  return false;
}
