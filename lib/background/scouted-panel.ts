import { browser } from 'wxt/browser';
import { SCOUT_SESSION_KEY, SCOUTED_FOCUS_KEY, type ScoutedFocus } from '@/lib/scout/focus';
import { openSidePanelOn } from './side-panel-focus';

/** Opens the side panel's Scouted view on `handle` beside the tab whose chip was clicked; false when the browser refuses. */
export function openScouted(handle: string, tabId: number | null): Promise<boolean> {
  const focus: ScoutedFocus = { handle, at: Date.now() };
  return openSidePanelOn(SCOUTED_FOCUS_KEY, focus, tabId);
}

/** Marks the start of this browser session's scouting once (storage.session empties when the browser closes). */
export async function markScoutSessionStart(): Promise<void> {
  const got = await browser.storage.session.get(SCOUT_SESSION_KEY);
  if (typeof got[SCOUT_SESSION_KEY] !== 'number') await browser.storage.session.set({ [SCOUT_SESSION_KEY]: Date.now() });
}
