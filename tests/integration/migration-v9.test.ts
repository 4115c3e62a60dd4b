import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VettokDatabase } from '../../lib/db/database';
import { V8_STORES } from './shipped-versions';
import { addEntries } from '../../lib/db/entry-store-repository';
import {
  allEntries,
  entriesOfCreators,
  entriesOfList,
  entryAt,
  entryCount,
  entryCountOfList,
  entryKeys,
  getEntry,
  newestEntriesOfList,
  shortlistedHandles,
} from '../../lib/db/queries/entries';
import { loadListRows } from '../../lib/db/queries/shortlist-rows';
import type { EntryWithView } from '../../lib/schemas/records';


const T = Date.UTC(2026, 10, 1);
const view = {
  nickname: '小店 🌸',
  followers: 12_000,
  score: 71,
  grade: 'B',
  tier: 'micro',
  merchantTier: 'waist',
  confidence: 'profile',
  pitfalls: ['P1'],
  flagIds: ['follower-spike'],
  language: 'zh-Hans',
  region: 'CN',
};

/** Entries as version 8 stored them: literal fields, each with its creator's columns (`view`, since v5). */
const v8Entry = (i: number, listId: string, extra: Record<string, unknown> = {}) => ({
  id: `entry-${String(i).padStart(4, '0')}`,
  listId,
  handle: i % 9 ? `creator.${i}` : `达人_${i}`,
  status: i % 4 ? 'scouting' : 'contacted',
  priority: i % 4,
  tags: i % 5 ? ['vip', '美妆'] : [],
  note: i % 7 ? '' : '样品已寄 ✅ <b>not html</b>',
  addedAt: T + (i % 250) * 1000,
  view: i % 11 ? view : null,
  ...extra,
});

function v8Fixture() {
  return {
    shortlists: [
      { id: 'list-a', name: '美妆 头部', createdAt: T, archived: false },
      { id: 'list-b', name: 'Q4', createdAt: T + 1, archived: true },
    ],
    shortlistEntries: [
      // 260 entries in one list: more than the 200 newest its summary keeps; two share a date.
      ...Array.from({ length: 260 }, (_, i) => v8Entry(i, 'list-a')),
      // The same creators in a second list.
      ...Array.from({ length: 30 }, (_, i) => v8Entry(1000 + i, 'list-b', { handle: `creator.${i + 1}` })),
      // An entry of a list no longer stored, and one the list cannot show (stored before the field rules).
      v8Entry(2000, 'gone-list'),
      v8Entry(2001, 'list-b', { handle: 'bad.date', addedAt: 1e20 }),
    ],
    meta: [{ key: 'lastListId', value: 'list-a' }],
  };
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const newestFirst = (a: { addedAt: number; id: string }, b: { addedAt: number; id: string }) => b.addedAt - a.addedAt || (a.id < b.id ? 1 : -1);
let n = 0;

describe('database version 8 → 10 (entries in chunks per list, a directory by id, a summary per list)', () => {
  it('moves every entry, once, keeps every field, answers every read as before, and a second open changes nothing', async () => {
    const name = `vettok-migration-v9-${process.pid}-${++n}`;
    const fixture = v8Fixture();
    const old = new Dexie(name);
    old.version(8).stores(V8_STORES);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      await old.table('shortlists').bulkAdd(fixture.shortlists);
      await old.table('shortlistEntries').bulkAdd(fixture.shortlistEntries);
      await old.table('meta').bulkAdd(fixture.meta);
    });
    old.close();

    const db = new VettokDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    // The old table is gone from IndexedDB itself.
    expect([...db.backendDB().objectStoreNames]).not.toContain('shortlistEntries');

    const entries = fixture.shortlistEntries;
    expect(byId(await allEntries(db))).toEqual(byId(entries));
    expect(await entryCount(db)).toBe(entries.length);
    expect((await entryKeys(db)).ids.sort()).toEqual(entries.map((e) => e.id).sort());
    for (const listId of ['list-a', 'list-b', 'gone-list']) {
      const members = entries.filter((e) => e.listId === listId);
      expect(byId(await entriesOfList(db, listId))).toEqual(byId(members));
      expect(await entryCountOfList(db, listId)).toBe(members.length);
      // The side panel's first screen: the newest, in the order the old `[listId+addedAt]` index gave.
      expect(await newestEntriesOfList(db, listId, 60)).toEqual([...members].sort(newestFirst).slice(0, 60));
    }
    expect(await getEntry(db, 'entry-0007')).toEqual(entries[7]);
    expect(await entryAt(db, 'list-b', 'creator.3')).toEqual(entries.find((e) => e.listId === 'list-b' && e.handle === 'creator.3'));
    expect(byId(await entriesOfCreators(db, ['creator.2']))).toEqual(byId(entries.filter((e) => e.handle === 'creator.2')));
    expect(await shortlistedHandles(db)).toEqual([...new Set(entries.map((e) => e.handle))].sort());
    // The list's rows read as before; the entry stored before the field rules is still named, not shown.
    expect((await loadListRows(db, 'list-b')).map((r) => r.entryId).sort()).toEqual(entries.filter((e) => e.listId === 'list-b' && e.addedAt < 1e15).map((e) => e.id).sort());
    // A creator is still in a list at most once.
    await expect(addEntries(db, [{ ...entries[3]!, id: 'again' } as unknown as EntryWithView])).rejects.toThrow();
    expect(await db.meta.toArray()).toEqual(fixture.meta);
    expect(byId(await db.shortlists.toArray())).toEqual(byId(fixture.shortlists));

    const layout = { chunks: await db.entryChunks.toArray(), directory: await db.entryDirectory.toArray(), summaries: await db.listSummaries.toArray() };
    db.close();
    const again = new VettokDatabase(name);
    await again.open();
    expect({ chunks: await again.entryChunks.toArray(), directory: await again.entryDirectory.toArray(), summaries: await again.listSummaries.toArray() }).toEqual(layout);
    await again.delete();
  });
});
