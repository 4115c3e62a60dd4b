import { browser } from 'wxt/browser';
import { openSidePanel, type SidePanelApis } from '@/lib/platform/side-panel';

/** Firefox's `browser` also has `sidebarAction` (WXT types `browser` as Chromium's). */
type SidebarBrowser = typeof browser & Pick<SidePanelApis, 'sidebarAction'>;

/**
 * Opens the side panel beside the tab where the merchant clicked, and stores `focus` under `key`
 * in `storage.session` for the panel to follow. The panel is asked to open first, while the click
 * that sent the message still counts as the merchant's action; false when the browser refuses.
 */
export async function openSidePanelOn(key: string, focus: object, tabId: number | null): Promise<boolean> {
  const opening = openSidePanel(
    { sidebarAction: (browser as SidebarBrowser).sidebarAction, sidePanel: globalThis.chrome?.sidePanel },
    async () => (tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId),
  ).catch(() => false);
  await browser.storage.session.set({ [key]: focus });
  return opening;
}
