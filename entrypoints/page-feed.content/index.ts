import { defineContentScript } from 'wxt/utils/define-content-script';
import { observeFeed } from '@/lib/page/feed-observer';
import { AFFILIATE_MATCHES, TIKTOK_MATCHES } from '@/lib/platform/hosts';

/**
 * MAIN world, before TikTok's own scripts: passes a parsed copy of a creator's video list and
 * Affiliate Center profile responses to Vettok's isolated content script (lib/page/feed-observer.ts).
 * This world has no extension APIs and holds nothing of the merchant's.
 */
export default defineContentScript({
  matches: [...TIKTOK_MATCHES, ...AFFILIATE_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    observeFeed(window);
  },
});
