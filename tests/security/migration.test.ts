import { seedShippedVersion } from '../integration/test-db';
import { SHIPPED_VERSIONS } from '../integration/shipped-versions';
import { allCreators } from '../../lib/db/queries/creators';
import { allEntries } from '../../lib/db/queries/entries';
import { describe, expect, it } from 'vitest';
import { VettokDatabase } from '../../lib/db/database';
import { repairTermsV3 } from '../../lib/db/migrations/v3-draft-terms';
import { creatorColumnsV5 } from '../../lib/db/migrations/v5-entry-view';
import { newDraft } from '../../lib/invitations/draft';

/**
 * Issue 9 §4: migration from every shipped schema version, from literal fixtures (empty, one row,
 * 50,000 rows, rows with missing fields): counts and fields equal afterwards, and opening again
 * is a no-op. The store definitions are literal copies of what shipped (shipped-versions.ts).
 */
const LATEST = 10;

type Row = Record<string, unknown>;
interface Fixture {
  creators: Row[];
  snapshots: Row[];
  shortlists: Row[];
  shortlistEntries: Row[];
  invitationDrafts: Row[];
}

const T = Date.UTC(2026, 5, 1);
const creator = (i: number): Row => ({
  handle: `creator.${i}`,
  userId: String(7_000_000 + i),
  nickname: i % 3 ? `小店 ${i} 🌸` : null,
  verified: false,
  language: 'zh-Hans',
  region: 'CN',
  followers: 1000 + i,
  followersExact: true,
  following: 10,
  likes: 20 * i,
  videos: 30,
  score: i % 101,
  tier: 'micro',
  assessment: { score: i % 101, tier: 'micro', flags: [] },
  firstSeenAt: T,
  updatedAt: T + i,
});
const entry = (i: number): Row => ({
  id: `e${i}`,
  listId: i % 2 ? 'list-a' : 'list-b',
  handle: `creator.${i}`,
  status: 'scouting',
  priority: i % 4,
  tags: i % 5 ? ['vip', '美妆'] : [],
  note: i % 7 ? '' : '样品已寄 ✅',
  addedAt: T + i,
});
const LISTS: Row[] = [
  { id: 'list-a', name: '美妆 头部', createdAt: T, archived: false },
  { id: 'list-b', name: 'Q4', createdAt: T + 1, archived: true },
];

const FIXTURES: Record<string, () => Fixture> = {
  empty: () => ({ creators: [], snapshots: [], shortlists: [], shortlistEntries: [], invitationDrafts: [] }),
  'one row': () => ({
    creators: [creator(1)],
    snapshots: [{ id: 1, handle: 'creator.1', capturedAt: T, snapshot: { handle: 'creator.1', capturedAt: T } }],
    shortlists: [LISTS[0]!],
    shortlistEntries: [{ ...entry(1), listId: 'list-a' }],
    invitationDrafts: [newDraft('d1', 'Autumn', T) as unknown as Row],
  }),
  '50,000 rows': () => ({
    creators: Array.from({ length: 2000 }, (_, i) => creator(i)),
    snapshots: Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, handle: `creator.${i}`, capturedAt: T, snapshot: { handle: `creator.${i}`, capturedAt: T } })),
    shortlists: LISTS,
    shortlistEntries: Array.from({ length: 50_000 }, (_, i) => entry(i)),
    invitationDrafts: Array.from({ length: 50 }, (_, i) => newDraft(`d${i}`, `Draft ${i}`, T) as unknown as Row),
  }),
  'missing fields': () => ({
    creators: [{ handle: 'bare', updatedAt: T }],
    snapshots: [{ id: 1, handle: 'bare', capturedAt: T }],
    shortlists: [{ id: 'list-a', name: 'x', createdAt: T }],
    shortlistEntries: [
      { id: 'e1', listId: 'list-a', handle: 'bare', addedAt: T, status: 'scouting' },
      { id: 'e2', listId: 'list-a', handle: 'other', addedAt: T, status: 'scouting', tags: [' vip ', 'vip', 7, ''], priority: Number.NaN },
    ],
    invitationDrafts: [
      { id: 'd1', updatedAt: T },
      { id: 'd2', updatedAt: T, name: 'Half', terms: { commissionPercent: 12 } },
    ],
  }),
};

/** What version `from` → latest does to a row (the documented upgrades, nothing else). */
function expected(from: number, fixture: Fixture): Fixture {
  const entries =
    from >= 2
      ? fixture.shortlistEntries
      : fixture.shortlistEntries.map((e) => ({
          ...e,
          tags: [...new Set((Array.isArray(e['tags']) ? e['tags'] : []).filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean))],
          priority: typeof e['priority'] === 'number' && Number.isFinite(e['priority']) ? e['priority'] : 0,
        }));
  const drafts =
    from >= 3
      ? fixture.invitationDrafts
      : fixture.invitationDrafts.map((d) => ({ ...d, terms: repairTermsV3(d['terms']), name: typeof d['name'] === 'string' ? d['name'] : '' }));
  // Version 5: every entry carries its creator's columns (null when the creator is not stored).
  const creators = new Map(fixture.creators.map((c) => [c['handle'], c]));
  // (From version 5 on, the entries are seeded as version 5 left them: whatever `view` they hold stays.)
  const withView = from >= 5 ? entries : entries.map((e: Row) => ({ ...e, view: creatorColumnsV5(creators.get(e['handle'])) }));
  // Version 9: entries are stored as JSON text, so a number JSON cannot hold (NaN, ±Infinity) reads
  // back as null; the entry schema refuses both, so such an entry is named as one the list cannot
  // show, before and after, and a date among them is mended the same way (lib/backup/stored-records.ts).
  return { ...fixture, shortlistEntries: withView.map((e: Row) => JSON.parse(JSON.stringify(e)) as Row), invitationDrafts: drafts };
}

async function contents(db: VettokDatabase): Promise<Fixture> {
  return {
    // Creators live in buckets since version 6 (each one record of JSON text).
    creators: (await allCreators(db)).sort((a, b) => (a.handle < b.handle ? -1 : 1)) as unknown as Row[],
    snapshots: await db.table('snapshots').orderBy('id').toArray(),
    shortlists: await db.table('shortlists').orderBy('id').toArray(),
    // Entries live in chunks per list since version 9.
    shortlistEntries: (await allEntries(db)).sort((a, b) => (a.id < b.id ? -1 : 1)) as unknown as Row[],
    invitationDrafts: await db.table('invitationDrafts').orderBy('id').toArray(),
  };
}

const sortBy = (rows: Row[], key: string) => [...rows].sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
const sorted = (f: Fixture): Fixture => ({
  creators: sortBy(f.creators, 'handle'),
  snapshots: [...f.snapshots].sort((a, b) => (a['id'] as number) - (b['id'] as number)),
  shortlists: sortBy(f.shortlists, 'id'),
  shortlistEntries: sortBy(f.shortlistEntries, 'id'),
  invitationDrafts: sortBy(f.invitationDrafts, 'id'),
});

let n = 0;
let rowsMigrated = 0;
const timings: string[] = [];

describe('migration from every shipped schema version', () => {
  // 50,000 rows from version 1 only: it runs every later upgrade too (v2 and v5 rewrite every
  // shortlist entry), and 50,000 rows through fake-indexeddb cost ~15 s per start version.
  const cases = SHIPPED_VERSIONS.flatMap((from) =>
    Object.keys(FIXTURES)
      .filter((kind) => from === 1 || kind !== '50,000 rows')
      .map((kind) => [from, kind] as const),
  );

  it.each(cases)('version %i, %s → latest: counts and fields equal; a second open is a no-op', { timeout: 120_000 }, async (from, kind) => {
    const name = `vettok-sec-migration-${process.pid}-${++n}`;
    const fixture = FIXTURES[kind]!();
    await seedShippedVersion(name, from, fixture);

    const started = performance.now();
    const db = new VettokDatabase(name);
    await db.open();
    const ms = performance.now() - started;
    expect(db.verno).toBe(LATEST);
    const after = await contents(db);
    const want = sorted(expected(from, fixture));
    for (const table of Object.keys(want) as (keyof Fixture)[]) {
      expect(after[table].length, table).toBe(want[table].length);
    }
    expect(after).toEqual(want);
    if (from === 1) expect(await db.meta.count()).toBe(0);
    expect(await db.invitations.count()).toBe(0);
    db.close();

    // Second run: opening the migrated database again changes nothing.
    const again = new VettokDatabase(name);
    await again.open();
    expect(again.verno).toBe(LATEST);
    expect(await contents(again)).toEqual(after);
    await again.delete();

    const rows = Object.values(fixture).reduce((sum, t: Row[]) => sum + t.length, 0);
    rowsMigrated += from < LATEST ? rows : 0;
    timings.push(`v${from} ${kind}: ${rows} rows in ${ms.toFixed(0)} ms`);
  });

  it('reports its figures', () => {
    console.log(`[security] migration: ${rowsMigrated} rows migrated\n  ${timings.join('\n  ')}`);
  });
});
