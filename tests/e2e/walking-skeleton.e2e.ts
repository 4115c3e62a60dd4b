import { copyFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, tabIdOf, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';

describe('the whole loop on real pages', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('reads two real profiles, saves both and shows them in the open side panel and the popup', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.getByTestId('sidepanel').count()).toBe(1);

    const jelly = await vettok.open(JELLY);
    const card = overlayOf(jelly);
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
    expect(await overlay.getAttribute('data-handle')).toBe('jelly.here10');
    expect(await card.getByTestId('overlay-followers').getAttribute('data-value')).toBe('3666');
    expect(await card.getByTestId('overlay-tier').getAttribute('data-value')).toBe('nano');
    const score = await card.getByTestId('overlay-score').getAttribute('data-value');
    expect(score).toMatch(/^\d{1,3}$/);
    for (const flag of await card.getByTestId('overlay-flags').locator('[data-flag-id]').all()) {
      expect(await flag.getAttribute('data-pitfall')).toMatch(/^P([1-9]|10)$/);
    }
    // jelly.here10 follows 1,255 accounts with 272,628 likes: no mass-follow flag, likes are healthy.
    expect(await card.locator('[data-flag-id=followers-outrun-audience]').count()).toBe(0);
    // Its page shows views but no likes per video: no grade, and the card says how to get one.
    expect(await card.getByTestId('overlay-score').getAttribute('data-provisional')).toBe('true');
    expect(await card.locator('[data-testid=overlay-provisional] [data-reason]').count()).toBeGreaterThan(0);

    mkdirSync('test-results', { recursive: true });
    await jelly.setViewportSize({ width: 1100, height: 640 });
    await jelly.screenshot({ path: 'test-results/overlay.png' });
    if (process.env['UPDATE_SCREENSHOTS']) copyFileSync('test-results/overlay.png', 'docs/overlay.png');

    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"]').count()).toBe(1);

    const alcaldia = overlayOf(await vettok.open(ALCALDIA));
    await expect.poll(() => alcaldia.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    expect(await alcaldia.getByTestId('vettok-overlay').getAttribute('data-handle')).toBe('alcaldiasa');
    expect(await alcaldia.getByTestId('overlay-followers').getAttribute('data-value')).toBe('38490');
    expect(await alcaldia.getByTestId('overlay-tier').getAttribute('data-value')).toBe('micro');
    await alcaldia.getByTestId('overlay-add').click();
    await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="alcaldiasa"]').count()).toBe(1);
    expect(await panel.getByTestId('shortlist-row').count()).toBe(2);

    const popup = await vettok.openExtensionPage(`popup.html?tab=${await tabIdOf(vettok, ALCALDIA)}`);
    await expect.poll(() => popup.getByTestId('popup').getAttribute('data-handle')).toBe('alcaldiasa');
    expect(await popup.getByTestId('popup-followers').getAttribute('data-value')).toBe('38490');
    await popup.close();
  });

  it('still works after the service worker is stopped', async () => {
    await vettok.stopServiceWorker();
    const card = overlayOf(await vettok.open(JELLY));
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    expect(await card.getByTestId('overlay-followers').getAttribute('data-value')).toBe('3666');
    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');

    await vettok.stopServiceWorker();
    const popup = await vettok.openExtensionPage(`popup.html?tab=${await tabIdOf(vettok, JELLY)}`);
    await expect.poll(() => popup.getByTestId('popup').getAttribute('data-handle')).toBe('jelly.here10');
    // Adding the same creator again to the same list stores nothing twice.
    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"]').count()).toBe(1);
  });

  it('shows "unreadable" on a captcha page and never a score', async () => {
    vettok.pages.set(
      'https://www.tiktok.com/@blocked.creator',
      '<!doctype html><html><head><title>Security Check</title></head><body><div id="captcha-verify-image"></div></body></html>',
    );
    const card = overlayOf(await vettok.open('https://www.tiktok.com/@blocked.creator'));
    const overlay = card.getByTestId('vettok-overlay');
    await expect.poll(() => overlay.getAttribute('data-state')).toBe('unreadable');
    expect(await overlay.getAttribute('data-handle')).toBe('blocked.creator');
    expect(await card.getByTestId('overlay-score').count()).toBe(0);
    expect(await card.getByTestId('overlay-unreadable').getAttribute('data-reason')).toBe('blocked');
  });

  it('adds nothing to TikTok pages that are not creator pages', async () => {
    const page = await vettok.open('https://www.tiktok.com/foryou');
    await page.waitForTimeout(500);
    expect(await page.locator('vettok-overlay').count()).toBe(0);
    expect(await overlayOf(page).getByTestId('vettok-overlay').count()).toBe(0);
  });

  it('answers a malformed message with a validation error and writes nothing', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(2);
    const replies = await panel.evaluate(async () => {
      const ask = (message: unknown) => chrome.runtime.sendMessage(message);
      return [
        await ask({ vettok: 1, name: 'shortlist.add', payload: { handle: 'NOT A HANDLE <script>' } }),
        await ask({ vettok: 1, name: 'shortlist.add', payload: { handle: 'ghost.creator' } }),
        await ask({ vettok: 1, name: 'no.such.message', payload: {} }),
        await ask({ hello: 'world' }),
        await ask({ vettok: 1, name: 'snapshot.submit', payload: { snapshot: { handle: 'x' } } }),
      ];
    });
    expect(replies.map((r: { ok: boolean; error?: { code: string } }) => r.error?.code)).toEqual([
      'invalid-payload',
      'invalid-payload',
      'unknown-message',
      'invalid-payload',
      'forbidden',
    ]);
    await panel.waitForTimeout(300);
    expect(await panel.getByTestId('shortlist-row').count()).toBe(2);
  });
});
