import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupText } from '../../lib/backup/build-backup';
import { generate } from '../many-creators';
import { launchVettok, type Vettok } from './browser';

/*
 * The service worker killed while an import writes: IndexedDB commits the one transaction whole or
 * not at all, so the database holds the file entirely or not at all, its entries' layout (chunks,
 * directory, summaries) agrees with itself, and importing again holds every creator once.
 */

const CREATORS = 20_000;

/** What the database holds, read from IndexedDB itself: creators, and entries as each of the three entry stores counts them. */
function stored(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('vettok');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const chunks = await all<{ ids: string[] }>('entryChunks');
    const directory = await all<{ ids: string[] }>('entryDirectory');
    const summaries = await all<{ count: number }>('listSummaries');
    const buckets = await all<{ handles: string[] }>('creatorBuckets');
    const ids = chunks.flatMap((c) => c.ids);
    db.close();
    return {
      creators: buckets.reduce((n, b) => n + b.handles.length, 0),
      entries: ids.length,
      distinctEntries: new Set(ids).size,
      inDirectory: directory.reduce((n, b) => n + b.ids.length, 0),
      counted: summaries.reduce((n, s) => n + s.count, 0),
    };
  });
}

describe('an import with the service worker killed mid-write', () => {
  let vettok: Vettok;
  beforeAll(async () => {
    vettok = await launchVettok();
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it('leaves all of the file or none of it, and the import again holds every creator once', { timeout: 240_000 }, async () => {
    const data = generate(CREATORS);
    const file = { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from((await backupText(data, new Date())).text) };
    const whole = { creators: CREATORS, entries: data.shortlistEntries.length, distinctEntries: data.shortlistEntries.length, inDirectory: data.shortlistEntries.length, counted: data.shortlistEntries.length };
    const none = { creators: 0, entries: 0, distinctEntries: 0, inDirectory: 0, counted: 0 };

    const panel = await vettok.openExtensionPage('sidepanel.html');
    await panel.getByTestId('import-file').setInputFiles(file);
    await panel.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    await panel.getByTestId('import-mode-replace').check();
    await panel.getByTestId('import-confirm').click();
    // The worker is stopped once the write has started.
    await panel.locator('[data-testid=import-progress][data-step=writing]').waitFor({ timeout: 60_000 });
    const finishedFirst = (await panel.getByTestId('import-result').count()) > 0;
    await vettok.stopServiceWorker();

    const reader = await vettok.openExtensionPage('popup.html?tab=0');
    const after = await stored(reader);
    console.log(`[import killed] after the stop: ${JSON.stringify(after)}${finishedFirst ? ' (the import had finished before the stop)' : ''}`);
    expect([JSON.stringify(none), JSON.stringify(whole)]).toContain(JSON.stringify(after));
    // Where nothing was written, the merchant is told so, and that the same file will work.
    if (after.entries === 0) await expect.poll(() => panel.getByTestId('import-result').getAttribute('data-outcome'), { timeout: 30_000 }).toBe('failed');

    // Again, to the end: every creator and entry once.
    await panel.reload();
    await panel.getByTestId('import-file').setInputFiles(file);
    await panel.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    await panel.getByTestId('import-mode-replace').check();
    await panel.getByTestId('import-confirm').click();
    await expect.poll(() => panel.getByTestId('import-result').getAttribute('data-outcome'), { timeout: 120_000 }).toBe('imported');
    expect(await stored(reader)).toEqual(whole);
  });
});
