import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchLocation } from '@/lib/page/watch-location';
import { routeOf } from '@/lib/readers/profile-url';
import { OVERLAY_LOADED_FLAG } from '@/lib/page/overlay-flag';

/**
 * Runs on every TikTok page and does nothing but a URL check: when an in-app navigation lands on
 * a creator page and the overlay script is not in this page yet, it asks the background to load it.
 * Creator pages opened directly get the overlay script from the manifest instead.
 */
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  excludeMatches: ['https://www.tiktok.com/@*'],
  runAt: 'document_idle',
  main() {
    const stop = watchLocation(window, (href) => {
      if (routeOf(href).kind === 'other' || (globalThis as Record<string, unknown>)[OVERLAY_LOADED_FLAG]) return;
      stop();
      // The raw runtime API: the polyfill would triple this script's size for one call.
      const runtime = (globalThis as { browser?: typeof chrome }).browser?.runtime ?? chrome.runtime;
      void runtime.sendMessage({ vettok: 1, name: 'overlay.inject', payload: {} });
    });
  },
});
