/**
 * Vettok's side panel, in the browser's own form: Chromium's `sidePanel` (opened for a window) or
 * Firefox's `sidebar_action` (opened in the current window). Each browser offers only its own API,
 * so the one that is there decides; both open only in answer to a user action.
 */
export interface SidePanelApis {
  /** Firefox: `browser.sidebarAction`, absent in Chromium. */
  sidebarAction?: { open(): Promise<void> };
  /** Chromium: `chrome.sidePanel`, absent in Firefox. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
}

/**
 * Opens the side panel. Firefox's sidebar is opened before anything is awaited: it counts as the
 * user's action only while the click's handler runs. Chromium's needs the window of the tab the
 * popup describes, looked up first (`windowOf`). Resolves to false when neither browser API is there.
 */
export async function openSidePanel(apis: SidePanelApis, windowOf: () => Promise<number | undefined>): Promise<boolean> {
  if (apis.sidebarAction) {
    await apis.sidebarAction.open();
    return true;
  }
  if (!apis.sidePanel) return false;
  const windowId = await windowOf();
  if (windowId === undefined) return false;
  await apis.sidePanel.open({ windowId });
  return true;
}
