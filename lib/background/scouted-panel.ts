import { browser } from 'wxt/browser';
import { openSidePanel, type SidePanelApis } from '@/lib/platform/side-panel';
import { SCOUT_SESSION_KEY, SCOUTED_FOCUS_KEY } from '@/lib/scout/focus';

/** Firefox's `browser` also has `sidebarAction` (WXT types `browser` as Chromium's). */
type SidebarBrowser = typeof browser & Pick<SidePanelApis, 'sidebarAction'>;

/**
 * Opens the side panel's Scouted view on `handle` beside the tab whose chip was clicked. The panel
 * is asked to open first, while the click that sent the message still counts as the merchant's
 * action; false when the browser refuses.
 */
export async function openScouted(handle: string, tabId: number | null): Promise<boolean> {
  const opening = openSidePanel(
    { sidebarAction: (browser as SidebarBrowser).sidebarAction, sidePanel: globalThis.chrome?.sidePanel },
    async () => (tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId),
  ).catch(() => false);
  await browser.storage.session.set({ [SCOUTED_FOCUS_KEY]: { handle, at: Date.now() } });
  return opening;
}

/** Marks the start of this browser session's scouting once (storage.session empties when the browser closes). */
export async function markScoutSessionStart(): Promise<void> {
  const got = await browser.storage.session.get(SCOUT_SESSION_KEY);
  if (typeof got[SCOUT_SESSION_KEY] !== 'number') await browser.storage.session.set({ [SCOUT_SESSION_KEY]: Date.now() });
}
