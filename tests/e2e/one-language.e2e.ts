import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignLatinWords } from '../unit/i18n/zh-latin-words';
import { launchVettok, tabIdOf, type Vettok } from './browser';
import { contentWorld, overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';

/**
 * Text of a page or shadow root, one text node at a time (so words of neighbouring elements never
 * run together), with what is not Vettok's own wording taken out: handles, links, and page text
 * quoted as evidence (“…”, "…", 「…」), creators' nicknames and list names (`names`), and the
 * message template's placeholders ({creator}: template syntax the merchant types, not wording).
 */
const TEXT_OF = `(root, names) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.closest('style, script') || parent.closest('[data-page-text]'))) continue;
    parts.push(node.nodeValue);
  }
  for (const el of root.querySelectorAll('input[placeholder], textarea[placeholder]')) parts.push(el.getAttribute('placeholder'));
  let text = parts.join(' ');
  for (const name of names) text = text.split(name).join(' ');
  return text
    .replace(/https?:\\/\\/\\S+/g, ' ')
    .replace(/@[\\w.]+/g, ' ')
    .replace(/\\{\\w+\\}/g, ' ')
    .replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ' ');
}`;

/**
 * Names that are the creators' own, never translated; and "English", the language picker's name of
 * that language in itself (each language is offered in its own name, so anyone finds theirs).
 */
const NAMES = ['jelly.here10', 'alcaldiasa', 'Jelly.here', 'Alcaldía de Santa Ana', 'Alcaldia de Santa Ana', 'English'];

async function pageText(page: Page): Promise<string> {
  return page.evaluate(`(${TEXT_OF})(document.body, ${JSON.stringify(NAMES)})`);
}

async function cardText(page: Page): Promise<string> {
  const world = await contentWorld(page);
  return world.call<string>(
    `(names) => { const host = document.querySelector('vettok-overlay'); const root = chrome.dom.openOrClosedShadowRoot(host); return (${TEXT_OF})(root, names); }`,
    [NAMES],
  );
}

function expectChinese(text: string, where: string) {
  expect(text.length, `${where}: has text`).toBeGreaterThan(20);
  expect(foreignLatinWords(text), `${where}: English words in the zh-CN UI`).toEqual([]);
}

describe('one language everywhere under a Chinese browser whose menus are English (issue 17)', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok({ browserLanguage: 'zh-CN' });
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('the browser is set up as the merchant\'s was: web content in Chinese, the browser\'s own UI language English', async () => {
    const worker = await vettok.worker();
    expect(await worker.evaluate(() => navigator.languages[0])).toBe('zh-CN');
    expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
  });

  it('the card, the popup and the side panel all speak Chinese ("follow the browser"), with no English words left', async () => {
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-score')).toBe('shown');
    expect(await card.getByTestId('overlay-add').textContent()).toBe('加入候选名单');
    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
    expectChinese(await cardText(page), 'card');

    const other = await vettok.open(ALCALDIA);
    await expect.poll(() => overlayOf(other).getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await overlayOf(other).getByTestId('overlay-add').click();
    await expect.poll(() => overlayOf(other).getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
    expectChinese(await cardText(other), 'card (second creator)');
    await other.close();

    const popup = await vettok.openExtensionPage(`popup.html?tab=${await tabIdOf(vettok, JELLY)}`);
    await expect.poll(() => popup.getByTestId('popup').getAttribute('data-handle')).toBe('jelly.here10');
    expect(await popup.locator('html').evaluate(() => document.body.textContent ?? '')).toMatch(/[\u4e00-\u9fff]/);
    expectChinese(await pageText(popup), 'popup');
    await popup.close();

    const panel = await vettok.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 420, height: 900 });
    await expect.poll(() => panel.getByTestId('tab-shortlists').textContent()).toBe('候选名单');
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(2);
    expectChinese(await pageText(panel), 'side panel: shortlists');

    await panel.locator('[data-testid=shortlist-row][data-handle="jelly.here10"] [data-testid=row-status]').click();
    await expect.poll(() => panel.getByTestId('creator-view').count()).toBe(1);
    expectChinese(await pageText(panel), 'side panel: creator');
    await panel.getByTestId('creator-close').click();

    await panel.getByTestId('tab-collaborations').click();
    await expect.poll(() => panel.locator('[data-testid=collab-start-handle] option[value="jelly.here10"]').count()).toBe(1);
    await panel.getByTestId('collab-start-handle').selectOption('jelly.here10');
    await panel.getByTestId('collab-start-threshold').fill('1.5');
    await panel.getByTestId('collab-start-submit').click();
    const item = panel.locator('[data-testid=collab-item][data-handle="jelly.here10"]');
    await expect.poll(() => item.count()).toBe(1);
    await item.getByTestId('collab-result-gmv').fill('60');
    await item.getByTestId('collab-result-commission').fill('100');
    await item.getByTestId('collab-result-add').click();
    await expect.poll(() => item.getByTestId('collab-result').count()).toBe(1);
    await panel.getByTestId('collab-formulas').locator('summary').click();
    expectChinese(await pageText(panel), 'side panel: collaborations');

    await panel.getByTestId('tab-invitations').click();
    await panel.getByTestId('draft-new').click();
    await expect.poll(() => panel.getByTestId('draft-editor').count()).toBe(1);
    expectChinese(await pageText(panel), 'side panel: invitations');

    await panel.getByTestId('tab-settings').click();
    await expect.poll(() => panel.getByTestId('settings-language').count()).toBe(1);
    expectChinese(await pageText(panel), 'side panel: settings');
    await page.close();
  });
});
