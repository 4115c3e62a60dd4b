import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { launchVettok, pageWithUserDetail, type Vettok } from './browser';
import { contentWorld, overlayOf } from './overlay-probe';

/** Reading real pages of every kind, as the merchant browses them. */
describe('reading creator pages in Chromium', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('follows an in-app navigation to another profile and never shows the first creator’s numbers', async () => {
    const page = await vettok.open('https://www.tiktok.com/@jelly.here10');
    const card = overlayOf(page);
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
    expect(await card.getByTestId('overlay-followers').getAttribute('data-value')).toBe('3666');

    // Every state the card passes through, sampled on each change of its (closed) shadow root from
    // Vettok's own content-script world, where the root can be opened.
    const world = await contentWorld(page);
    await world.evaluate(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('vettok-overlay') as HTMLElement)!;
      const observed: string[] = [];
      const sample = () => {
        const card = root.querySelector('[data-testid=vettok-overlay]');
        const followers = root.querySelector('[data-testid=overlay-followers]');
        observed.push(`${card?.getAttribute('data-handle')}|${card?.getAttribute('data-state')}|${followers?.getAttribute('data-value') ?? ''}`);
      };
      new MutationObserver(sample).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      sample();
      (globalThis as { __observed?: string[] }).__observed = observed;
    }, null);

    // As TikTok does, from the page's own world: swap the profile content and push the new URL; the
    // embedded JSON in <head> keeps describing @jelly.here10.
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.getElementById('main-content-others_homepage')!.replaceWith(
        document.importNode(next.getElementById('main-content-others_homepage')!, true),
      );
      document.title = next.title;
      history.pushState({}, '', '/@alcaldiasa');
    }, fixtureText('profile-alcaldiasa-2026-05-universal-data.html'));
    const observed = () => world.evaluate(() => (globalThis as { __observed?: string[] }).__observed ?? [], null);
    await expect.poll(async () => (await observed()).at(-1)).toMatch(/^alcaldiasa\|ready\|/);
    const seen = await observed();

    expect(seen.at(-1)).toMatch(/^alcaldiasa\|ready\|/);
    expect(seen.filter((s) => s.startsWith('alcaldiasa') && s.endsWith('|3666'))).toEqual([]);
    // The DOM shows "38.5K": an abbreviated figure, reported as such.
    const followers = card.getByTestId('overlay-followers');
    expect(Number(await followers.getAttribute('data-value'))).toBeGreaterThanOrEqual(38_450);
    expect(Number(await followers.getAttribute('data-value'))).toBeLessThan(38_550);
    expect(await followers.getAttribute('data-exact')).toBe('false');
  });

  it('loads the overlay after an in-app navigation from the feed to a profile, without a reload', async () => {
    // As TikTok's feed is before its scripts run: a shell with no creator data and no overlay.
    vettok.pages.set(
      'https://www.tiktok.com/foryou',
      '<!doctype html><html><head><title>For You | TikTok</title></head><body><div id="app"><main id="main-content-homepage_hot"></main></div></body></html>',
    );
    const page = await vettok.open('https://www.tiktok.com/foryou');
    await page.waitForTimeout(300);
    expect(await page.locator('vettok-overlay').count()).toBe(0);
    // The background follows the tab's URL and loads the overlay script into the page.
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.getElementById('main-content-homepage_hot')!.replaceWith(document.importNode(next.getElementById('main-content-others_homepage')!, true));
      document.title = next.title;
      history.pushState({}, '', '/@jelly.here10');
    }, fixtureText('profile-jelly.here10-2026-04-universal-data.html'));
    const overlay = overlayOf(page).getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-handle')).toBe('jelly.here10');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
    await expect.poll(() => overlay.getAttribute('data-score')).toBe('shown');
    expect(await page.locator('vettok-overlay').count()).toBe(1);
  });

  it('adds per-view engagement from the item_list response the page fetches', async () => {
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    vettok.pages.set('https://www.tiktok.com/@zg.520', pageWithUserDetail(detail));
    vettok.responses.set('https://www.tiktok.com/api/post/item_list', fixtureText('api-item-list-zg.520-2025-10.json'));
    const page = await vettok.open('https://www.tiktok.com/@zg.520');
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    expect(await card.getByTestId('overlay-followers').getAttribute('data-value')).toBe('427682');
    expect(await card.locator('[data-testid=overlay-videos] [data-video-id]').count()).toBe(0);

    await page.evaluate(() => fetch('/api/post/item_list/?secUid=x&count=35&cursor=0').then((r) => r.json()));
    const video = card.locator('[data-testid=overlay-videos] [data-video-id="7513039993741397256"]');
    await expect.poll(() => video.count()).toBe(1);
    // (68,300 likes + 1,502 comments + 2,528 shares) / 1,900,000 views = 3.81%
    expect(Number(await video.getAttribute('data-engagement'))).toBeCloseTo(72_330 / 1_900_000, 6);
    expect(await video.getAttribute('data-pinned')).toBe('true');
  });

  it('ignores an item_list response for another creator', async () => {
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    detail.userInfo.user.uniqueId = 'someone.else';
    vettok.pages.set('https://www.tiktok.com/@someone.else', pageWithUserDetail(detail));
    const page = await vettok.open('https://www.tiktok.com/@someone.else');
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await page.evaluate(() => fetch('/api/post/item_list/?count=35').then((r) => r.json()));
    await page.waitForTimeout(500);
    expect(await card.locator('[data-testid=overlay-videos] [data-video-id]').count()).toBe(0);
  });

  it('shows the 30 recent videos of a SIGI_STATE-era page', async () => {
    const page = await vettok.open('https://www.tiktok.com/@dylanlemay');
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    expect(await card.getByTestId('vettok-overlay').getAttribute('data-handle')).toBe('dylanlemay');
    expect(await card.getByTestId('overlay-videos').getAttribute('data-count')).toBe('30');
    expect(await card.getByTestId('overlay-confidence').getAttribute('data-value')).toBe('full');
  });

  it('vets the author of a video page, marked as lower confidence', async () => {
    const page = await vettok.open('https://www.tiktok.com/@w..corporation/video/7606836476323597588');
    const card = overlayOf(page);
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
    expect(await overlay.getAttribute('data-handle')).toBe('w..corporation');
    expect(await overlay.getAttribute('data-compact')).toBe('true');
    expect(await card.getByTestId('overlay-confidence').getAttribute('data-value')).not.toBe('full');
  });

  it('keeps the keyboard on the card: Enter on its toggle collapses and expands it, and the toggle keeps focus', async () => {
    const page = await vettok.open('https://www.tiktok.com/@jelly.here10');
    const card = overlayOf(page);
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-score')).toBe('shown');
    const world = await contentWorld(page);
    // The card is rebuilt on each change; what has focus is read inside its closed root.
    const focused = () =>
      world.evaluate(() => {
        const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('vettok-overlay') as HTMLElement)!;
        const active = root.activeElement as HTMLElement | null;
        return active ? `${active.dataset['testid']}|${active.getAttribute('aria-expanded')}` : null;
      }, null);
    await world.evaluate(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('vettok-overlay') as HTMLElement)!;
      root.querySelector<HTMLElement>('[data-testid=overlay-toggle]')!.focus();
    }, null);
    expect(await focused()).toBe('overlay-toggle|true');

    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByTestId('overlay-score').count()).toBe(0);
    expect(await focused()).toBe('overlay-toggle|false');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByTestId('overlay-score').count()).toBe(1);
    expect(await focused()).toBe('overlay-toggle|true');
  });

  it('says a captcha shell cannot be read', async () => {
    vettok.pages.set(
      'https://www.tiktok.com/@captcha.shell',
      '<!doctype html><html><head><title>Security Check</title></head><body><div class="captcha_verify_container"></div></body></html>',
    );
    const page = await vettok.open('https://www.tiktok.com/@captcha.shell');
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('unreadable');
    expect(await card.getByTestId('overlay-unreadable').getAttribute('data-reason')).toBe('blocked');
  });

  it('reads the Affiliate Center creator profile response the page receives', async () => {
    vettok.pages.set(
      'https://affiliate.tiktok.com/connection/creator/detail',
      `<!doctype html><html><head><title>Creator details</title></head><body><div id="root"></div>
       <script>fetch('/api/v1/oec/affiliate/creator/marketplace/profile?user_id=1').then((r) => r.json());</script></body></html>`,
    );
    vettok.responses.set(
      'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile',
      fixtureText('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json'),
    );
    const page = await vettok.open('https://affiliate.tiktok.com/connection/creator/detail?cid=7495881263612856625');
    const card = overlayOf(page);
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
    expect(await overlay.getAttribute('data-handle')).toBe('emthuythuyyy');
    expect(await card.getByTestId('overlay-confidence').getAttribute('data-value')).toBe('commerce');
  });
});
