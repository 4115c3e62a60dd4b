import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { contentWorld, ShadowLocator } from './overlay-probe';
import { chipsOf, clickChip, followerDialogPage, listBody, listFixture, listPage, listScript } from './scout-pages';

/**
 * Scout mode in real Chromium: list responses replayed into list pages (real captures for search,
 * the follower list and the feed; the reconstructed marketplace response), chips beside the right
 * creators with their own exact counts, and the bar's bulk adds landing in the side panel.
 */

const SEARCH = 'https://www.tiktok.com/search';
const FOLLOWERS = 'https://www.tiktok.com/@scout.followers.page';
/** A profile with its follower list open in a dialog whose list scrolls in its own box. */
const FOLLOWER_DIALOG = 'https://www.tiktok.com/@scout.dialog.page';
const FEED = 'https://www.tiktok.com/foryou';
const MARKETPLACE = 'https://affiliate.tiktok.com/connection/creator';
/** A TikTok page no list script matches (lib/scout/list-pages.ts). */
const LIVE = 'https://www.tiktok.com/live';

const barOf = (page: Page) => new ShadowLocator(page, 'vettok-scout-bar', [], null);

describe('scout mode: chips on list pages', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
    vettok.pages.set(SEARCH, listPage('search', '/api/search/general/full/?keyword=TikTok&offset=0'));
    // The TikTok body inside the capture's TikHub envelope, as www.tiktok.com sends it.
    vettok.responses.set('https://www.tiktok.com/api/search/general/full', listBody('api-search-general-keyword-tiktok-tikhub-2026-02.json', 'search-general-tiktok-2026-02.trimmed.json'));
    vettok.pages.set(FOLLOWERS, listPage('users', '/api/user/list/?scene=67&count=30'));
    vettok.responses.set('https://www.tiktok.com/api/user/list', listBody('api-user-list-followers-us-2025-10.json', 'user-list-followers-us-2025-10.trimmed.json'));
    vettok.pages.set(FOLLOWER_DIALOG, followerDialogPage(['/api/user/list/?scene=21&count=30', '/api/user/list/?scene=67&count=30']));
    // The following list (scene 21) from the same endpoint: its own real capture.
    const following = listBody('api-user-list-following-us-2025-10.json', 'user-list-following-us-2025-10.trimmed.json');
    await vettok.context.route(/\/api\/user\/list\/?\?(.*&)?scene=21(&|$)/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: following }));
    vettok.pages.set(FEED, listPage('feed', '/api/recommend/item_list/?count=9'));
    vettok.responses.set('https://www.tiktok.com/api/recommend/item_list', listFixture('feed-items.trimmed.json'));
    vettok.pages.set(MARKETPLACE, listPage('marketplace', '/api/v1/oec/affiliate/creator/marketplace/find?user_language=en', 'POST'));
    vettok.responses.set('https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find', listFixture('marketplace-find-vn.reconstructed.json'));
    vettok.pages.set(LIVE, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LIVE | TikTok</title></head><body><main id="list"></main></body></html>');
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('search results: a chip beside each of the 12 creators, each with its own exact count, moving nothing', async () => {
    const page = await vettok.open(`${SEARCH}?q=TikTok`);
    await expect.poll(async () => (await chipsOf(page)).length, { timeout: 15_000 }).toBe(12);
    const chips = await chipsOf(page);
    for (const chip of chips) expect(chip.besideHandle).toBe(chip.handle);
    const airat = chips.find((c) => c.handle === 'airatafridi40')!;
    // authorStatsV2.followerCount "6793" in the capture; counts alone → provisional (lib/scoring/provisional.ts).
    expect(airat.evidence).toContain('Followers: 6,793');
    expect(airat.provisional).toBe('true');
    expect(airat.label.startsWith('Provisional')).toBe(true);
    expect(airat.tier).toBe('nano');
    // The user card's rounded 92.7M is said to be rounded.
    expect(chips.find((c) => c.handle === 'tiktok')!.evidence).toContain('Followers: about 92,700,000 (rounded by TikTok)');
    // No layout shift: every card sits exactly where it was before the chips came.
    const [before, after] = await page.evaluate(() => [(window as unknown as { rendered: number[][] }).rendered, (window as unknown as { cardRects(): number[][] }).cardRects()]);
    expect(after).toEqual(before);

    // Hovering shows the evidence (README screenshot: UPDATE_SCREENSHOTS=1 refreshes docs/scout.png).
    await page.setViewportSize({ width: 900, height: 560 });
    await clickChip(page, 'arafat_islam210', 'scout-open', true);
    await page.waitForTimeout(200);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/scout.png' });
    if (process.env['UPDATE_SCREENSHOTS']) copyFileSync('test-results/scout.png', 'docs/scout.png');
    await page.close();
  });

  it('an in-app navigation from a page without the list script (/live) to search: chips appear', async () => {
    const page = await vettok.open(LIVE);
    // As TikTok's app does: the URL changes (pushState), then the page fetches the list and renders it.
    await page.evaluate(() => history.pushState({}, '', '/search?q=TikTok'));
    await page.addScriptTag({ content: listScript('search', '/api/search/general/full/?keyword=TikTok&offset=0') });
    await expect.poll(async () => (await chipsOf(page).catch(() => [])).length, { timeout: 15_000 }).toBe(12);
    for (const chip of await chipsOf(page)) expect(chip.besideHandle).toBe(chip.handle);
    await page.close();
  });

  it('a follower list: chips from each entry\'s own stats', async () => {
    const page = await vettok.open(FOLLOWERS);
    await expect.poll(async () => (await chipsOf(page)).map((c) => c.handle).sort(), { timeout: 15_000 }).toEqual(
      // The two entries of the capture.
      ['user3386115433738', 'waankutaaera'],
    );
    const chips = await chipsOf(page);
    // statsV2.followerCount "5472", heartCount "211339".
    const first = chips.find((c) => c.handle === 'waankutaaera')!;
    expect(first.evidence).toEqual(expect.arrayContaining(['Followers: 5,472', 'Likes: 211,339']));
    for (const chip of chips) expect(chip.besideHandle).toBe(chip.handle);
    await page.close();
  });

  it('a follower list in a dialog that scrolls in its own box: each chip stays beside its own creator as the list scrolls', async () => {
    const page = await vettok.open(FOLLOWER_DIALOG);
    await expect.poll(async () => (await chipsOf(page)).length, { timeout: 15_000 }).toBe(4);
    const world = await contentWorld(page);
    /**
     * Each chip, the link its host follows in the DOM, whether the chip is painted and whether its
     * link's middle (where the chip sits) shows in the list's box; and what is painted at the chip's place.
     */
    const probe = () =>
      world.evaluate(() => {
        const list = document.getElementById('list')!.getBoundingClientRect();
        return [...document.querySelectorAll('vettok-chip')].map((host) => {
          const chip = chrome.dom.openOrClosedShadowRoot(host as HTMLElement)!.querySelector<HTMLElement>('[data-testid=scout-chip]')!;
          const link = host.previousElementSibling as HTMLAnchorElement;
          const c = chip.getBoundingClientRect();
          const l = link.getBoundingClientRect();
          // The chip's place: just right of its link, at the link's middle.
          const cx = l.right + 4 + c.width / 2;
          const cy = l.top + l.height / 2;
          return {
            handle: chip.dataset['handle']!,
            linkHandle: new URL(link.href).pathname.slice(2),
            linkShown: l.bottom > list.top && l.top < list.bottom,
            middleShown: cy > list.top && cy < list.bottom,
            painted: getComputedStyle(chip).visibility === 'visible',
            dx: Math.round(c.left - (l.right + 4)),
            dy: Math.round(c.top + c.height / 2 - cy),
            hitsChip: document.elementFromPoint(cx, cy) === host,
          };
        });
      }, null);
    const besideTheirLinks = async () => {
      const chips = await probe();
      // Every chip painted is beside its own link, and every chip whose place the box shows is painted.
      const painted = chips.filter((c) => c.painted);
      return (
        painted.length > 0 &&
        painted.every((c) => c.handle === c.linkHandle && Math.abs(c.dx) <= 2 && Math.abs(c.dy) <= 2) &&
        chips.filter((c) => c.middleShown).every((c) => c.painted)
      );
    };
    await expect.poll(besideTheirLinks).toBe(true);
    // No layout shift: the rows sit where they were before the chips came.
    const [before, after] = await page.evaluate(() => [(window as unknown as { rendered: number[][] }).rendered, (window as unknown as { cardRects(): number[][] }).cardRects()]);
    expect(after).toEqual(before);

    // The merchant scrolls the list (the wheel over it), 100 px.
    const box = (await page.locator('#list').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 100);
    await expect.poll(() => page.evaluate(() => document.getElementById('list')!.scrollTop)).toBe(100);
    await expect.poll(besideTheirLinks).toBe(true);
    const chips = await probe();
    expect(chips.filter((c) => c.linkShown).map((c) => c.handle).length).toBeGreaterThanOrEqual(2);
    // A chip whose creator scrolled out of the list's box (the first: its place is now over the
    // dialog's header) is not painted there.
    const out = chips.filter((c) => !c.middleShown);
    expect(out.length).toBeGreaterThanOrEqual(1);
    for (const chip of out) expect(chip.hitsChip).toBe(false);
    // One whose link the box no longer shows at all is not painted, nor moved while it stays so.
    const gone = chips.filter((c) => !c.linkShown);
    expect(gone.length).toBeGreaterThanOrEqual(1);
    for (const chip of gone) expect(chip.painted).toBe(false);
    // Visible, for "add all visible", is what the list's box shows.
    const shown = chips.filter((c) => c.linkShown).length;
    await expect.poll(() => barOf(page).getByTestId('scout-add-visible').textContent(), { timeout: 5_000 }).toBe(`Add all visible (${shown})`);
    await page.close();
  });

  it('the For You feed: one chip per video author', async () => {
    const page = await vettok.open(FEED);
    await expect.poll(async () => (await chipsOf(page)).map((c) => c.handle).sort(), { timeout: 15_000 }).toEqual(['justbeminnie', 'minnakowaikarayada7', 'stprinfo', 'zg.520']);
    const chips = await chipsOf(page);
    // justbeminnie: authorStatsV2.followerCount "1224".
    expect(chips.find((c) => c.handle === 'justbeminnie')!.evidence).toContain('Followers: 1,224');
    for (const chip of chips) expect(chip.besideHandle).toBe(chip.handle);
    await page.close();
  });

  it('"add all visible" puts every creator of the page in a list, shown in the side panel; undo takes them out', async () => {
    const page = await vettok.open(FOLLOWERS);
    const bar = barOf(page);
    await expect.poll(() => bar.getByTestId('scout-add-visible').isDisabled(), { timeout: 15_000 }).toBe(false);
    await bar.getByTestId('scout-add-visible').click();
    await expect.poll(() => bar.getByTestId('scout-status').getAttribute('data-state')).toBe('added');
    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.locator('[data-testid=shortlist-row]').count()).toBe(2);
    await bar.getByTestId('scout-undo').click();
    await expect.poll(() => panel.locator('[data-testid=shortlist-row]').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('the Affiliate Center marketplace list (reconstructed response): chips by handle text, "add selected"', async () => {
    const page = await vettok.open(`${MARKETPLACE}?shop_region=VN`);
    await expect.poll(async () => (await chipsOf(page)).map((c) => c.handle).sort(), { timeout: 15_000 }).toEqual(['bepnhaminh', 'emthuythuyyy', 'linh.reviews.hn']);
    const chips = await chipsOf(page);
    for (const chip of chips) expect(chip.besideHandle).toBe(chip.handle);
    expect(chips.find((c) => c.handle === 'emthuythuyyy')!.evidence).toEqual(expect.arrayContaining(['Followers: 124,062', 'Units sold: 1,263', 'Market: VN']));
    // The hostile nickname stayed text: the page's title was never changed by it.
    expect(await page.title()).toBe('TikTok');
    await clickChip(page, 'emthuythuyyy', 'scout-select');
    await clickChip(page, 'bepnhaminh', 'scout-select');
    const bar = barOf(page);
    await expect.poll(() => bar.getByTestId('scout-add-selected').textContent()).toBe('Add selected (2)');
    await bar.getByTestId('scout-add-selected').click();
    await expect.poll(() => bar.getByTestId('scout-status').getAttribute('data-state')).toBe('added');
    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(async () => (await panel.locator('[data-testid=shortlist-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-handle')))).sort()).toEqual(['bepnhaminh', 'emthuythuyyy']);
    await panel.close();
    await page.close();
  });
});

describe('scout mode: the side panel\'s Scouted view', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
    vettok.pages.set(SEARCH, listPage('search', '/api/search/general/full/?keyword=TikTok&offset=0'));
    vettok.responses.set('https://www.tiktok.com/api/search/general/full', listBody('api-search-general-keyword-tiktok-tikhub-2026-02.json', 'search-general-tiktok-2026-02.trimmed.json'));
    vettok.pages.set(MARKETPLACE, listPage('marketplace', '/api/v1/oec/affiliate/creator/marketplace/find', 'POST'));
    vettok.responses.set('https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find', listFixture('marketplace-find-vn.reconstructed.json'));
  });
  afterAll(async () => {
    await vettok?.close();
  });

  const rowsOf = (panel: Page) =>
    panel.locator('[data-testid=scouted-row]').evaluateAll((els) =>
      els.map((e) => ({ handle: e.getAttribute('data-handle')!, score: e.getAttribute('data-score')!, tier: e.getAttribute('data-tier')! })),
    );

  it('lists everyone seen, sorts by score and filters by tier and market; a clicked chip opens its creator', async () => {
    const search = await vettok.open(`${SEARCH}?q=TikTok`);
    await expect.poll(async () => (await chipsOf(search)).length, { timeout: 15_000 }).toBe(12);
    const market = await vettok.open(MARKETPLACE);
    await expect.poll(async () => (await chipsOf(market)).length, { timeout: 15_000 }).toBe(3);

    const panel = await vettok.openExtensionPage('sidepanel.html#scouted');
    await expect.poll(async () => (await rowsOf(panel)).length).toBe(15);
    const rows = await rowsOf(panel);
    // Sorted by score, high to low; creators without a score last.
    const scores = rows.map((r) => (r.score === '' ? -1 : Number(r.score)));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBeGreaterThan(1);

    await panel.getByTestId('scouted-sort').selectOption('scoreAsc');
    const ascending = (await rowsOf(panel)).filter((r) => r.score !== '').map((r) => Number(r.score));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await panel.getByTestId('scouted-tier').selectOption('nano');
    // Under 10,000 followers (lib/scoring/tier.ts): airatafridi40 (6,793), nimrajani005 (2,149),
    // user2617125334535 (780), linh.reviews.hn (8,120).
    await expect.poll(async () => (await rowsOf(panel)).map((r) => r.handle).sort()).toEqual(['airatafridi40', 'linh.reviews.hn', 'nimrajani005', 'user2617125334535']);
    await panel.getByTestId('scouted-tier').selectOption('all');
    await panel.getByTestId('scouted-market').selectOption('VN');
    await expect.poll(async () => (await rowsOf(panel)).map((r) => r.handle).sort()).toEqual(['bepnhaminh', 'emthuythuyyy', 'linh.reviews.hn']);

    // Add the shown ones in bulk; they land in the Shortlists tab.
    await panel.getByTestId('scouted-select-all').click();
    await panel.getByTestId('scouted-add').click();
    await expect.poll(() => panel.getByTestId('scouted-notice').textContent()).toContain('Added 3');

    // A chip's click opens that creator in the Scouted view.
    await clickChip(search, 'zhouedits', 'scout-open');
    await expect.poll(() => panel.locator('[data-testid=scouted-row][data-focused=true]').getAttribute('data-handle')).toBe('zhouedits');
    await panel.getByTestId('tab-shortlists').click();
    await expect.poll(async () => (await panel.locator('[data-testid=shortlist-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-handle')))).sort()).toEqual(['bepnhaminh', 'emthuythuyyy', 'linh.reviews.hn']);
  });
});

describe('scout mode: one language, the Settings language', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    // A Chinese browser whose merchant chose English in Settings: every chip text in English.
    vettok = await launchVettok({ browserLanguage: 'zh-CN' });
    vettok.pages.set(SEARCH, listPage('search', '/api/search/general/full/?keyword=TikTok&offset=0'));
    vettok.responses.set('https://www.tiktok.com/api/search/general/full', listBody('api-search-general-keyword-tiktok-tikhub-2026-02.json', 'search-general-tiktok-2026-02.trimmed.json'));
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('chips, their evidence and the bar follow Settings, not the browser, and switch with it', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html#settings');
    await panel.getByTestId('settings-language').selectOption('en');
    await expect.poll(() => panel.getByTestId('tab-shortlists').textContent()).toBe('Shortlists');
    const page = await vettok.open(`${SEARCH}?q=TikTok`);
    await expect.poll(async () => (await chipsOf(page)).length, { timeout: 15_000 }).toBe(12);
    const airat = (await chipsOf(page)).find((c) => c.handle === 'airatafridi40')!;
    expect(airat.label.startsWith('Provisional')).toBe(true);
    expect(airat.evidence).toContain('Followers: 6,793');
    await expect.poll(() => barOf(page).getByTestId('scout-count').textContent()).toBe('12 creators on this page');

    // Settings → 简体中文: the next page's chips and bar are in Chinese (scout.zh-CN.ts).
    await panel.getByTestId('settings-language').selectOption('zh-CN');
    await expect.poll(() => panel.getByTestId('tab-shortlists').textContent()).toBe('候选名单');
    await page.reload();
    await expect.poll(async () => (await chipsOf(page)).find((c) => c.handle === 'airatafridi40')?.evidence ?? [], { timeout: 15_000 }).toContain('粉丝：6,793');
    expect((await chipsOf(page)).find((c) => c.handle === 'airatafridi40')!.label.startsWith('暂定')).toBe(true);
    await expect.poll(() => barOf(page).getByTestId('scout-count').textContent()).toBe('本页 12 位达人');
    await page.close();
    await panel.close();
  });
});
