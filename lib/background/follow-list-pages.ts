import { isListPage } from '../scout/list-pages';
import { followTabUrl } from './follow-tab-url';

export interface ListPageDeps {
  /** Whether scout mode's list watcher (or its list script) already runs in the tab's page. */
  watcherLoaded(tabId: number): Promise<boolean>;
  injectWatcher(tabId: number): Promise<void>;
}

/**
 * Follows in-app navigations (`tabs.onUpdated`) to list pages (lib/scout/list-pages.ts): when a tab
 * that opened on another page (e.g. `/live`, which no list script matches) moves to search, a feed,
 * a profile or the marketplace, scout mode's watcher is loaded there. Other pages get nothing.
 */
export function createListPageFollower(deps: ListPageDeps) {
  return followTabUrl(isListPage, (tabId) => deps.watcherLoaded(tabId), (tabId) => deps.injectWatcher(tabId));
}
