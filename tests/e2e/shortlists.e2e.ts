import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixture-files';
import { launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';
const NASA = 'https://www.tiktok.com/@nasa';

/** A creator page written for the test: the real `webapp.user-detail` capture of @nasa, embedded as TikTok embeds it. */
function nasaPage(): string {
  const json = fixtureText('user-detail-scope-nasa-2026-09.json').replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NASA (@nasa) | TikTok</title></head><body><div id="app"></div><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${json}</script></body></html>`;
}

async function visibleHandles(panel: Page): Promise<string[]> {
  const rows = await panel.locator('[data-testid=shortlist-row]').evaluateAll((els) =>
    els.map((el) => ({ handle: el.getAttribute('data-handle')!, index: Number(el.getAttribute('data-index')) })),
  );
  return rows.sort((a, b) => a.index - b.index).map((r) => r.handle);
}

async function addFrom(vettok: Vettok, url: string, handle: string) {
  const page = await vettok.open(url);
  const card = overlayOf(page);
  await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
  expect(await card.getByTestId('vettok-overlay').getAttribute('data-handle')).toBe(handle);
  await card.getByTestId('overlay-add').click();
  await expect.poll(() => card.getByTestId('overlay-add-status').getAttribute('data-state')).toBe('saved');
  await page.close();
}

async function download(panel: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(testId).click()]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

describe('shortlists at scale: the merchant flow in Chromium', () => {
  let vettok: Vettok;
  let panel: Page;
  beforeAll(async () => {
    vettok = await launchVettok();
    vettok.pages.set(NASA, nasaPage());
    panel = await vettok.openExtensionPage('sidepanel.html');
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('adds three real creators from their pages; all three appear in the open side panel', async () => {
    await addFrom(vettok, JELLY, 'jelly.here10');
    await addFrom(vettok, ALCALDIA, 'alcaldiasa');
    await addFrom(vettok, NASA, 'nasa');
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(3);
    expect((await visibleHandles(panel)).sort()).toEqual(['alcaldiasa', 'jelly.here10', 'nasa']);
    // NASA alone is 头部 (1.78M followers): the tier mix does not warn on a list of three.
    expect(await panel.getByTestId('tier-mix').getAttribute('data-dominant')).toBe('');
  });

  it('filters and sorts', async () => {
    await panel.getByTestId('filter-text').fill('NASA');
    await expect.poll(() => visibleHandles(panel)).toEqual(['nasa']);
    await panel.getByTestId('filter-text').fill('');
    await panel.getByTestId('filter-min-followers').fill('10000');
    await expect.poll(async () => (await visibleHandles(panel)).sort()).toEqual(['alcaldiasa', 'nasa']);
    await panel.getByTestId('filter-merchant-tier').selectOption('head');
    await expect.poll(() => visibleHandles(panel)).toEqual(['nasa']);
    await panel.getByTestId('filter-clear').click();
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(3);

    await panel.getByTestId('sort-followers').click();
    await expect.poll(() => visibleHandles(panel)).toEqual(['nasa', 'alcaldiasa', 'jelly.here10']);
    await panel.getByTestId('sort-followers').click();
    await expect.poll(() => visibleHandles(panel)).toEqual(['jelly.here10', 'alcaldiasa', 'nasa']);
    await panel.getByTestId('sort-handle').click();
    await expect.poll(() => visibleHandles(panel)).toEqual(['alcaldiasa', 'jelly.here10', 'nasa']);
  });

  it('keyboard: arrows move, Enter opens the creator view with its TikTok link', async () => {
    await panel.getByTestId('shortlist-grid').focus();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('creator-view').getAttribute('data-handle')).toBe('jelly.here10');
    expect(await panel.getByTestId('creator-profile-link').getAttribute('href')).toBe(JELLY);
    expect(await panel.getByTestId('history-chart').getAttribute('data-points')).toBe('1');
    await panel.getByTestId('creator-close').click();
  });

  it('bulk: set status, undo; tag; move to a new list and undo', async () => {
    await panel.locator('[data-testid=shortlist-row][data-handle=nasa] input[type=checkbox]').check();
    await panel.getByTestId('bulk-status').selectOption('contacted');
    await expect.poll(() => panel.locator('[data-handle=nasa] [data-testid=row-status]').getAttribute('data-value')).toBe('contacted');
    await panel.getByTestId('undo').click();
    await expect.poll(() => panel.locator('[data-handle=nasa] [data-testid=row-status]').getAttribute('data-value')).toBe('scouting');

    await panel.getByTestId('list-new').click();
    await panel.getByTestId('list-name').fill('头部 Q4');
    await panel.getByTestId('list-name-save').click();
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(0);
    const newListId = await panel.getByTestId('shortlists').getAttribute('data-list-id');
    const options = await panel.getByTestId('list-select').locator('option').all();
    const firstListId = await options[0]!.getAttribute('value');
    await panel.getByTestId('list-select').selectOption(firstListId!);
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(3);
    await panel.locator('[data-testid=shortlist-row][data-handle=nasa] input[type=checkbox]').check();
    await panel.getByTestId('bulk-move').selectOption(newListId!);
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(2);
    await panel.getByTestId('undo').click();
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(3);
  });

  it('the overlay offers the lists, remembers the last one and shows where the creator already is', async () => {
    const page = await vettok.open(JELLY);
    const card = overlayOf(page);
    await expect.poll(() => card.getByTestId('vettok-overlay').getAttribute('data-state')).toBe('ready');
    await expect.poll(() => card.getByTestId('overlay-list').locator('option').count()).toBe(2);
    expect(await card.getByTestId('overlay-lists').getAttribute('data-count')).toBe('1');
    await card.getByTestId('overlay-list').selectOption({ label: '头部 Q4' });
    await card.getByTestId('overlay-add').click();
    await expect.poll(() => card.getByTestId('overlay-lists').getAttribute('data-count')).toBe('2');
    await page.close();
    const again = await vettok.open(ALCALDIA);
    const againCard = overlayOf(again);
    await expect.poll(() => againCard.getByTestId('overlay-list').inputValue().catch(() => '')).not.toBe('');
    const selected = await againCard.getByTestId('overlay-list').locator('option:checked').textContent();
    expect(selected).toBe('头部 Q4');
    await again.close();
  });

  it('exports a CSV that Excel reads: BOM, header, one row per creator, no formulas', async () => {
    const csv = await download(panel, 'export-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^(Handle|账号),/);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['alcaldiasa', 'jelly.here10', 'nasa']);
  });

  it('JSON backup → erase everything → import → identical content; a corrupted file is refused and changes nothing', async () => {
    const backupText = await download(panel, 'export-json');
    const backup = JSON.parse(backupText) as { format: string; counts: Record<string, number>; checksum: { value: string }; data: unknown };
    expect(backup.format).toBe('vettok-backup');
    expect(backup.counts).toMatchObject({ creators: 3, shortlists: 2, shortlistEntries: 4 });
    await expect.poll(() => panel.getByTestId('last-backup').getAttribute('data-value')).not.toBe('');

    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('erase').click();
    await panel.getByTestId('erase-confirm').click();
    await panel.getByTestId('tab-shortlists').click();
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('shortlist').count()).toBe(0);

    await panel.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect.poll(() => panel.getByTestId('import-preview').count()).toBe(1);
    await panel.getByTestId('import-mode-replace').check();
    await panel.getByTestId('import-confirm').click();
    await expect.poll(() => panel.getByTestId('import-result').getAttribute('data-outcome')).toBe('imported');
    await expect.poll(() => panel.getByTestId('shortlist-row').count()).toBeGreaterThan(0);

    const again = JSON.parse(await download(panel, 'export-json')) as typeof backup;
    expect(again.data).toEqual(backup.data);
    expect(again.checksum.value).toBe(backup.checksum.value);

    const corrupted = [
      backupText.slice(0, Math.floor(backupText.length * 0.7)),
      backupText.replace('"nasa"', '"nasa2"'),
      backupText.replace('"format":', '"__proto__":{"x":1},"format":'),
    ];
    for (const text of corrupted) {
      await panel.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => panel.getByTestId('import-result').getAttribute('data-outcome')).toBe('refused');
      expect(await panel.getByTestId('import-preview').count()).toBe(0);
    }
    const after = JSON.parse(await download(panel, 'export-json')) as typeof backup;
    expect(after.data).toEqual(backup.data);

    // The background checks every file itself, and a refused file can never be committed.
    const reply = await panel.evaluate(async (text) => {
      const ask = (name: string, payload: unknown) => chrome.runtime.sendMessage({ vettok: 1, name, payload });
      const begin = await ask('backup.import.begin', { chunks: 1, totalChars: text.length });
      await ask('backup.import.chunk', { sessionId: begin.data.sessionId, index: 0, text });
      const check = await ask('backup.import.check', { sessionId: begin.data.sessionId });
      const commit = await ask('backup.import.commit', { sessionId: begin.data.sessionId, mode: 'replace' });
      return { check, commit };
    }, corrupted[1]!);
    expect(reply).toMatchObject({
      check: { ok: true, data: { imported: false, code: 'checksum-mismatch' } },
      commit: { ok: true, data: { imported: false, code: 'incomplete' } },
    });
    const final = JSON.parse(await download(panel, 'export-json')) as typeof backup;
    expect(final.data).toEqual(backup.data);
  });
});
