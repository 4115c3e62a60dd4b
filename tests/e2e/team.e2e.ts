import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../team/team-server';
import { EXTENSION_DIR, launchVettok, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

const JELLY = 'https://www.tiktok.com/@jelly.here10';
const ALCALDIA = 'https://www.tiktok.com/@alcaldiasa';
const DYLAN = 'https://www.tiktok.com/@dylanlemay';
const DATABASE = 'team-shop';

/**
 * A copy of the built extension whose manifest already holds the test server's origin among its
 * host permissions. Connecting asks `permissions.request` for that origin; in a headless browser the
 * prompt it shows can never be answered, so the copy starts with the permission granted and the
 * request resolves true at once. The prompt itself is the browser's own UI: what this file tests is
 * everything after the grant. The build in .output/ is left untouched.
 */
function extensionWithServerGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vettok-team-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

async function connect(vettok: Vettok, server: TeamServer, user: string, password: string, seatName: string): Promise<Page> {
  const settings = await vettok.openExtensionPage('sidepanel.html#settings');
  await settings.getByTestId('team-url').fill(server.url);
  await settings.getByTestId('team-database').fill(DATABASE);
  await settings.getByTestId('team-user').fill(user);
  await settings.getByTestId('team-password').fill(password);
  await settings.getByTestId('team-seatName').fill(seatName);
  await settings.getByTestId('team-connect').click();
  return settings;
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

async function handles(panel: Page): Promise<string[]> {
  const all = await panel.locator('[data-testid=shortlist-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-handle')!));
  return all.sort();
}

/** Opens a creator of the list in the side panel's creator view (a fresh one: the editor reads the entry when it opens). */
async function openCreator(panel: Page, handle: string) {
  if ((await panel.getByTestId('creator-view').count()) > 0) await panel.getByTestId('creator-close').click();
  await panel.locator(`[data-testid=shortlist-row][data-handle="${handle}"] [data-testid=row-status]`).click();
  await expect.poll(() => panel.getByTestId('creator-view').getAttribute('data-handle')).toBe(handle);
}

async function editNote(panel: Page, handle: string, note: string) {
  await openCreator(panel, handle);
  await panel.getByTestId('entry-note').fill(note);
  await panel.getByTestId('entry-save').click();
}

const teamState = (page: Page) => page.getByTestId('team-status').getAttribute('data-state').catch(() => null);

describe('team workspace: two browser profiles as two seats on one database', () => {
  let server: TeamServer;
  let extensionDir: string;
  let a: Vettok;
  let b: Vettok;
  let panelA: Page;
  let panelB: Page;
  let listId: string;

  beforeAll(async () => {
    server = await startTeamServer({ databases: { [DATABASE]: ['ana', 'bo'] }, users: { ana: 'pw-ana', bo: 'pw-bo' } });
    extensionDir = extensionWithServerGranted();
    a = await launchVettok({ extensionDir, passOrigins: [server.url] });
    b = await launchVettok({ extensionDir, passOrigins: [server.url] });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('seat A connects, adds three creators from their pages and makes the list a team list', async () => {
    const settings = await connect(a, server, 'ana', 'pw-ana', '阿娜');
    await expect.poll(() => settings.getByTestId('team-settings-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('connected');
    await settings.close();

    await addFrom(a, JELLY, 'jelly.here10');
    await addFrom(a, ALCALDIA, 'alcaldiasa');
    await addFrom(a, DYLAN, 'dylanlemay');
    panelA = await a.openExtensionPage('sidepanel.html');
    await expect.poll(() => handles(panelA)).toEqual(['alcaldiasa', 'dylanlemay', 'jelly.here10']);
    listId = (await panelA.getByTestId('shortlist').getAttribute('data-list-id'))!;
    // A controlled box: it shows the new state once the background has saved it.
    await panelA.getByTestId('team-list-share').click();
    await expect.poll(() => panelA.getByTestId('team-list-toggle').getAttribute('data-shared')).toBe('true');
    await expect.poll(() => server.db(DATABASE).get(`list:${listId}`).then(() => true, () => false), { timeout: 30_000 }).toBe(true);
  });

  it('a wrong password gives the clear error in the status line', async () => {
    const settings = await connect(b, server, 'bo', 'not-the-password', '小博');
    await expect.poll(() => settings.getByTestId('team-settings-status').getAttribute('data-error').catch(() => null), { timeout: 30_000 }).toBe('wrong-password');
    expect(await settings.getByTestId('team-settings-status').textContent()).toContain('the server refused the user name or password');
    // The side panel's status line says the same, as text.
    const panel = await b.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.getByTestId('team-status-text').textContent().catch(() => null)).toBe(
      'Team: the server refused the user name or password.',
    );
    expect(await panel.getByTestId('team-status').getAttribute('data-error')).toBe('wrong-password');
    await panel.close();
    await settings.close();
  });

  it('seat B connects to the same database and sees the three creators within 10 s', async () => {
    const settings = await connect(b, server, 'bo', 'pw-bo', '小博');
    const started = Date.now();
    panelB = await b.openExtensionPage('sidepanel.html');
    // The bound: seat B sees them within 10 s of connecting.
    await expect
      .poll(
        async () => {
          const options = await panelB.getByTestId('list-select').locator(`option[value="${listId}"]`).count().catch(() => 0);
          if (options === 0) return [];
          if ((await panelB.getByTestId('shortlist').getAttribute('data-list-id').catch(() => null)) !== listId) {
            await panelB.getByTestId('list-select').selectOption(listId);
          }
          return handles(panelB);
        },
        { timeout: 10_000, interval: 200 },
      )
      .toEqual(['alcaldiasa', 'dylanlemay', 'jelly.here10']);
    console.log(`seat B saw the team list of three after ${Date.now() - started} ms`);
    await openCreator(panelB, 'jelly.here10');
    expect(await panelB.getByTestId('team-added-by').textContent()).toContain('阿娜');
    await settings.close();
  });

  it('with the server stopped, both seats edit one entry; after restart both notes are there and the later status wins', async () => {
    await server.stop();
    await editNote(panelA, 'jelly.here10', 'A: 报价 800 元以内');
    await panelA.getByTestId('entry-status').selectOption('invited');
    await expect.poll(() => teamState(panelA), { timeout: 60_000 }).toBe('offline');
    // B writes after A (A's clock and B's are this machine's): its note, then its status, so B's
    // "contacted" is the later status edit and wins over A's "invited" (docs/team.md, Conflicts).
    await new Promise((r) => setTimeout(r, 1_100));
    await editNote(panelB, 'jelly.here10', 'B: 先寄样品');
    await panelB.getByTestId('entry-status').selectOption('contacted');
    await expect.poll(() => teamState(panelB), { timeout: 60_000 }).toBe('offline');

    await server.start();
    // Replication retries with a delay that doubles up to a minute: give it that minute and more.
    const bothNotes = async (panel: Page) => {
      await openCreator(panel, 'jelly.here10');
      const note = await panel.getByTestId('entry-note').inputValue();
      return note.includes('A: 报价 800 元以内') && note.includes('B: 先寄样品');
    };
    await expect.poll(() => bothNotes(panelA), { timeout: 80_000, interval: 1_000 }).toBe(true);
    await expect.poll(() => bothNotes(panelB), { timeout: 80_000, interval: 1_000 }).toBe(true);
    for (const panel of [panelA, panelB]) {
      expect(await panel.getByTestId('team-two-seats').count()).toBe(1);
      await expect.poll(() => panel.getByTestId('entry-status').inputValue()).toBe('contacted');
      await expect.poll(() => panel.locator('[data-handle="jelly.here10"] [data-testid=row-status]').getAttribute('data-value')).toBe('contacted');
    }
  }, 240_000);

  it('service workers stopped mid-sync on both seats lose nothing and duplicate nothing', async () => {
    await openCreator(panelA, 'alcaldiasa');
    await panelA.getByTestId('entry-tags').fill('样品已寄, 复购');
    await panelA.getByTestId('entry-save').click();
    await expect.poll(() => panelA.getByTestId('entry-save').isDisabled()).toBe(true);
    // At once, before A's background has sent the change (it maps changes a short moment later).
    await a.stopServiceWorker();
    // B's worker stops too, while the change may be on its way to it.
    await b.stopServiceWorker();
    // A message wakes each worker (Settings asks the background for the connection).
    const wakeA = await a.openExtensionPage('sidepanel.html#settings');
    const wakeB = await b.openExtensionPage('sidepanel.html#settings');
    await expect
      .poll(
        async () => {
          await openCreator(panelB, 'alcaldiasa');
          return panelB.getByTestId('entry-tags').inputValue();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe('样品已寄, 复购');
    await wakeA.close();
    await wakeB.close();
    expect(await handles(panelB)).toEqual(['alcaldiasa', 'dylanlemay', 'jelly.here10']);
    // One live entry per creator on the server: nothing was written twice.
    const entries = await server.db(DATABASE).allDocs({ include_docs: true, startkey: 'entry:', endkey: 'entry:\uffff' });
    const live = entries.rows.map((r) => r.doc as unknown as { handle: string; deleted?: unknown }).filter((d) => !d.deleted);
    expect(live.map((d) => d.handle).sort()).toEqual(['alcaldiasa', 'dylanlemay', 'jelly.here10']);
  }, 120_000);

  it('a hostile document written straight to the server is refused; a script in a note stays text', async () => {
    const db = server.db(DATABASE);
    const entries = await db.allDocs({ include_docs: true, startkey: 'entry:', endkey: 'entry:\uffff' });
    const dylan = entries.rows.map((r) => r.doc as unknown as Record<string, unknown> & { _id: string; handle: string }).find((d) => d.handle === 'dylanlemay')!;
    const script = '<img src=x onerror="window.__owned=1"><script>window.__owned=2</script>';
    const scriptNote = { ...dylan, notes: [{ text: script, at: Date.now(), seat: 'seat-x', name: 'X', replaces: [] }] };
    // Wrong types, with markup in its id: refused, and its id shown as text.
    const hostileId = 'entry:<b>hostile</b>';
    const wrongTypes = { ...dylan, _id: hostileId, _rev: undefined, id: '<b>hostile</b>', priority: { v: 'high', by: 7 }, tags: 'not-a-list' };
    // Oversized: a note of 300,000 characters, over checkTeamDoc's 200,000 for a whole document.
    const oversized = { ...dylan, _id: 'entry:e-big', _rev: undefined, id: 'e-big', notes: [{ text: 'x'.repeat(300_000), at: Date.now(), seat: 'seat-x', name: 'X', replaces: [] }] };
    const response = await fetch(`${server.url}/${DATABASE}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('ana:pw-ana').toString('base64')}` },
      body: JSON.stringify({ docs: [wrongTypes, oversized, scriptNote] }),
    });
    expect(response.status).toBe(201);

    await expect.poll(() => panelB.getByTestId('team-refusal').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const refusal = panelB.getByTestId('team-refusal').filter({ hasText: hostileId });
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await refusal.locator('code').textContent()).toBe(hostileId);
    // The reason names the first field of the wrong type (checkTeamDoc: zod, field by field).
    expect(await refusal.textContent()).toMatch(/priority|tags/);
    expect(await panelB.locator('[data-testid=team-refusals] b').count()).toBe(0);
    const big = panelB.getByTestId('team-refusal').filter({ hasText: 'entry:e-big' });
    await expect.poll(() => big.count()).toBe(1);
    expect(await big.textContent()).toMatch(/\d+ characters, more than 200000/);
    // Neither entry reached the list.
    expect(await handles(panelB)).toEqual(['alcaldiasa', 'dylanlemay', 'jelly.here10']);

    // The script arrives as the note's text and runs nowhere.
    await expect
      .poll(
        async () => {
          await openCreator(panelB, 'dylanlemay');
          return panelB.getByTestId('entry-note').inputValue();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(script);
    expect(await panelB.locator('[data-testid=creator-view] img[src=x], [data-testid=creator-view] script').count()).toBe(0);
    expect(await panelB.evaluate(() => (window as unknown as { __owned?: number }).__owned ?? null)).toBeNull();
  }, 120_000);
});
