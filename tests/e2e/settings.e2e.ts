import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

describe('settings', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('switches the interface to Chinese everywhere, and the thresholds change the assessment', async () => {
    const panel = await vettok.openExtensionPage('sidepanel.html#settings');
    await panel.getByTestId('settings-language').selectOption('zh-CN');
    await expect.poll(() => panel.getByTestId('tab-shortlists').textContent()).toBe('候选名单');

    // @jelly.here10 follows 1,255 accounts: flagged once the merchant lowers the mass-follow bound.
    await panel.getByTestId('settings-threshold-massFollowing').fill('1000');
    await panel.getByTestId('settings-threshold-massFollowing').blur();
    await expect.poll(() => panel.getByTestId('settings-status').getAttribute('data-state')).toBe('saved');

    const page = await vettok.open('https://www.tiktok.com/@jelly.here10');
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    expect(await card.getByTestId('overlay-add').textContent()).toBe('加入候选名单');
    expect(await card.locator('[data-testid=overlay-flags] [data-flag-id=mass-following]').getAttribute('data-pitfall')).toBe('P1');

    await panel.getByTestId('settings-reset').click();
    await expect.poll(() => panel.getByTestId('settings-status').getAttribute('data-state')).toBe('saved');
    await page.reload();
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-score')).toBe('shown');
    expect(await card.locator('[data-testid=overlay-flags] [data-flag-id=mass-following]').count()).toBe(0);
  });
});
