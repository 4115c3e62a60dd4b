import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { launchVettok, tabIdOf, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

/**
 * Races and stale state in real Chromium (docs/security.md §8): responses that arrive late or out
 * of order, and tabs that move on. Delayed responses are route handlers that wait before answering.
 */
const AFFILIATE = 'https://affiliate.tiktok.com/connection/creator/detail';
const CAPTURE = 'affiliate-creator-profile-emthuythuyyy-vn-2025-02.json';
const CAPTURE_CID = '7495881263612856625';

/** The real Affiliate Center capture, as the profile of another creator (id and handle replaced). */
function profileOf(cid: string, handle: string): string {
  return fixtureText(CAPTURE).replaceAll(CAPTURE_CID, cid).replaceAll('emthuythuyyy', handle);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('races and stale state', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  async function popupHandle(url: string): Promise<string> {
    const tabId = await tabIdOf(vettok, url);
    const popup = await vettok.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('popup-open-sidepanel').count()).toBe(1);
    await expect.poll(async () => (await popup.getByTestId('popup-empty').count()) + (await popup.locator('[data-testid=popup][data-handle]:not([data-handle=""])').count())).toBe(1);
    const handle = await popup.getByTestId('popup').getAttribute('data-handle');
    const badge = await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await popup.close();
    return handle ? `${handle}|${badge}` : `none|${badge}`;
  }

  it('Affiliate Center: a slow response for the creator shown before never replaces the creator shown now', async () => {
    // Creator A (cid 1001) answers in 2.5 s; the merchant moves in-app to B (cid 1002), which answers at once.
    await vettok.context.route('**/creator/marketplace/profile**', async (route) => {
      const cid = new URL(route.request().url()).searchParams.get('cid');
      if (cid === '1001') await sleep(2_500);
      await route.fulfill({ status: 200, contentType: 'application/json', body: cid === '1001' ? profileOf('1001', 'creator.a') : profileOf('1002', 'creator.b') });
    });
    vettok.pages.set(
      AFFILIATE,
      `<!doctype html><html><head><title>Creator details</title></head><body><div id="root"></div><script>
        fetch('/api/v1/oec/affiliate/creator/marketplace/profile?cid=1001');
        setTimeout(() => {
          history.pushState({}, '', '/connection/creator/detail?cid=1002');
          fetch('/api/v1/oec/affiliate/creator/marketplace/profile?cid=1002');
        }, 300);
      </script></body></html>`,
    );
    const page = await vettok.open(`${AFFILIATE}?cid=1001`);
    const overlay = overlayOf(page).getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-handle'), { timeout: 10_000 }).toBe('creator.b');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
    await sleep(3_500); // A's response has arrived by now
    expect(await overlay.getAttribute('data-handle')).toBe('creator.b');
    expect(page.url()).toBe(`${AFFILIATE}?cid=1002`);
    expect((await popupHandle(`${AFFILIATE}?cid=1002`)).split('|')[0]).toBe('creator.b');
    await page.close();
    await vettok.context.unroute('**/creator/marketplace/profile**');
  });

  it('popup and badge forget the creator once the tab moves on (the feed, another creator)', async () => {
    const page = await vettok.open('https://www.tiktok.com/@jelly.here10');
    await expect.poll(() => overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    const [handle, badge] = (await popupHandle('https://www.tiktok.com/@jelly.here10')).split('|');
    expect(handle).toBe('jelly.here10');
    expect(badge).toMatch(/^\d+$/);

    // In-app to the feed: no creator, no creator badge.
    await page.evaluate(() => history.pushState({}, '', '/foryou'));
    await expect.poll(() => popupHandle('https://www.tiktok.com/foryou')).toBe('none|');
    // Back to @jelly.here10 and then to another creator whose page is not read yet.
    await page.goto('https://www.tiktok.com/@jelly.here10');
    await expect.poll(() => overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await page.evaluate(() => history.pushState({}, '', '/@someone.else'));
    await expect.poll(async () => (await popupHandle('https://www.tiktok.com/@someone.else')).split('|')[0]).not.toBe('jelly.here10');
    await page.close();
  });

  it('the page sees native-looking fetch and XMLHttpRequest.open, with their own names', async () => {
    const page = await vettok.open('https://www.tiktok.com/@jelly.here10');
    await expect.poll(() => overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    // From the page's own world.
    const seen = await page.evaluate(() => ({
      fetch: Function.prototype.toString.call(window.fetch),
      open: Function.prototype.toString.call(XMLHttpRequest.prototype.open),
      names: [window.fetch.name, XMLHttpRequest.prototype.open.name],
    }));
    console.log(`[security] what the page sees of the wrapped functions: ${JSON.stringify(seen)}`);
    expect(seen.fetch).toContain('[native code]');
    expect(seen.open).toContain('[native code]');
    expect(seen.names).toEqual(['fetch', 'open']);
    for (const text of [seen.fetch, seen.open]) expect(text).not.toMatch(/publish|postMessage|feed|vettok/i);
    await page.close();
  });

  it('a record stored before the field rules (an entry dated 1e20): the list shows the rest and names it, with fix and remove', async () => {
    const page = await vettok.open('https://www.tiktok.com/@jelly.here10');
    await expect.poll(() => overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    const panel = await vettok.openExtensionPage('sidepanel.html');
    // Written straight into the extension's IndexedDB, as an import before the shared rules could,
    // in the stored layout of entries (lib/db/entry-layout.ts: chunks per list by a hash of the
    // handle, a directory by id, a summary per list).
    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const hash = (text: string) => {
            let h = 0x811c9dc5;
            for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
            return h;
          };
          const entries = [
            { id: 'old-entry', listId: 'old-list', handle: 'jelly.here10', status: 'scouting', priority: 0, tags: [], note: '', addedAt: 1e20, view: null },
            { id: 'good-entry', listId: 'old-list', handle: 'alcaldiasa', status: 'contacted', priority: 1, tags: [], note: '', addedAt: 1_764_000_000_000, view: null },
            { id: 'bad-priority', listId: 'old-list', handle: 'third.creator', status: 'scouting', priority: 9, tags: [], note: '', addedAt: 1_764_000_000_000, view: null },
          ];
          const open = indexedDB.open('vettok');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['shortlists', 'entryChunks', 'entryDirectory', 'listSummaries'], 'readwrite');
            tx.objectStore('shortlists').put({ id: 'old-list', name: 'Q4', createdAt: 1_764_000_000_000, archived: false });
            const chunks = new Map<number, { listId: string; slot: number; ids: string[]; handles: string[]; texts: string[] }>();
            for (const e of entries) {
              const slot = hash(e.handle) % 256;
              const chunk = chunks.get(slot) ?? { listId: 'old-list', slot, ids: [], handles: [], texts: [] };
              chunk.ids.push(e.id);
              chunk.handles.push(e.handle);
              chunk.texts.push(JSON.stringify(e));
              chunks.set(slot, chunk);
            }
            for (const chunk of chunks.values()) tx.objectStore('entryChunks').put(chunk);
            for (const e of entries) {
              const store = tx.objectStore('entryDirectory');
              const read = store.get(hash(e.id) % 256);
              read.onsuccess = () => {
                const bucket = read.result ?? { bucket: hash(e.id) % 256, ids: [], lists: [], handles: [] };
                store.put({ ...bucket, ids: [...bucket.ids, e.id], lists: [...bucket.lists, e.listId], handles: [...bucket.handles, e.handle] });
              };
            }
            tx.objectStore('listSummaries').put({ listId: 'old-list', count: 3, newest: entries.map((e) => JSON.stringify(e)) });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await panel.reload();
    const rows = panel.getByTestId('shortlist-row');
    const bad = panel.getByTestId('bad-record');
    // The list shows its good entry, and names the two it cannot show; import and export stay.
    await expect.poll(() => bad.count()).toBe(2);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await panel.getByTestId('view-failed').count()).toBe(0);
    expect(await panel.getByTestId('export-json').isVisible()).toBe(true);
    const dated = panel.locator('[data-testid=bad-record][data-record-id=old-entry]');
    expect(await dated.textContent()).toContain('@jelly.here10');
    expect(await dated.textContent()).toContain('addedAt');
    // A date out of range is mended (to now: an entry must have one); a priority of 9 can only go.
    expect(await panel.locator('[data-record-id=bad-priority] [data-testid=bad-record-fix]').count()).toBe(0);
    await dated.getByTestId('bad-record-fix').click();
    await expect.poll(() => rows.count()).toBe(2);
    await panel.locator('[data-record-id=bad-priority] [data-testid=bad-record-remove]').click();
    await expect.poll(() => panel.getByTestId('bad-records').count()).toBe(0);
    expect(await rows.count()).toBe(2);
    await Promise.all([panel.close(), page.close()]);
  });
});
