import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { OVERLAY_LOADED_FLAG } from '../page/overlay-flag';
import type { NavigationDeps } from './follow-navigation';

const OVERLAY_SCRIPT: ScriptPublicPath = '/content-scripts/tiktok-profile.js';

/** Whether the overlay runs in a tab, and loading it there, through `scripting.executeScript`. */
export const overlayInjection: NavigationDeps = {
  async overlayLoaded(tabId) {
    // Runs in the content scripts' isolated world, where the overlay script sets its flag.
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
      args: [OVERLAY_LOADED_FLAG],
    });
    return result?.result === true;
  },
  async injectOverlay(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
  },
};
