import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';

/**
 * The card's collaboration line links to the pipeline: on the real captured page of a creator the
 * merchant collaborates with, clicking the line switches the side panel to Collaborations, on that
 * creator's collaboration, highlighted.
 */
describe('card → side panel: the collaboration line opens that collaboration', () => {
  let vettok: Vettok;
  let panel: Page;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('a creator with a collaboration gets a clickable collaboration line on the card', async () => {
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-score')).toBe('shown');
    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
    await page.close();

    panel = await vettok.openExtensionPage('sidepanel.html#collaborations');
    await expect.poll(() => panel.locator('[data-testid=collab-start-handle] option[value="jelly.here10"]').count()).toBe(1);
    await panel.getByTestId('collab-start-handle').selectOption('jelly.here10');
    await panel.getByTestId('collab-start-threshold').fill('2');
    await panel.getByTestId('collab-start-submit').click();
    const item = panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]');
    await expect.poll(() => item.count()).toBe(1);
    // ROI = (GMV 10 − refunds 0) ÷ commission 10 = 1, below the threshold 2 twice: the stop-loss
    // note (P9, lib/collaborations/commerce-flags.ts) is what the card's line reports.
    await item.getByTestId('collab-result-views').fill('5000');
    await item.getByTestId('collab-result-gmv').fill('10');
    await item.getByTestId('collab-result-refunds').fill('0');
    await item.getByTestId('collab-result-commission').fill('10');
    await item.getByTestId('collab-result-add').click();
    await expect.poll(() => item.getByTestId('collab-result').count()).toBe(1);
    await item.getByTestId('collab-result-add').click();
    await expect.poll(() => item.getByTestId('collab-result').count()).toBe(2);
    // Nothing is focused until the card asks.
    expect(await panel.locator('[data-testid=collab-item][data-focused=true]').count()).toBe(0);
    await panel.getByTestId('tab-shortlists').click();
  });

  it('clicking the line switches the open side panel to Collaborations on that collaboration, and a panel opened after shows it too', async () => {
    const id = await (async () => {
      await panel.getByTestId('tab-collaborations').click();
      const found = await panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]').getAttribute('data-id');
      await panel.getByTestId('tab-shortlists').click();
      return found;
    })();
    expect(id).toBeTruthy();
    await expect.poll(() => panel.getByTestId('sidepanel').getAttribute('data-tab')).toBe('shortlists');

    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    const line = card.getByTestId('overlay-collab');
    await expect.poll(() => line.count(), { timeout: 15_000 }).toBe(1);
    expect(await line.getAttribute('data-collaboration')).toBe(id);
    await line.click();

    // The side panel already open follows the click.
    await expect.poll(() => panel.getByTestId('sidepanel').getAttribute('data-tab')).toBe('collaborations');
    const focused = panel.locator('[data-testid=collab-item][data-focused=true]');
    await expect.poll(() => focused.getAttribute('data-id')).toBe(id);
    expect(await focused.getAttribute('data-handle')).toBe('jelly.here10');

    // A side panel that opens after the click (the browser opens it on sidepanel.html) opens there too.
    const opened = await vettok.openExtensionPage('sidepanel.html');
    await expect.poll(() => opened.getByTestId('sidepanel').getAttribute('data-tab')).toBe('collaborations');
    await expect.poll(() => opened.locator('[data-testid=collab-item][data-focused=true]').getAttribute('data-id')).toBe(id);
    await opened.close();
    await page.close();
  });
});
