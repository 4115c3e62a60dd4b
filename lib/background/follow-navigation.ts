import { TIKTOK_ORIGIN } from '../platform/hosts';
import { routeOf } from '../readers/profile-url';
import { followTabUrl } from './follow-tab-url';

const TIKTOK = `${TIKTOK_ORIGIN}/`;

export interface NavigationDeps {
  /** Whether the overlay script already runs in the tab's page (its isolated world holds the flag). */
  overlayLoaded(tabId: number): Promise<boolean>;
  injectOverlay(tabId: number): Promise<void>;
}

/**
 * Follows TikTok's in-app navigations from the background (`tabs.onUpdated`, whose `url` the host
 * permission for www.tiktok.com already shows): when a tab's URL becomes a creator or video page
 * and the overlay script is not in that page yet, it is injected there. Pages that are not creator
 * pages get no extension script at all for this; creator pages opened directly get the overlay
 * from the manifest (its flag makes a second load a no-op).
 */
export function createNavigationFollower(deps: NavigationDeps) {
  return followTabUrl((url) => url.startsWith(TIKTOK) && routeOf(url).kind !== 'other', (tabId) => deps.overlayLoaded(tabId), (tabId) => deps.injectOverlay(tabId));
}
