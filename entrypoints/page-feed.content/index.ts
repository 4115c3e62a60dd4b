import { defineContentScript } from 'wxt/utils/define-content-script';
import { observeFeed } from '@/lib/page/feed-observer';

/**
 * MAIN world, before TikTok's own scripts: passes a parsed copy of a creator's video list and
 * Affiliate Center profile responses to Vettok's isolated content script (lib/page/feed-observer.ts).
 * This world has no extension APIs and holds nothing of the merchant's.
 */
export default defineContentScript({
  matches: ['https://www.tiktok.com/*', 'https://affiliate.tiktok.com/*', 'https://affiliate.tiktokshopglobalselling.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    observeFeed(window);
  },
});
