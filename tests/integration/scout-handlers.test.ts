import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import { scoutedLog } from '../../lib/db/queries/scouted';
import { creatorsOfList } from '../../lib/readers/list-response';
import type { ListKind } from '../../lib/readers/list-kind';
import type { ChipView } from '../../lib/scout/chip-view';
import { countsOf, snapshotFromUser } from '../../lib/readers/user-fields';
import { fakeBackgroundDeps, sequentialIds } from './test-db';
import { entriesOfList, entryCountOfList } from '../../lib/db/queries/entries';

/**
 * Scout mode through the background's router, as a list page's content script and the side panel
 * use it: creators stored as history and assessed, chips built from each one's own record, bulk
 * adds with their undo.
 */

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const SEARCH_PAGE = { id: ID, url: 'https://www.tiktok.com/search?q=tiktok', tab: { id: 7 } };
const NOW = Date.UTC(2026, 1, 5, 12);
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/lists', name), 'utf8'));

function setup() {
  const deps = fakeBackgroundDeps({ now: () => NOW, ids: sequentialIds('n') });
  const route = createBackgroundRouter(deps, SELF);
  async function ask<T>(name: string, payload: unknown, sender: object = SEARCH_PAGE): Promise<T> {
    const reply = await route({ vettok: 1, name, payload }, sender);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.data as T;
  }
  const seen = (kind: ListKind, file: string) =>
    ask<{ chips: ChipView[] }>('scout.seen', { kind, snapshots: creatorsOfList(kind, fixture(file), NOW) });
  return { db: deps.db, ask, seen };
}

describe('scout.seen', () => {
  it('answers one chip per creator of a real search page, provisional on counts alone', async () => {
    const { db, seen } = setup();
    const { chips } = await seen('search-general', 'search-general-tiktok-2026-02.trimmed.json');
    expect(chips).toHaveLength(12);
    const airat = chips.find((c) => c.handle === 'airatafridi40')!;
    // Profile counts without videos: the assessment's coverage rules make it provisional
    // (lib/scoring/provisional.ts, 'profile-counts-only'), never a grade.
    expect(airat.provisional).toBe(true);
    expect(airat.label.startsWith('Provisional')).toBe(true);
    // 6,793 followers: nano (lib/scoring/tier.ts, < 10,000).
    expect(airat.tier).toBe('nano');
    // Its own exact figure, and the rounded ones said to be rounded.
    expect(airat.evidence).toContain('Followers: 6,793');
    expect(chips.find((c) => c.handle === 'dua_zahra014')!.evidence).toContain('Followers: about 398,400 (rounded by TikTok)');
    // Stored as history and in the scouted log.
    expect(await db.snapshots.where('handle').equals('airatafridi40').count()).toBe(1);
    const log = await scoutedLog(db);
    expect(log).toHaveLength(12);
    expect(log[0]).toEqual({ handle: 'dua_zahra014', seenAt: NOW, kind: 'search-general' });
  });

  it('never lets a list read replace the fuller read of a profile visit', async () => {
    const { db, ask } = setup();
    const [entry] = creatorsOfList('user-list', fixture('user-list-followers-us-2025-10.trimmed.json'), NOW);
    const profile = { ...entry!, source: 'api-user-detail' as const, capturedAt: NOW - 60_000 };
    await ask('snapshot.submit', { snapshot: profile }, { id: ID, url: 'https://www.tiktok.com/@waankutaaera', tab: { id: 7 } });
    await ask('scout.seen', { kind: 'user-list', snapshots: [entry] });
    const rows = await db.snapshots.where('handle').equals('waankutaaera').toArray();
    expect(rows.map((r) => r.snapshot.source)).toEqual(['api-user-detail']);
  });

  it('gives marketplace creators their commerce evidence, provisional without median views', async () => {
    const { seen } = setup();
    const { chips } = await seen('marketplace', 'marketplace-find-vn.reconstructed.json');
    const em = chips.find((c) => c.handle === 'emthuythuyyy')!;
    expect(em.evidence).toEqual(expect.arrayContaining(['Followers: 124,062', 'Units sold: 1,263', 'Posts in the last 30 days: 72', 'Market: VN']));
    // The list states no median views or engagement: 'affiliate-without-videos' keeps it provisional.
    expect(em.provisional).toBe(true);
    // The hostile nickname travels as text in the evidence, never as markup.
    expect(chips.find((c) => c.handle === 'bepnhaminh')!.evidence[0]).toContain('<img');
  });

  it('refuses a snapshot the schema does not accept', async () => {
    const { ask } = setup();
    const bad = { ...snapshotFromUser({ uniqueId: 'x' }, countsOf(undefined, undefined), 'feed', NOW, null)!, followers: { value: -1, low: -1, high: -1, exact: true } };
    await expect(ask('scout.seen', { kind: 'feed', snapshots: [bad] })).rejects.toMatchObject({ code: 'invalid-payload' });
  });
});

describe('scout.add and scout.undo', () => {
  it('adds every visible creator once, skips ones never read, and undoes only what it added', async () => {
    const { db, ask, seen } = setup();
    const { chips } = await seen('user-list', 'user-list-followers-us-2025-10.trimmed.json');
    const handles = chips.map((c) => c.handle);
    const first = await ask<{ added: number; listId: string; undoId: string }>('scout.add', { handles: [handles[0]] });
    expect(first.added).toBe(1);
    const all = await ask<{ added: number; skipped: number; listId: string; undoId: string }>('scout.add', { handles: [...handles, 'never.read'], listId: first.listId });
    // The first creator was in the list already; "never.read" was never seen on a page.
    expect(all).toMatchObject({ added: handles.length - 1, skipped: 1, listId: first.listId });
    expect(await entryCountOfList(db, first.listId)).toBe(handles.length);
    expect(await ask('scout.undo', { undoId: all.undoId })).toEqual({ restored: true });
    const left = await entriesOfList(db, first.listId);
    expect(left.map((e) => e.handle)).toEqual([handles[0]]);
    // Spent: a second undo restores nothing.
    expect(await ask('scout.undo', { undoId: all.undoId })).toEqual({ restored: false });
  });
});
