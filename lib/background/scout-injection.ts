import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { SCOUT_LOADED_FLAG, SCOUT_WATCH_FLAG } from '../page/scout-flags';
import type { ListPageDeps } from './follow-list-pages';

const WATCH_SCRIPT: ScriptPublicPath = '/list-watch.js';
const SCOUT_SCRIPT: ScriptPublicPath = '/list-scout.js';

/** Whether any of `flags` is set in the content scripts' isolated world of the tab's page. */
async function anyFlag(tabId: number, flags: string[]): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (names: string[]) => names.some((flag) => (globalThis as Record<string, unknown>)[flag] === true),
    args: [flags],
  });
  return result?.result === true;
}

/** Scout mode's scripts loaded into a tab through `scripting.executeScript`: the watcher after an in-app navigation, the list script when a list arrives. */
export const scoutInjection: ListPageDeps & { injectScout(tabId: number): Promise<void> } = {
  watcherLoaded: (tabId) => anyFlag(tabId, [SCOUT_WATCH_FLAG, SCOUT_LOADED_FLAG]),
  async injectWatcher(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [WATCH_SCRIPT] });
  },
  async injectScout(tabId) {
    // Once per page: a second copy would end the first one's context (and remove its chips).
    if (!(await anyFlag(tabId, [SCOUT_LOADED_FLAG]))) await browser.scripting.executeScript({ target: { tabId }, files: [SCOUT_SCRIPT] });
  },
};
