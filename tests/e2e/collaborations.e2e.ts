import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const DAY = 86_400_000;

/** The value a datetime-local input takes for an instant, in the browser's zone. */
const localInput = (at: number) => new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

describe('collaborations: from a shortlisted real creator to the stop-loss flag', () => {
  let vettok: Vettok;
  let panel: Page;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('shortlists @jelly.here10 from the overlay of the real captured page', async () => {
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-score')).toBe('shown');
    expect(await card.getByTestId('overlay-terminate').count()).toBe(0);
    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
    await page.close();
  });

  it('starts a collaboration in the side panel with a stop-loss threshold, and records the sample', async () => {
    panel = await vettok.openExtensionPage('sidepanel.html#collaborations');
    await expect.poll(() => panel.locator('[data-testid=collab-start-handle] option[value="jelly.here10"]').count()).toBe(1);
    await panel.getByTestId('collab-start-handle').selectOption('jelly.here10');
    await panel.getByTestId('collab-start-threshold').fill('2');
    await panel.getByTestId('collab-start-submit').click();
    const item = panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.getByTestId('collab-stoploss').textContent()).toContain('2');
    expect(await panel.locator('[data-testid=collab-pipeline] [data-status=invited]').getAttribute('data-count')).toBe('1');

    const now = Date.now();
    await item.getByTestId('collab-edit').click();
    await item.getByTestId('collab-date-sampleShippedAt').fill(localInput(now - 3 * DAY));
    await item.getByTestId('collab-date-sampleReceivedAt').fill(localInput(now - DAY));
    await item.getByTestId('collab-carrier').fill('J&T Express');
    await item.getByTestId('collab-tracking').fill('JT0001234567');
    await item.getByTestId('collab-save').click();
    await item.getByTestId('collab-status').selectOption('sample-received');
    await expect.poll(() => item.getAttribute('data-status')).toBe('sample-received');
    // The sample posting deadline (14 days after receipt) is open and not overdue yet.
    await expect.poll(() => item.locator('[data-testid=collab-deadline][data-kind=sample-posting]').getAttribute('data-overdue')).toBe('false');
    expect(await panel.getByTestId('collab-error').count()).toBe(0);
  });

  it('two results below the ROI threshold raise the terminate flag in the side panel', async () => {
    const item = panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]');
    expect(await item.getByTestId('collab-terminate').count()).toBe(0);
    // ROI = (GMV 10 − refunds 0) ÷ commission 10 = 1, below 2.
    await item.getByTestId('collab-result-views').fill('5000');
    await item.getByTestId('collab-result-gmv').fill('10');
    await item.getByTestId('collab-result-refunds').fill('0');
    await item.getByTestId('collab-result-commission').fill('10');
    await item.getByTestId('collab-result-add').click();
    await expect.poll(() => item.getByTestId('collab-result').count()).toBe(1);
    expect(await item.getByTestId('collab-terminate').count()).toBe(0);
    await item.getByTestId('collab-result-add').click();
    await expect.poll(() => item.getByTestId('collab-result').count()).toBe(2);

    const flag = panel.locator('[data-testid=collab-terminate][data-handle="jelly.here10"]');
    await expect.poll(() => flag.count()).toBe(1);
    expect(await flag.isVisible()).toBe(true);
    expect(await item.getByTestId('collab-roi').getAttribute('data-value')).toBe('1');
    expect(await item.getByTestId('collab-roi-formula').textContent()).toContain('ROI = (GMV − refunds) ÷ cost');
    expect(await item.getByTestId('collab-gpm-formula').textContent()).toContain('GPM = GMV ÷ views × 1,000');
    expect(await panel.getByTestId('collab-chart').getAttribute('data-points')).toBe('1');
  });

  it('the overlay marks the creator as terminated the next time their page is opened', async () => {
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    const mark = card.getByTestId('overlay-terminate');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.getAttribute('data-handle')).toBe('jelly.here10');
    expect(await mark.isVisible()).toBe(true);
    await page.close();
    // The shortlist row of that creator, in the open side panel, carries the mark too.
    await panel.getByTestId('tab-shortlists').click();
    await expect.poll(() => panel.locator('[data-testid=row-terminate][data-handle="jelly.here10"]').count()).toBe(1);
    await panel.getByTestId('tab-collaborations').click();
  });

  it('an overdue content review is listed, and counted on the badge again after the service worker restarts', async () => {
    const item = panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]');
    const form = item.getByTestId('collab-details-form');
    if ((await form.count()) === 0) await item.getByTestId('collab-edit').click();
    await item.getByTestId('collab-date-contentSubmittedAt').fill(localInput(Date.now() - 3 * DAY));
    await item.getByTestId('collab-save').click();
    await panel.reload();
    await expect.poll(() => panel.getByTestId('collab-overdue').getAttribute('data-count')).toBe('1');
    expect(await panel.getByTestId('collab-overdue-item').getAttribute('data-kind')).toBe('content-review');
    const globalBadge = () => panel.evaluate(() => chrome.action.getBadgeText({}));
    await expect.poll(globalBadge).toBe('1');

    // Clear the badge, stop the worker; the next start re-plans from the stored dates.
    await panel.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    await vettok.stopServiceWorker();
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await expect.poll(globalBadge).toBe('1');
    await page.close();
  });

  it('exports the results as CSV with a BOM', async () => {
    const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('collab-export').click()]);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(3);
    // The handle without "@" next to its profile URL: no formula guard, no apostrophe (issue 17).
    expect(text).toContain('\r\njelly.here10,https://www.tiktok.com/@jelly.here10,');
    expect(text).not.toContain("'");
  });
});
