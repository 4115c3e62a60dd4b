import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { pageWithUserDetail } from '../e2e/browser';
import { listBody, listPage } from '../e2e/scout-pages';
import { launchFirefoxVettok, type FirefoxVettok } from './firefox';

/** What the card shows, read in Vettok's content-script world (sent as source: self-contained). */
interface CardView {
  handle: string | null;
  state: string | null;
  score: string | null;
  compact: string | null;
  followers: string | null;
  exact: string | null;
  scoreValue: string | null;
  confidence: string | null;
  videos: { id: string | null; engagement: string | null }[];
  scripts: number;
  images: string[];
  links: string[];
  text: string;
}

function readCard(): CardView | null {
  const host = document.querySelector('vettok-overlay') as (HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }) | null;
  const root = host?.openOrClosedShadowRoot ?? null;
  const card = root?.querySelector('[data-testid=vettok-overlay]');
  if (!root || !card) return null;
  const attr = (testId: string, name: string) => root.querySelector(`[data-testid=${testId}]`)?.getAttribute(name) ?? null;
  return {
    handle: card.getAttribute('data-handle'),
    state: card.getAttribute('data-state'),
    score: card.getAttribute('data-score'),
    compact: card.getAttribute('data-compact'),
    followers: attr('overlay-followers', 'data-value'),
    exact: attr('overlay-followers', 'data-exact'),
    scoreValue: attr('overlay-score', 'data-value'),
    confidence: attr('overlay-confidence', 'data-value'),
    videos: [...root.querySelectorAll('[data-testid=overlay-videos] [data-video-id]')].map((v) => ({
      id: v.getAttribute('data-video-id'),
      engagement: v.getAttribute('data-engagement'),
    })),
    scripts: root.querySelectorAll('script').length,
    images: [...root.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''),
    links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    text: root.textContent ?? '',
  };
}

/** Clicks the card's button with this test id (a click event in the content-script world). */
function clickOnCard(testId: string): boolean {
  const host = document.querySelector('vettok-overlay') as (HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }) | null;
  const button = host?.openOrClosedShadowRoot?.querySelector(`[data-testid=${testId}]`);
  if (!(button instanceof HTMLElement)) return false;
  button.click();
  return true;
}

function addStatus(): string | null {
  const host = document.querySelector('vettok-overlay') as (HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }) | null;
  return host?.openOrClosedShadowRoot?.querySelector('[data-testid=overlay-add-status]')?.getAttribute('data-state') ?? null;
}

/** Scout mode's chips on a list page, read in Vettok's content-script world (each chip's evidence built by a focus, as a keyboard user's would). */
function readChips(): { handle: string; provisional: string; evidence: string[]; beside: string | null }[] {
  return [...document.querySelectorAll('vettok-chip')].map((host) => {
    const root = (host as HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
    const chip = root?.querySelector<HTMLElement>('[data-testid=scout-chip]') ?? null;
    chip?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    chip?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    return {
      handle: chip?.getAttribute('data-handle') ?? '',
      provisional: chip?.getAttribute('data-provisional') ?? '',
      evidence: [...(root?.querySelectorAll('[data-testid=scout-evidence] div') ?? [])].map((d) => d.textContent ?? ''),
      beside: host.previousElementSibling?.getAttribute('href') ?? null,
    };
  });
}

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';
const DYLAN = 'https://www.tiktok.com/@dylanlemay';
const VIDEO = 'https://www.tiktok.com/@w..corporation/video/7606836476323597588';
const HOSTILE = 'https://www.tiktok.com/@hostile.bio';

describe('Vettok in real Firefox', () => {
  let vettok: FirefoxVettok;
  const card = (url: string) => vettok.inContentWorld(url, readCard, null).catch(() => null);

  beforeAll(async () => {
    vettok = await launchFirefoxVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  // Expected figures are the pages' own embedded data (as in the Chromium specs): jelly.here10's
  // user-detail says 3,666 followers, alcaldiasa's 38,490; dylanlemay's 2023 SIGI_STATE stores
  // 11,200,000 (that era's figures are display-rounded at the source: tests/unit/readers/real-fixtures.test.ts).
  it.each([
    [JELLY, 'jelly.here10', '3666', true],
    [ALCALDIA, 'alcaldiasa', '38490', true],
    [DYLAN, 'dylanlemay', '11200000', false],
  ])('shows the right creator with the page’s followers and a score on %s', async (url, handle, followers, exact) => {
    const page = await vettok.open(url);
    await expect.poll(async () => (await card(url))?.score).toBe('shown');
    const view = (await card(url))!;
    expect(view.handle).toBe(handle);
    expect(view.state).toBe('ready');
    expect(view.followers).toBe(followers);
    expect(view.exact !== 'false').toBe(exact);
    expect(view.scoreValue).toMatch(/^\d{1,3}$/);
    await page.close();
  });

  it('vets the author of a video page, compact and at lower confidence', async () => {
    const page = await vettok.open(VIDEO);
    await expect.poll(async () => (await card(VIDEO))?.state).toBe('ready');
    const view = (await card(VIDEO))!;
    expect(view.handle).toBe('w..corporation');
    expect(view.compact).toBe('true');
    expect(view.confidence).not.toBe('full');
    await page.close();
  });

  it('re-reads the page after an in-app navigation (the background injects the card)', async () => {
    vettok.pages.set(
      'https://www.tiktok.com/foryou',
      '<!doctype html><html><head><title>For You | TikTok</title></head><body><div id="app"><main id="main-content-homepage_hot"></main></div></body></html>',
    );
    const page = await vettok.open('https://www.tiktok.com/foryou');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => document.querySelectorAll('vettok-overlay').length)).toBe(0);
    // As TikTok does, from the page's own world: swap in the profile's content and push its URL.
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.getElementById('main-content-homepage_hot')!.replaceWith(document.importNode(next.getElementById('main-content-others_homepage')!, true));
      document.title = next.title;
      history.pushState({}, '', '/@jelly.here10');
    }, fixtureText('profile-jelly.here10-2026-04-universal-data.html'));
    await expect.poll(async () => (await card(JELLY))?.handle).toBe('jelly.here10');
    await expect.poll(async () => (await card(JELLY))?.score).toBe('shown');
    expect(await page.evaluate(() => document.querySelectorAll('vettok-overlay').length)).toBe(1);
    await page.close();
  });

  it('scout mode: a chip beside each creator of a search results page, with that creator\'s own count', async () => {
    const search = 'https://www.tiktok.com/search?q=TikTok';
    vettok.pages.set('https://www.tiktok.com/search', listPage('search', '/api/search/general/full/?keyword=TikTok&offset=0'));
    vettok.responses.set('https://www.tiktok.com/api/search/general/full', listBody('api-search-general-keyword-tiktok-tikhub-2026-02.json', 'search-general-tiktok-2026-02.trimmed.json'));
    const page = await vettok.open(search);
    const chips = () => vettok.inContentWorld(search, readChips, null).catch(() => []);
    // The capture's 12 creators (as in tests/e2e/scout.e2e.ts).
    await expect.poll(async () => (await chips()).length, { timeout: 20_000 }).toBe(12);
    for (const chip of await chips()) expect(chip.beside).toBe(`/@${chip.handle}`);
    const airat = (await chips()).find((c) => c.handle === 'airatafridi40')!;
    // authorStatsV2.followerCount "6793" in the capture; counts alone → provisional.
    expect(airat.evidence).toContain('Followers: 6,793');
    expect(airat.provisional).toBe('true');
    await page.close();
  });

  it('adds per-view engagement from the item_list response the page fetches (the MAIN-world observer)', async () => {
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    const url = 'https://www.tiktok.com/@zg.520';
    vettok.pages.set(url, pageWithUserDetail(detail));
    vettok.responses.set('https://www.tiktok.com/api/post/item_list', fixtureText('api-item-list-zg.520-2025-10.json'));
    const page = await vettok.open(url);
    await expect.poll(async () => (await card(url))?.state).toBe('ready');
    expect((await card(url))!.followers).toBe('427682');
    await page.evaluate(() => fetch('/api/post/item_list/?secUid=x&count=35&cursor=0').then((r) => r.json()));
    await expect.poll(async () => (await card(url))?.videos.find((v) => v.id === '7513039993741397256')?.engagement ?? null).not.toBeNull();
    const video = (await card(url))!.videos.find((v) => v.id === '7513039993741397256')!;
    // (68,300 likes + 1,502 comments + 2,528 shares) / 1,900,000 views = 3.81%
    expect(Number(video.engagement)).toBeCloseTo(72_330 / 1_900_000, 6);
    await page.close();
  });

  it('adds creators to a shortlist and shows them in the sidebar page; the CSV export has a BOM and their handles', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html');
    for (const [url, handle] of [
      [JELLY, 'jelly.here10'],
      [ALCALDIA, 'alcaldiasa'],
    ] as const) {
      const page = await vettok.open(url);
      await expect.poll(async () => (await card(url))?.score).toBe('shown');
      expect(await vettok.inContentWorld(url, clickOnCard, 'overlay-add')).toBe(true);
      await expect.poll(() => vettok.inContentWorld(url, addStatus, null)).toBe('saved');
      await expect.poll(() => panel.evaluate((h) => document.querySelectorAll(`[data-testid=shortlist-row][data-handle="${h}"]`).length, handle)).toBe(1);
      await page.close();
    }

    // The export builds a Blob and has the browser save it: the Blob as the panel hands it over.
    await panel.evaluate(() => {
      const create = URL.createObjectURL.bind(URL);
      const saved: Blob[] = [];
      (window as unknown as { savedBlobs: Blob[] }).savedBlobs = saved;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) saved.push(blob);
        return create(blob);
      };
      (document.querySelector('[data-testid=export-csv]') as HTMLElement).click();
    });
    await expect.poll(() => panel.evaluate(() => (window as unknown as { savedBlobs: Blob[] }).savedBlobs.length)).toBe(1);
    const csv = await panel.evaluate(async () => {
      const bytes = new Uint8Array(await (window as unknown as { savedBlobs: Blob[] }).savedBlobs[0]!.arrayBuffer());
      return [...bytes];
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(csv));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^(Handle|账号),/);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['alcaldiasa', 'jelly.here10']);
    await panel.close();
  });

  it("the popup's side panel button opens Firefox's sidebar", async () => {
    const page = await vettok.open(JELLY);
    await expect.poll(async () => (await card(JELLY))?.score).toBe('shown');
    const isOpen = () => vettok.inExtensionPage(() => (browser as unknown as { sidebarAction: { isOpen(d: object): Promise<boolean> } }).sidebarAction.isOpen({}), null);
    expect(await isOpen()).toBe(false);
    const popup = await vettok.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid=popup-open-sidepanel]');
    // A real click (WebDriver input), which Firefox counts as the user's action.
    await popup.click('[data-testid=popup-open-sidepanel]');
    await expect.poll(isOpen).toBe(true);
    await page.close();
  });

  it('plans a collaboration deadline: a "due soon" notification now and an alarm for the due time', async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: unknown }> } };
    const ask = (name: string, payload: unknown) =>
      vettok.inExtensionPage(
        async ([n, p]) => {
          const reply = await (browser as unknown as Api).runtime.sendMessage({ vettok: 1, name: n, payload: p });
          if (!reply?.ok) throw new Error(`${n}: ${JSON.stringify(reply)}`);
          return reply.data;
        },
        [name, payload] as const,
      );
    type Reminders = {
      notifications: { onClosed: { addListener(f: (id: string) => void): void } };
      alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
    };
    // Headless Firefox has no notification area: a notification it accepted closes at once, and
    // every extension page hears of it. So a closed id is one the background showed.
    await vettok.inExtensionPage(() => {
      const seen: string[] = [];
      (globalThis as unknown as { shownNotifications: string[] }).shownNotifications = seen;
      (browser as unknown as Reminders).notifications.onClosed.addListener((id) => void seen.push(id));
    }, null);
    const notifications = () => vettok.inExtensionPage(() => (globalThis as unknown as { shownNotifications: string[] }).shownNotifications, null);
    const alarms = () => vettok.inExtensionPage(async () => (await (browser as unknown as Reminders).alarms.getAll()).map((a) => [a.name, a.scheduledTime] as const), null);
    const { collaboration } = (await ask('collab.start', { handle: 'alcaldiasa', invitationId: null })) as { collaboration: { id: string } };
    // A sample received 12 days ago must be posted within 14 calendar days (lib/collaborations/deadlines.ts,
    // TikTok's Sample Integrity Policy): due in 2 days, inside the 3-day "due soon" lead, not yet overdue.
    await ask('collab.update', { id: collaboration.id, patch: { status: 'sample-received', dates: { sampleReceivedAt: Date.now() - 12 * 86_400_000 } } });
    await expect.poll(notifications).toEqual([expect.stringMatching(/sample-posting.*:due-soon$/)]);
    await expect.poll(async () => (await alarms()).filter(([name]) => name.startsWith('collab-reminder:')).length).toBeGreaterThan(0);
    for (const [, at] of await alarms()) expect(at).toBeGreaterThan(Date.now());
  });

  it("keeps a hostile page's text as text: no script runs, no image loads, links go to TikTok over https", async () => {
    const detail = JSON.parse(fixtureText('api-user-detail-zg.520-2025-10.json')).data;
    const user = detail.userInfo.user;
    user.uniqueId = 'hostile.bio';
    user.nickname = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    user.signature = '<a href="javascript:window.__pwned=3">click</a> data:text/html,<script>window.__pwned=4</script>';
    user.bioLink = { link: 'javascript:window.__pwned=5', risk: 0 };
    vettok.pages.set(HOSTILE, pageWithUserDetail(detail, '<script>window.__pwned=6</script>'));
    const page = await vettok.open(HOSTILE);
    await expect.poll(async () => (await card(HOSTILE))?.state).toBe('ready');
    await new Promise((r) => setTimeout(r, 300));
    const view = (await card(HOSTILE))!;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(view.scripts).toBe(0);
    expect(view.images).not.toContain('x');
    for (const href of view.links) {
      const link = new URL(href, 'https://invalid.invalid/');
      expect(link.protocol, href).toBe('https:');
      expect(link.host, href).toMatch(/(^|\.)tiktok\.com$/);
    }

    // Saved, its nickname shows in the sidebar page as the characters it is.
    const panel = await vettok.openExtensionPage('sidepanel.html');
    expect(await vettok.inContentWorld(HOSTILE, clickOnCard, 'overlay-add')).toBe(true);
    const row = '[data-testid=shortlist-row][data-handle="hostile.bio"]';
    await expect.poll(() => panel.evaluate((r) => document.querySelector(r)?.textContent ?? '', row)).toContain('<img src=x onerror=');
    expect(await panel.evaluate((r) => document.querySelector(r)!.querySelectorAll('img[src="x"], script').length, row)).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await panel.close();
    await page.close();
  });

  it('makes no request of its own: nothing left Firefox, and TikTok tabs asked only TikTok hosts', async () => {
    // Every flow above has run (cards, background assessments, shortlists, the sidebar page, export).
    expect(vettok.pageRequests.length).toBeGreaterThan(0);
    const foreign = vettok.pageRequests
      .map((url) => new URL(url).host)
      .filter((host) => !/(^|\.)(tiktok\.com|tiktokcdn\.com|tiktokcdn-us\.com|ttwstatic\.com|tiktokv\.com|ibytedtos\.com|byteoversea\.com|tiktokw\.us|ttdns2\.com|bytedapm\.com)$/.test(host));
    console.log(`[firefox] tab requests: ${vettok.pageRequests.length}; requests that left by another way: ${vettok.escapedRequests.length}`);
    expect([...new Set(foreign)]).toEqual([]);
    expect(vettok.escapedRequests.slice(0, 50)).toEqual([]);
  });
});
