import { creatorCount, getCreator } from '../../lib/db/queries/creators';
import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { BackgroundDeps } from '../../lib/background/handlers/deps';
import type { TabCreator } from '../../lib/background/tab-page';
import type { Assessment } from '../../lib/schemas/assessment';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/schemas/settings';
import { realSnapshot } from '../fixture-files';
import { fakeBackgroundDeps } from './test-db';
import { entryCount } from '../../lib/db/queries/entries';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const TAB = 42;
const CONTENT = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: TAB } };

function setup(overrides: Partial<BackgroundDeps> = {}) {
  let clock = Date.UTC(2026, 10, 1);
  const tabs = new Map<number, TabCreator>();
  const badges = new Map<number, Assessment | null>();
  let stored: Settings = DEFAULT_SETTINGS;
  const deps = fakeBackgroundDeps({
    now: () => clock,
    settings: async () => stored,
    saveSettings: async (settings) => void (stored = settings),
    tabCreators: {
      get: async (tabId) => tabs.get(tabId) ?? null,
      set: async (tabId, shown) => void (shown === null ? tabs.delete(tabId) : tabs.set(tabId, shown)),
    },
    setBadge: async (tabId, assessment) => void badges.set(tabId, assessment),
    ...overrides,
  });
  const route = createBackgroundRouter(deps, SELF);
  return { db: deps.db, route, badges, tabs, advance: (ms: number) => (clock += ms) };
}

const submit = (file: string, capturedAt?: number) => ({
  vettok: 1,
  name: 'snapshot.submit',
  payload: { snapshot: realSnapshot(file, capturedAt) },
});

describe('background handlers on a real database', () => {
  it('stores creator and snapshot, assesses, and badges the tab', async () => {
    const { db, route, badges, tabs } = setup();
    const reply = await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
    expect(reply.ok).toBe(true);
    const creator = await getCreator(db, 'a');
    expect(creator).toMatchObject({ handle: 'a', followers: 429_675, followersExact: true, tier: 'mid' }); // 100K–500K: mid by the common convention
    expect(await db.snapshots.count()).toBe(1);
    expect(tabs.get(TAB)).toEqual({ handle: 'a', page: 'tiktok:a' });
    expect(badges.get(TAB)?.tier).toBe('mid');
    expect(creator?.assessment.flags.map((f) => f.id)).toContain('high-followers-per-video');
  });

  it('times the lookup of the lists the card shows, once per visit, for the bench (deps.measure)', async () => {
    const measured: string[] = [];
    const { route } = setup({ measure: (name, ms) => void measured.push(ms >= 0 ? name : 'negative') });
    await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
    await route(submit('user-detail-scope-nasa-2026-09.json'), CONTENT);
    expect(measured).toEqual(['memberships', 'memberships']);
  });

  it('merges repeated reads of one visit but keeps visits apart', async () => {
    const { db, route, advance } = setup();
    const t0 = Date.UTC(2026, 8, 1);
    await route(submit('user-detail-scope-nasa-2026-09.json', t0), CONTENT);
    await route(submit('user-detail-scope-nasa-2026-09.json', t0 + 60_000), CONTENT);
    expect(await db.snapshots.count()).toBe(1);
    advance(86_400_000);
    await route(submit('user-detail-scope-nasa-2026-09.json', t0 + 86_400_000), CONTENT);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('keeps the spacing from a visit\'s first read: reads every 4 minutes give a point every 10 minutes, not one sliding point', async () => {
    const { db, route } = setup();
    const t0 = Date.UTC(2026, 8, 1);
    const MIN = 60_000;
    // Reads at 0, 4, 8 | 12, 16, 20 | 24 minutes: the 10-minute spacing (SNAPSHOT_MERGE_WINDOW_MS)
    // runs from each visit's first read, so 12 and 24 start new visits.
    for (const m of [0, 4, 8, 12, 16, 20, 24]) await route(submit('user-detail-scope-nasa-2026-09.json', t0 + m * MIN), CONTENT);
    const rows = await db.snapshots.orderBy('[handle+capturedAt]').toArray();
    expect(rows.map((r) => (r.capturedAt - t0) / MIN)).toEqual([0, 12, 24]);
    // Each visit holds its newest read.
    expect(rows.map((r) => (r.snapshot.capturedAt - t0) / MIN)).toEqual([8, 20, 24]);
  });

  it('adds to a default list created on first use, once per creator', async () => {
    const { db, route } = setup();
    await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
    const first = await route({ vettok: 1, name: 'shortlist.add', payload: { handle: 'a' } }, CONTENT);
    const again = await route({ vettok: 1, name: 'shortlist.add', payload: { handle: 'a', listId: null } }, PAGE);
    expect(first).toMatchObject({ ok: true, data: { list: { name: 'My shortlist' }, lists: [{ listName: 'My shortlist' }] } });
    expect(again).toMatchObject({ ok: true });
    expect(await db.shortlists.count()).toBe(1);
    expect(await entryCount(db)).toBe(1);
  });

  it('refuses to shortlist a creator never read, or into a missing list, writing nothing', async () => {
    const { db, route } = setup();
    expect(await route({ vettok: 1, name: 'shortlist.add', payload: { handle: 'ghost' } }, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
    expect(await route({ vettok: 1, name: 'shortlist.add', payload: { handle: 'a', listId: 'nope' } }, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await db.shortlists.count()).toBe(0);
    expect(await entryCount(db)).toBe(0);
  });

  it('tells the popup which creator a tab shows', async () => {
    const { route } = setup();
    expect(await route({ vettok: 1, name: 'tab.creator', payload: { tabId: TAB } }, PAGE)).toEqual({
      ok: true,
      data: { creator: null, lists: [] },
    });
    await route(submit('user-detail-scope-zachking-2026-09.json'), CONTENT);
    expect(await route({ vettok: 1, name: 'tab.creator', payload: { tabId: TAB } }, PAGE)).toMatchObject({
      ok: true,
      data: { creator: { handle: 'zachking' } },
    });
    await route({ vettok: 1, name: 'page.unreadable', payload: { reason: 'blocked' } }, CONTENT);
    expect(await route({ vettok: 1, name: 'tab.creator', payload: { tabId: TAB } }, PAGE)).toMatchObject({
      data: { creator: null },
    });
  });

  it('forgets the tab\'s creator, and its badge, once the tab no longer shows that creator', async () => {
    // The popup and the badge must describe what the tab shows now: after @a the merchant went to
    // the feed, another creator or another site (whose URL the extension cannot see: null).
    let url: string | null = 'https://www.tiktok.com/@a';
    const { route, badges, tabs } = setup({ tabUrl: async () => url });
    const popup = () => route({ vettok: 1, name: 'tab.creator', payload: { tabId: TAB } }, PAGE);
    for (const [now, still] of [
      ['https://www.tiktok.com/@a/video/7606836476323597588', true],
      ['https://www.tiktok.com/@a?lang=en', true],
      ['https://www.tiktok.com/foryou', false],
      ['https://www.tiktok.com/@beta', false],
      ['https://affiliate.tiktok.com/connection/creator/detail?cid=1002', false],
      [null, false],
    ] as const) {
      url = 'https://www.tiktok.com/@a';
      await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
      expect(badges.get(TAB)).not.toBeNull();
      url = now;
      expect(await popup(), String(now)).toMatchObject({ ok: true, data: { creator: still ? { handle: 'a' } : null } });
      expect(tabs.has(TAB), String(now)).toBe(still);
      expect(badges.get(TAB) === null, String(now)).toBe(!still);
    }
  });

  it('reports a full disk clearly and leaves nothing half-written', async () => {
    const { db, route } = setup();
    await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
    });
    db.creatorBuckets.hook('creating', () => {
      throw quota;
    });
    db.creatorBuckets.hook('updating', () => {
      throw quota;
    });
    const reply = await route(submit('user-detail-scope-nasa-2026-09.json'), CONTENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await db.snapshots.where('handle').equals('nasa').count()).toBe(0);
    expect(await creatorCount(db)).toBe(1);
  });

  it('saves settings only from extension pages, validated, and assesses with them', async () => {
    const { route, db } = setup();
    const settings: Settings = { ...DEFAULT_SETTINGS, targetMarket: 'VN', thresholds: { ...DEFAULT_SETTINGS.thresholds, followersPerVideoMax: 100_000 } };
    expect(await route({ vettok: 1, name: 'settings.save', payload: { settings } }, CONTENT)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ vettok: 1, name: 'settings.save', payload: { settings: { ...settings, targetMarket: 'XX' } } }, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await route({ vettok: 1, name: 'settings.save', payload: { settings } }, PAGE)).toEqual({ ok: true, data: settings });
    expect(await route({ vettok: 1, name: 'settings.get', payload: {} }, PAGE)).toEqual({ ok: true, data: settings });
    // @a has 71,612 followers per video: above the default 20,000, below the merchant's 100,000.
    await route(submit('user-detail-scope-a-2026-09.json'), CONTENT);
    expect((await getCreator(db, 'a'))?.assessment.flags.map((f) => f.id)).not.toContain('high-followers-per-video');
  });
});
