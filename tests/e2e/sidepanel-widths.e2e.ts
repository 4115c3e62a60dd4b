import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

/**
 * The side panel at its real widths (issue 17): 320–480 px as Chrome opens it (360 and 420 here)
 * and 800 px when the merchant drags it wide. On every page — each tab, the creator's page, the
 * collaboration results — in English and in Chinese, nothing scrolls the page sideways:
 * `scrollWidth <= clientWidth` for the document and every element that is not a scroll container
 * of its own (the list's grid may scroll inside itself when the merchant shows more columns).
 *
 * With UPDATE_SCREENSHOTS=1 the run also refreshes the README's screenshots: the shortlist at each
 * width (docs/sidepanel-<lang>-<width>.png), the creator's page and the collaboration results at
 * 420 px (docs/sidepanel-creator-<lang>-420.png, docs/sidepanel-results-<lang>-420.png).
 */
const WIDTHS = [360, 420, 800] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
const HEIGHT = 900;
const DOCS = resolve(import.meta.dirname, '../../docs');
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';
/** The screenshots' height: the top of each page, enough to show it, small enough to keep the PNGs small. */
const SHOT_HEIGHT = 640;

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';

async function addFrom(vettok: Vettok, url: string) {
  const page = await vettok.open(url);
  const card = overlayOf(page);
  await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
  await card.getByTestId('overlay-add').click();
  await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
  await page.close();
}

/** What overflows sideways: the document, and any element wider than its box that does not scroll (clipped text is fine). */
async function overflow(panel: Page) {
  return panel.evaluate(() => {
    const root = document.documentElement;
    const offenders: string[] = [];
    const viewport = root.clientWidth;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Inside a container that scrolls sideways on its own (the grid): that container is checked instead.
      if (el.closest('.vt-grid') && !el.classList.contains('vt-grid')) continue;
      if (box.right > viewport + 0.5 || box.left < -0.5) {
        offenders.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}[${el.getAttribute('data-testid') ?? ''}] ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders: offenders.slice(0, 12) };
  });
}

async function expectFits(panel: Page, where: string) {
  const result = await overflow(panel);
  expect(result.offenders, `${where}: elements past the side panel's edge`).toEqual([]);
  expect(result.scrollWidth, `${where}: page scroll width`).toBeLessThanOrEqual(result.clientWidth);
}

describe('the side panel at its real widths, in both languages', () => {
  let vettok: Vettok;
  let panel: Page;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('same-date results read in entry order: 1.5, 1.0, 0.6 against 1.5 raise the terminate mark', async () => {
    await addFrom(vettok, JELLY);
    await addFrom(vettok, ALCALDIA);
    panel = await vettok.openExtensionPage('sidepanel.html#collaborations');
    // A collaboration with three same-date results (ROI 1.5, 1.0, 0.6 against 1.5): the default
    // date is today, and the stop-loss must read them in the order entered.
    await expect.poll(() => panel.locator('[data-testid=collab-start-handle] option[value="jelly.here10"]').count()).toBe(1);
    await panel.getByTestId('collab-start-handle').selectOption('jelly.here10');
    await panel.getByTestId('collab-start-threshold').fill('1.5');
    await panel.getByTestId('collab-start-submit').click();
    const item = panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]');
    await expect.poll(() => item.count()).toBe(1);
    for (const [index, gmv] of ['150', '100', '60'].entries()) {
      await item.getByTestId('collab-result-views').fill('12000');
      await item.getByTestId('collab-result-gmv').fill(gmv);
      await item.getByTestId('collab-result-refunds').fill('0');
      await item.getByTestId('collab-result-commission').fill('100');
      await item.getByTestId('collab-result-add').click();
      await expect.poll(() => item.getByTestId('collab-result').count()).toBe(index + 1);
    }
    await panel.getByTestId('tab-invitations').click();
    await panel.getByTestId('draft-new').click();
    await panel.getByTestId('tab-shortlists').click();
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(2);

    await panel.getByTestId('tab-collaborations').click();
    await expect.poll(() => item.getByTestId('collab-terminate').count()).toBe(1);
    expect(await item.getByTestId('collab-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-seq')))).toEqual(['1', '2', '3']);
    expect(await item.getByTestId('collab-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['meets', 'below', 'below']);

    // Correcting the 1.0 to 2.0 lifts the mark (the results keep their order); back to 1.0, it returns.
    const second = item.getByTestId('collab-result').nth(1);
    for (const [gmv, marks] of [['200', 0], ['100', 1]] as const) {
      await second.getByTestId('collab-result-edit').click();
      const form = second.getByTestId('collab-result-edit-form');
      expect(await form.getByTestId('collab-result-gmv').inputValue()).toBe(gmv === '200' ? '100' : '200');
      await form.getByTestId('collab-result-gmv').fill(gmv);
      await form.getByTestId('collab-result-save').click();
      await expect.poll(() => item.getByTestId('collab-terminate').count()).toBe(marks);
      await expect.poll(() => second.getByTestId('collab-result-edit-form').count()).toBe(0);
      expect(await item.getByTestId('collab-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-seq')))).toEqual(['1', '2', '3']);
    }
  });

  for (const language of LANGUAGES) {
    it(`fits 360, 420 and 800 px on every page in ${language}`, async () => {
      await panel.getByTestId('tab-settings').click();
      await panel.getByTestId('settings-language').selectOption(language);
      await expect.poll(() => panel.locator('html').evaluate(() => document.querySelector('[data-testid=tab-shortlists]')?.textContent)).toBe(
        language === 'en' ? 'Shortlists' : '候选名单',
      );
      for (const width of WIDTHS) {
        await panel.setViewportSize({ width, height: HEIGHT });
        for (const tab of ['shortlists', 'scouted', 'invitations', 'collaborations', 'settings'] as const) {
          await panel.getByTestId(`tab-${tab}`).click();
          await expect.poll(() => panel.getByTestId('sidepanel').getAttribute('data-tab')).toBe(tab);
          if (tab === 'shortlists') await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(2);
          if (tab === 'collaborations') {
            await expect.poll(() => panel.getByTestId('collab-result').count()).toBe(3);
            await panel.getByTestId('collab-formulas').locator('summary').click();
          }
          if (tab === 'invitations') {
            await expect.poll(() => panel.locator('[data-testid=draft-select] option').count()).toBe(2);
            await panel.getByTestId('draft-select').selectOption({ index: 1 });
            await expect.poll(() => panel.getByTestId('draft-editor').count()).toBe(1);
          }
          if (UPDATE && (tab === 'shortlists' || (tab === 'collaborations' && width === 420))) {
            mkdirSync(DOCS, { recursive: true });
            const name = tab === 'shortlists' ? `sidepanel-${language}-${width}.png` : `sidepanel-results-${language}-${width}.png`;
            if (tab === 'collaborations') await panel.getByTestId('collab-results').first().scrollIntoViewIfNeeded();
            await panel.screenshot({ path: join(DOCS, name), clip: { x: 0, y: 0, width, height: SHOT_HEIGHT } });
            await panel.evaluate(() => window.scrollTo(0, 0));
          }
          await expectFits(panel, `${language} ${width}px ${tab}`);
          if (tab === 'shortlists') {
            // Below 600 px the filters start folded away (the list comes first); opened, they fit too.
            const more = panel.getByTestId('filter-more');
            await more.evaluate((el) => ((el as HTMLDetailsElement).open = true));
            await expectFits(panel, `${language} ${width}px shortlists, filters open`);
          }
        }
        // The creator's page: full width, a back button, no sideways scroll.
        await panel.getByTestId('tab-shortlists').click();
        await panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"] [data-testid=row-status]').click();
        const view = panel.getByTestId('creator-view');
        await expect.poll(() => view.count()).toBe(1);
        const box = await view.boundingBox();
        expect(box?.x).toBe(0);
        expect(box?.width).toBe(width);
        await expectFits(panel, `${language} ${width}px creator view`);
        if (UPDATE && width === 420) await panel.screenshot({ path: join(DOCS, `sidepanel-creator-${language}-${width}.png`), clip: { x: 0, y: 0, width, height: SHOT_HEIGHT } });
        await view.getByTestId('creator-close').click();
        await expect.poll(() => view.count()).toBe(0);
      }
    });
  }

  it('lets the merchant choose the columns; more columns than fit scroll inside the list, not the page', async () => {
    await panel.setViewportSize({ width: 360, height: HEIGHT });
    await panel.getByTestId('tab-shortlists').click();
    await panel.getByTestId('column-chooser').locator('summary').click();
    for (const column of ['confidence', 'priority', 'added', 'language'] as const) await panel.getByTestId(`column-${column}`).check();
    await panel.getByTestId('column-status').uncheck();
    await expect.poll(() => panel.locator('[data-testid=shortlist-row] [data-testid=row-status]').count()).toBe(0);
    await expectFits(panel, 'many columns at 360px');
    // The choice is kept on this device.
    await panel.reload();
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(2);
    expect(await panel.locator('[data-testid=shortlist-row] [data-testid=row-status]').count()).toBe(0);
    await panel.getByTestId('column-chooser').locator('summary').click();
    await panel.getByTestId('column-status').check();
    for (const column of ['confidence', 'priority', 'added', 'language'] as const) await panel.getByTestId(`column-${column}`).uncheck();
  });
});
