import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText, launchVettok, pageWithUserDetail, tabIdOf, type Vettok } from './browser';

/**
 * Issue 9 §1–3 and §6 in real Chromium: hostile creator text, spoofed messages from a page, the
 * service worker killed between the steps of the main flow, and no network request of Vettok's own.
 */
const JELLY = 'https://www.tiktok.com/@jelly.here10';
const HOSTILE = 'https://www.tiktok.com/@hostile.bio';
/** A restarted worker can take a few seconds to answer its first message. */
const SLOW = { timeout: 15_000 };
const ALLOWED_LINK_HOSTS = ['www.tiktok.com', 'affiliate.tiktok.com', 'affiliate.tiktokshopglobalselling.com'];

describe('security in the browser', () => {
  let vettok: Vettok;
  /** Requests made by Vettok's own contexts (service worker, popup, side panel), and by TikTok pages. */
  const requests: { url: string; fromExtension: boolean }[] = [];
  const opened = new Set<string>();
  let workersKilled = 0;

  beforeAll(async () => {
    vettok = await launchVettok();
    vettok.context.on('request', (request) => {
      let origin: string;
      try {
        origin = request.serviceWorker()?.url() ?? request.frame().url();
      } catch {
        origin = request.serviceWorker()?.url() ?? '';
      }
      requests.push({ url: request.url(), fromExtension: origin.startsWith('chrome-extension://') });
    });
  });
  afterAll(async () => {
    await vettok?.close();
  });

  async function open(url: string) {
    opened.add(url);
    return vettok.open(url);
  }
  async function kill() {
    await vettok.stopServiceWorker();
    workersKilled++;
  }

  it('renders hostile creator text as text: no script runs, links are https to TikTok only', async () => {
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    const user = detail.userInfo.user;
    user.uniqueId = 'hostile.bio';
    user.nickname = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe\u200B\u200D<script>window.__pwned=2</script>';
    user.signature = `<a href="javascript:window.__pwned=3">click</a> data:text/html,<script>window.__pwned=4</script> ${'𝓑𝓲𝓸 ✨ '.repeat(12_500)}`;
    user.bioLink = { link: 'javascript:window.__pwned=5', risk: 0 };
    vettok.pages.set(HOSTILE, pageWithUserDetail(detail, '<script>window.__pwned=6</script>'));
    const page = await open(HOSTILE);
    const overlay = page.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toMatch(/ready|unreadable/);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('vettok-overlay script').count()).toBe(0);
    expect(await page.locator('vettok-overlay img[src="x"]').count()).toBe(0);
    for (const link of await page.locator('vettok-overlay a[href]').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const url = new URL(href, 'https://invalid.invalid/');
      expect(url.protocol, href).toBe('https:');
      expect(ALLOWED_LINK_HOSTS, href).toContain(url.host);
    }
    const text = (await overlay.textContent()) ?? '';
    if (text.includes('hostile')) expect(text).not.toContain('undefined');
  });

  it('a page cannot message the background, and fake feed data or fake envelopes change nothing stored', async () => {
    const jelly = await open(JELLY);
    await expect.poll(() => jelly.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await jelly.getByTestId('overlay-add').click();
    await expect.poll(() => jelly.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');

    const spoofs = await jelly.evaluate(async (extensionId) => {
      const results: string[] = [];
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
      results.push(typeof c?.runtime?.sendMessage);
      if (c?.runtime?.sendMessage) {
        for (const name of ['data.erase', 'backup.import.begin', 'list.delete', 'snapshot.submit']) {
          try {
            await c.runtime.sendMessage(extensionId, { vettok: 1, name, payload: { confirm: 'erase' } });
            results.push(`${name}: sent`);
          } catch {
            results.push(`${name}: refused`);
          }
        }
      }
      // Fake envelopes and fake item_list data for another creator on the window channel.
      for (const name of ['data.erase', 'list.delete', 'shortlist.add']) window.postMessage({ vettok: 1, name, payload: { confirm: 'erase', listId: 'x', handle: 'alcaldiasa' } }, '*');
      window.postMessage({ channel: 'vettok:feed', url: 'https://www.tiktok.com/api/post/item_list/', body: { itemList: [{ id: '1', author: { uniqueId: 'alcaldiasa' }, stats: { playCount: 1e9 } }] } }, location.origin);
      window.postMessage({ channel: 'vettok:feed', url: 'https://www.tiktok.com/api/post/item_list/', body: { __proto__: { polluted: 1 }, itemList: 'x'.repeat(3_000_000) } }, location.origin);
      return results;
    }, vettok.extensionId);
    expect(spoofs.filter((r) => r.endsWith(': sent'))).toEqual([]);
    await jelly.waitForTimeout(500);

    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"]').count()).toBe(1);
    expect(await panel.locator('[data-testid=shortlist-row][data-handle="alcaldiasa"]').count()).toBe(0);
    expect(await jelly.getByTestId('vettok-overlay').getAttribute('data-handle')).toBe('jelly.here10');
    await panel.close();
  });

  it('completes the main flow with the service worker killed between every step, without duplicates', async () => {
    await kill();
    const page = await open(JELLY);
    await expect.poll(() => page.getByTestId('vettok-overlay').getAttribute('data-state'), SLOW).toBe('ready');
    await expect.poll(() => page.getByTestId('vettok-overlay').getAttribute('data-score'), SLOW).toBe('shown');
    await kill();
    await page.getByTestId('overlay-add').click();
    await expect.poll(() => page.getByTestId('overlay-add-status').getAttribute('data-state'), SLOW).toBe('saved');
    await kill();
    await page.reload();
    await expect.poll(() => page.getByTestId('vettok-overlay').getAttribute('data-state'), SLOW).toBe('ready');
    await expect.poll(() => page.getByTestId('vettok-overlay').getAttribute('data-score'), SLOW).toBe('shown');
    await kill();
    await page.getByTestId('overlay-add').click();
    await expect.poll(() => page.getByTestId('overlay-add-status').getAttribute('data-state'), SLOW).toBe('saved');
    await kill();
    const popup = await vettok.openExtensionPage(`popup.html?tab=${await tabIdOf(vettok, JELLY)}`);
    await expect.poll(() => popup.getByTestId('popup').getAttribute('data-handle'), SLOW).toBe('jelly.here10');
    await popup.close();
    await kill();
    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"]').count(), SLOW).toBe(1);
    expect(await panel.getByTestId('shortlist-row').count()).toBe(1);
    await panel.close();
    console.log(`[security] service workers killed: ${workersKilled}`);
    expect(workersKilled).toBe(6);
  });

  it('makes no network request of its own while every surface is used', async () => {
    // Vettok's own contexts may load only their own files.
    const own = requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://')).map((r) => r.url);
    // On TikTok pages (where content scripts run), every request goes to TikTok's own hosts: the
    // page's subresources. Vettok's content scripts fetch only chrome-extension:// files (the bundle
    // scan proves no other URL is in the code).
    const foreign = requests
      .filter((r) => !r.fromExtension && /^https?:/.test(r.url))
      .map((r) => new URL(r.url).host)
      .filter((host) => !/(^|\.)(tiktok\.com|tiktokcdn\.com|tiktokcdn-us\.com|ttwstatic\.com|tiktokv\.com|ibytedtos\.com|byteoversea\.com|tiktokw\.us|ttdns2\.com)$/.test(host));
    console.log(`[security] requests observed: ${requests.length}; from Vettok's own contexts to the network: ${own.length}`);
    expect([...new Set(foreign)]).toEqual([]);
    expect(own).toEqual([]);
  });
});
