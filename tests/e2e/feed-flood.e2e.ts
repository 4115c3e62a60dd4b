import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const REQUESTS = 40;

/** Median and 95th percentile of a sample, ms. */
function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10 };
}

/**
 * Issue 16, defect 8: a page flooding feed messages slowed the background to ≈ 1.2 s per
 * side-panel request. The profile script now re-submits the creator on screen at most once a
 * second per tab (lib/page/coalesce.ts), so the side panel's requests answer as fast under a flood
 * as without one.
 */
describe('side-panel requests while a page floods feed messages', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('answer within 250 ms (95th percentile) under 2,000 feed messages a second, as they do without', async () => {
    const page = await vettok.open(JELLY);
    await expect.poll(() => overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    const panel = await vettok.openExtensionPage('sidepanel.html');
    // The side panel's own round trip: one page-only request and reply, as the panel sends it.
    const measure = () =>
      panel.evaluate(async (count) => {
        const times: number[] = [];
        for (let i = 0; i < count; i++) {
          const started = performance.now();
          const reply = (await chrome.runtime.sendMessage({ vettok: 1, name: 'settings.get', payload: {} })) as { ok: boolean };
          if (!reply?.ok) throw new Error('settings.get failed');
          times.push(performance.now() - started);
        }
        return times;
      }, REQUESTS);

    const quiet = stats(await measure());

    // The page posts 20 item_list responses every 10 ms, each with a new video of the creator shown.
    await page.evaluate(() => {
      let n = 0;
      (window as unknown as { floodTimer: number }).floodTimer = window.setInterval(() => {
        for (let i = 0; i < 20; i++) {
          n++;
          const item = { id: String(7_400_000_000_000_000_000 + n), createTime: Math.floor(Date.now() / 1000) - n, author: { uniqueId: 'jelly.here10' }, stats: { playCount: 1000 + n, diggCount: 10, commentCount: 1, shareCount: 1 } };
          window.postMessage({ channel: 'feed:response', url: 'https://www.tiktok.com/api/post/item_list/', body: { itemList: [item] } }, location.origin);
        }
      }, 10);
    });
    await page.waitForTimeout(1500);
    const flooded = stats(await measure());
    const posted = await page.evaluate(() => {
      window.clearInterval((window as unknown as { floodTimer: number }).floodTimer);
      return true;
    });
    expect(posted).toBe(true);

    console.log(`[bench] side-panel request (settings.get), ${REQUESTS} in a row: quiet median ${quiet.median} ms, p95 ${quiet.p95} ms; under a feed flood median ${flooded.median} ms, p95 ${flooded.p95} ms`);
    // Budget: a tap in the side panel should feel immediate; 250 ms is well under the 1.2 s the
    // issue measured before the per-tab coalescing, and far above the quiet figure.
    expect(flooded.p95).toBeLessThan(250);
    // The card still shows the creator, assessed.
    expect(await overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await Promise.all([panel.close(), page.close()]);
  });
});
