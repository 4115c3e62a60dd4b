import { describe, expect, it } from 'vitest';
import { addEntries, deleteEntries, deleteEntriesOfList, putEntries } from '../../lib/db/entry-store-repository';
import { directoryBucketOf, NEWEST_KEPT, newestFirst, slotOf } from '../../lib/db/entry-layout';
import {
  allEntries,
  entriesOfCreators,
  entriesOfList,
  entryAt,
  entryCount,
  entryCountOfList,
  entryKeys,
  entryStores,
  getEntries,
  newestEntriesOfList,
  shortlistedHandles,
} from '../../lib/db/queries/entries';
import type { VettokDatabase } from '../../lib/db/database';
import type { EntryWithView } from '../../lib/schemas/records';
import { freshDb } from './test-db';

/*
 * The entries store against a model (a plain map of entries by id): hundreds of random adds,
 * replacements, moves, deletes and list deletions, some refused. After each step every read
 * answers as the model does, and the stored layout holds each entry exactly once: in the chunk of
 * its list and handle, in the directory bucket of its id, and counted (with the newest entries
 * copied) in its list's summary.
 */

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LISTS = ['l1', 'l2', 'l3'];
// Few handles, many entries: lists fill up, creators repeat across lists, some adds collide.
const HANDLES = Array.from({ length: 100 }, (_, i) => (i % 5 ? `creator.${i}` : `小店_${i}`));

const entry = (id: string, listId: string, handle: string, addedAt: number, note = ''): EntryWithView => ({
  id,
  listId,
  handle,
  status: 'scouting',
  priority: addedAt % 4,
  tags: addedAt % 3 ? ['vip'] : [],
  note,
  addedAt,
  view: null,
});

const byId = (rows: readonly (EntryWithView | undefined)[]) => rows.filter((e): e is EntryWithView => !!e).sort((a, b) => (a.id < b.id ? -1 : 1));

async function layoutHolds(db: VettokDatabase, model: Map<string, EntryWithView>) {
  const chunks = await db.entryChunks.toArray();
  const seen = new Set<string>();
  for (const chunk of chunks) {
    expect(chunk.ids.length, 'no empty chunk is kept').toBeGreaterThan(0);
    expect(new Set(chunk.handles).size, 'a creator once per list').toBe(chunk.handles.length);
    chunk.ids.forEach((id, i) => {
      const stored = JSON.parse(chunk.texts[i]!) as EntryWithView;
      expect(stored).toEqual(model.get(id));
      expect([stored.listId, slotOf(stored.handle), stored.handle]).toEqual([chunk.listId, chunk.slot, chunk.handles[i]]);
      expect(seen.has(id), `${id} stored once`).toBe(false);
      seen.add(id);
    });
  }
  expect(seen.size).toBe(model.size);
  const directory = await db.entryDirectory.toArray();
  expect(directory.reduce((n, b) => n + b.ids.length, 0)).toBe(model.size);
  for (const bucket of directory) {
    bucket.ids.forEach((id, i) => {
      expect(directoryBucketOf(id)).toBe(bucket.bucket);
      expect([bucket.lists[i], bucket.handles[i]]).toEqual([model.get(id)?.listId, model.get(id)?.handle]);
    });
  }
  const summaries = await db.listSummaries.toArray();
  for (const listId of LISTS) {
    const members = [...model.values()].filter((e) => e.listId === listId).sort(newestFirst);
    const summary = summaries.find((s) => s.listId === listId);
    if (members.length === 0) {
      expect(summary, `no summary for empty ${listId}`).toBeUndefined();
      continue;
    }
    expect(summary!.count).toBe(members.length);
    // The newest n, in order, for some n: all of a small list, at least the refill floor of a large one.
    const newest = summary!.newest.map((t) => JSON.parse(t) as EntryWithView);
    expect(newest).toEqual(members.slice(0, newest.length));
    expect(newest.length).toBeGreaterThanOrEqual(Math.min(members.length, 100));
    expect(newest.length).toBeLessThanOrEqual(NEWEST_KEPT);
  }
}

async function readsMatch(db: VettokDatabase, model: Map<string, EntryWithView>, pick: () => number) {
  const all = byId([...model.values()]);
  expect(byId(await allEntries(db))).toEqual(all);
  expect(await entryCount(db)).toBe(model.size);
  const keys = await entryKeys(db);
  expect([...keys.ids].sort()).toEqual(all.map((e) => e.id));
  expect(await shortlistedHandles(db)).toEqual([...new Set(all.map((e) => e.handle))].sort());
  for (const listId of LISTS) {
    const members = all.filter((e) => e.listId === listId);
    expect(byId(await entriesOfList(db, listId))).toEqual(members);
    expect(await entryCountOfList(db, listId)).toBe(members.length);
    const limit = 1 + Math.floor(pick() * 300);
    expect(await newestEntriesOfList(db, listId, limit)).toEqual([...members].sort(newestFirst).slice(0, limit));
  }
  const handle = HANDLES[Math.floor(pick() * HANDLES.length)]!;
  expect(byId(await entriesOfCreators(db, [handle]))).toEqual(all.filter((e) => e.handle === handle));
  const listId = LISTS[Math.floor(pick() * LISTS.length)]!;
  expect(await entryAt(db, listId, handle)).toEqual(all.find((e) => e.listId === listId && e.handle === handle));
  const ids = [...all.slice(0, 3).map((e) => e.id), 'never-stored'];
  expect(await getEntries(db, ids)).toEqual(ids.map((id) => model.get(id)));
}

describe('entries store against a model', () => {
  it('300 random writes: every read answers as the model, every refused write writes nothing', { timeout: 120_000 }, async () => {
    const db = freshDb();
    const pick = random(20261207);
    const model = new Map<string, EntryWithView>();
    let next = 0;
    let refused = 0;
    const held = (listId: string, handle: string) => [...model.values()].some((e) => e.listId === listId && e.handle === handle);
    const any = <T>(items: readonly T[]) => items[Math.floor(pick() * items.length)]!;
    /** A write the model says the store takes is awaited and applied to the model; any other must be refused. */
    const expectWrite = async (write: Promise<unknown>, fits: boolean, changed: readonly EntryWithView[]) => {
      if (fits) {
        await write;
        for (const e of changed) model.set(e.id, e);
      } else {
        await expect(write).rejects.toThrow();
        refused++;
      }
    };

    for (let step = 0; step < 300; step++) {
      const kind = pick();
      const stored = [...model.values()];
      if (kind < 0.5) {
        // Add up to 60 new entries (a large add at times, so the newest copy overflows and refills).
        const batch: EntryWithView[] = [];
        const size = pick() < 0.1 ? 60 : 1 + Math.floor(pick() * 6);
        // Mostly free (list, creator) pairs; one in five batches may hold a pair taken already.
        const free = LISTS.flatMap((l) => HANDLES.filter((h) => !held(l, h)).map((h) => [l, h] as const));
        const anyPair = pick() < 0.2;
        for (let i = 0; i < size && free.length; i++) {
          const [listId, handle] = anyPair ? [any(LISTS), any(HANDLES)] : free.splice(Math.floor(pick() * free.length), 1)[0]!;
          batch.push(entry(`e${++next}`, listId, handle, Math.floor(pick() * 1000)));
        }
        const pairs = batch.map((e) => `${e.listId}/${e.handle}`);
        const fits = new Set(pairs).size === pairs.length && batch.every((e) => !held(e.listId, e.handle));
        await expectWrite(
          db.transaction('rw', entryStores(db), () => addEntries(db, batch)),
          fits,
          batch,
        );
      } else if (kind < 0.75 && stored.length) {
        // Replace some entries: a new note or date, or a move to another list.
        const chosen = [...new Set(Array.from({ length: 1 + Math.floor(pick() * 4) }, () => any(stored)))];
        const changed = chosen.map((e) => (pick() < 0.5 ? { ...e, note: `n${step}`, addedAt: Math.floor(pick() * 1000) } : { ...e, listId: any(LISTS) }));
        const after = new Map(model);
        for (const e of changed) after.set(e.id, e);
        const pairs = [...after.values()].map((e) => `${e.listId}/${e.handle}`);
        await expectWrite(
          db.transaction('rw', entryStores(db), () => putEntries(db, changed)),
          new Set(pairs).size === pairs.length,
          changed,
        );
      } else if (kind < 0.98 && stored.length) {
        const ids = Array.from({ length: 1 + Math.floor(pick() * 3) }, () => any(stored).id);
        await db.transaction('rw', entryStores(db), () => deleteEntries(db, [...ids, 'never-stored']));
        for (const id of ids) model.delete(id);
      } else {
        const listId = any(LISTS);
        const gone = await deleteEntriesOfList(db, listId);
        expect(byId(gone)).toEqual(byId(stored.filter((e) => e.listId === listId)));
        for (const e of gone) model.delete(e.id);
      }
      if (step % 10 === 9 || step === 299) {
        await layoutHolds(db, model);
        await readsMatch(db, model, pick);
      }
    }
    console.log(`[entries model] ${model.size} entries left, ${refused} writes refused`);
    expect(refused).toBeGreaterThan(10);
    expect(model.size).toBeGreaterThan(20);
  });

  it('a list of 1,000 keeps its newest 200, and deleting the newest fills the copy again from the list', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 1000 }, (_, i) => entry(`e${String(i).padStart(4, '0')}`, 'big', `creator.${i}`, i));
    await addEntries(db, rows);
    const summary = await db.listSummaries.get('big');
    expect(summary!.count).toBe(1000);
    expect(summary!.newest.map((t) => (JSON.parse(t) as EntryWithView).addedAt)).toEqual(Array.from({ length: NEWEST_KEPT }, (_, i) => 999 - i));
    // The 150 newest go: 50 are left in the copy, fewer than the floor, so it is filled again.
    await deleteEntries(db, rows.slice(850).map((e) => e.id));
    const again = await db.listSummaries.get('big');
    expect(again!.count).toBe(850);
    expect(again!.newest.map((t) => (JSON.parse(t) as EntryWithView).addedAt)).toEqual(Array.from({ length: NEWEST_KEPT }, (_, i) => 849 - i));
    expect((await newestEntriesOfList(db, 'big', 60)).map((e) => e.addedAt)).toEqual(Array.from({ length: 60 }, (_, i) => 849 - i));
  });
});
