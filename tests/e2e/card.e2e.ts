import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { launchVettok, REAL_PAGES, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * TikTok's own controls on the page: its header and navigation, and every button or button-like
 * link (follow, message, share, like, comment, "Get app", the nav entries), as the page renders them.
 */
function tiktokControls(page: Page): Promise<(Box & { what: string })[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('header, nav, [data-e2e="top-bar"], button, [role="button"], a[data-e2e]')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what: `${el.localName}[${el.getAttribute('data-e2e') ?? ''}]`, w: r.width, h: r.height };
      })
      .filter((r) => r.w > 0 && r.h > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth)
      .map(({ w: _w, h: _h, ...r }) => r),
  );
}

async function cardBox(page: Page): Promise<Box> {
  const [box] = await overlayOf(page)
    .getByTestId('vettok-overlay')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    );
  if (!box) throw new Error('no card');
  return box;
}

/** The collapsed state the card last stored (the last choice on any site), read from the extension's storage. */
async function storedCollapsed(vettok: Vettok): Promise<boolean> {
  const page = await vettok.openExtensionPage('popup.html?tab=0');
  const collapsed = await page.evaluate(async () => ((await chrome.storage.local.get('cardPlacement'))['cardPlacement'] as { collapsed?: boolean } | undefined)?.collapsed ?? false);
  await page.close();
  return collapsed;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function readyCard(page: Page) {
  const card = overlayOf(page);
  await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-score')).toBe('shown');
  return card;
}

describe('the card on TikTok pages', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('never covers TikTok’s header, navigation or action buttons on the captured pages (the project’s fixtures of real captures), at 1280×800 and 1440×900', async () => {
    let controlsSeen = 0;
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ]) {
      for (const url of Object.keys(REAL_PAGES)) {
        const page = await vettok.context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await readyCard(page);
        // The card measures the page's controls again after the page has had time to render them.
        await page.waitForTimeout(1_700);
        for (const expanded of [true, false]) {
          const box = await cardBox(page);
          const controls = await tiktokControls(page);
          controlsSeen += controls.length;
          const covered = controls.filter((c) => overlaps(box, c)).map((c) => c.what);
          expect(covered, `${url} at ${viewport.width}×${viewport.height}, ${expanded ? 'expanded' : 'collapsed'}: card ${JSON.stringify(box)}`).toEqual([]);
          expect(box.right).toBeLessThanOrEqual(viewport.width);
          expect(box.bottom).toBeLessThanOrEqual(viewport.height);
          await overlayOf(page).getByTestId('overlay-toggle').click();
        }
        // Back to expanded for the next page (the state is remembered): stored before the tab closes.
        await expect.poll(() => storedCollapsed(vettok)).toBe(false);
        await page.close();
      }
    }
    // The rendered-DOM page (@mounirlelion) carries TikTok's logo link and side navigation: the
    // check above is not vacuous.
    expect(controlsSeen).toBeGreaterThan(20);
  });

  it('stays collapsed after a reload and an in-app navigation, and opens where the merchant dragged it', async () => {
    // The previous test left the card expanded.
    expect(await storedCollapsed(vettok)).toBe(false);
    const page = await vettok.open(JELLY);
    const card = await readyCard(page);
    const overlay = card.getByTestId('vettok-overlay');
    expect(await overlay.getAttribute('data-collapsed')).toBe('false');
    await card.getByTestId('overlay-toggle').click();
    await expect.poll(() => overlay.getAttribute('data-collapsed')).toBe('true');
    expect(await card.getByTestId('overlay-handle').textContent()).toBe('@jelly.here10');
    expect(await card.getByTestId('overlay-mini-score').textContent()).toMatch(/^\d{1,3}$/);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await readyCard(page);
    expect(await overlayOf(page).getByTestId('vettok-overlay').getAttribute('data-collapsed')).toBe('true');

    // As TikTok does: swap the profile content and push the new URL.
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.getElementById('main-content-others_homepage')!.replaceWith(document.importNode(next.getElementById('main-content-others_homepage')!, true));
      history.pushState({}, '', '/@alcaldiasa');
    }, fixtureText('profile-alcaldiasa-2026-05-universal-data.html'));
    const after = overlayOf(page).getByTestId('vettok-overlay');
    await expect.poll(() => after.getAttribute('data-handle')).toBe('alcaldiasa');
    expect(await after.getAttribute('data-collapsed')).toBe('true');

    // A page opened afterwards starts collapsed too; expanding it is remembered the same way.
    const other = await vettok.open('https://www.tiktok.com/@alcaldiasa');
    const second = await readyCard(other);
    expect(await second.getByTestId('vettok-overlay').getAttribute('data-collapsed')).toBe('true');
    await second.getByTestId('overlay-toggle').click();
    await other.reload({ waitUntil: 'domcontentloaded' });
    await readyCard(other);
    expect(await overlayOf(other).getByTestId('vettok-overlay').getAttribute('data-collapsed')).toBe('false');

    // Dragged by its header: it opens there on the next page.
    const head = await overlayOf(other)
      .locator('.vt-card-head .vt-brand')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 })));
    const start = head[0]!;
    await other.mouse.move(start.x, start.y);
    await other.mouse.down();
    await other.mouse.move(start.x - 200, start.y + 150, { steps: 5 });
    await other.mouse.up();
    const dragged = await cardBox(other);
    expect(dragged.left).toBeLessThan(start.x - 150);
    await other.reload({ waitUntil: 'domcontentloaded' });
    await readyCard(other);
    await expect.poll(async () => Math.round((await cardBox(other)).left)).toBe(Math.round(dragged.left));
    expect(Math.round((await cardBox(other)).top)).toBe(Math.round(dragged.top));
    // On a narrower window the dragged card stays whole inside it.
    await other.setViewportSize({ width: 360, height: 640 });
    await expect.poll(async () => (await cardBox(other)).left).toBeGreaterThanOrEqual(0);
    expect((await cardBox(other)).right).toBeLessThanOrEqual(360);
    // A double click on the header docks it again.
    await other.setViewportSize({ width: 1280, height: 720 });
    // The card moves back where it was dragged once the page has laid out the wider window; the
    // double click aims at its header there (aimed earlier, it can land where the card no longer is).
    await expect.poll(async () => Math.round((await cardBox(other)).left)).toBe(Math.round(dragged.left));
    await other.mouse.dblclick(dragged.left + 30, dragged.top + 14);
    await expect.poll(async () => Math.round((await cardBox(other)).right)).toBe(1280 - 8);
    await other.close();
    await page.close();
  });

  it('keeps the actions in view with a long body, and reads in the merchant’s language (screenshots at 360, 420 and 800 px)', async () => {
    mkdirSync('test-results', { recursive: true });
    const panel = await vettok.openExtensionPage('sidepanel.html#settings');
    for (const language of ['en', 'zh-CN'] as const) {
      await panel.getByTestId('settings-language').selectOption(language);
      await expect.poll(() => panel.getByTestId('tab-shortlists').textContent()).toBe(language === 'en' ? 'Shortlists' : '候选名单');
      for (const width of [360, 420, 800]) {
        const page = await vettok.context.newPage();
        await page.setViewportSize({ width, height: 640 });
        await page.goto(JELLY, { waitUntil: 'domcontentloaded' });
        const card = await readyCard(page);
        if ((await card.getByTestId('vettok-overlay').getAttribute('data-collapsed')) === 'true') await card.getByTestId('overlay-toggle').click();
        await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-collapsed')).toBe('false');
        // The footer's buttons are inside the viewport and on top, however long the body is.
        for (const id of ['overlay-add', 'overlay-invite', 'overlay-toggle', 'overlay-handle']) expect(await card.getByTestId(id).isVisible(), id).toBe(true);
        // Its own font stack and size, whatever the page sets (the page's serif default never shows).
        const [font] = await card.getByTestId('vettok-overlay').evaluateAll((els) => els.map((el) => [getComputedStyle(el).fontFamily, getComputedStyle(el).fontSize]));
        expect(font![0]).toMatch(/^system-ui, .*"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"/);
        expect(font![1]).toBe('13px');
        const box = await cardBox(page);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.bottom).toBeLessThanOrEqual(640);
        const file = `card-${language}-${width}.png`;
        await page.screenshot({ path: `test-results/${file}` });
        if (process.env['UPDATE_SCREENSHOTS']) copyFileSync(`test-results/${file}`, `docs/${file}`);
        await page.close();
      }
    }
    await panel.getByTestId('settings-language').selectOption('auto');
  });
});
