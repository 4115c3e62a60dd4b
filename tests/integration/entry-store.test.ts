import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addEntries, clearEntries, deleteEntries, deleteEntriesOfList, putEntries, watchEntries } from '../../lib/db/entry-store-repository';
import {
  allEntries,
  entriesAt,
  entriesOfCreators,
  entriesOfList,
  entryAt,
  entryCount,
  entryCountOfList,
  entryKeys,
  entryStores,
  getEntries,
  getEntry,
  hasEntries,
  newestEntriesOfList,
  shortlistedHandles,
} from '../../lib/db/queries/entries';
import type { VettokDatabase } from '../../lib/db/database';
import type { EntryWithView } from '../../lib/schemas/records';
import { slotOf } from '../../lib/db/entry-layout';
import { freshDb } from './test-db';

/*
 * The entries store's contract (rows in, rows out), whatever the physical layout: a creator is in
 * a list at most once, a write that would break that writes nothing, and a watcher hears of every
 * entry created, changed or deleted.
 */

const entry = (id: string, listId: string, handle: string, addedAt = 1, extra: Partial<EntryWithView> = {}): EntryWithView => ({
  id,
  listId,
  handle,
  status: 'scouting',
  priority: 0,
  tags: [],
  note: '',
  addedAt,
  view: null,
  ...extra,
});

const byId = (rows: readonly (EntryWithView | undefined)[]) => [...rows].filter((e) => e !== undefined).sort((a, b) => a!.id.localeCompare(b!.id));
const write = (db: VettokDatabase, work: () => Promise<unknown>) => db.transaction('rw', entryStores(db), work);

async function seeded() {
  const db = freshDb();
  await write(db, () =>
    addEntries(db, [entry('e1', 'l1', 'alpha', 10), entry('e2', 'l1', 'beta', 30), entry('e3', 'l1', 'gamma', 20), entry('e4', 'l2', 'alpha', 5), entry('e5', 'l2', 'delta', 7)]),
  );
  return db;
}

describe('entries store', () => {
  it('reads entries by id, by (list, creator), by list, by creator and whole', async () => {
    const db = await seeded();
    expect(await getEntry(db, 'e2')).toEqual(entry('e2', 'l1', 'beta', 30));
    expect(await getEntry(db, 'nope')).toBeUndefined();
    expect((await getEntries(db, ['e4', 'nope', 'e1'])).map((e) => e?.id)).toEqual(['e4', undefined, 'e1']);
    expect((await entryAt(db, 'l2', 'alpha'))?.id).toBe('e4');
    expect(await entryAt(db, 'l2', 'beta')).toBeUndefined();
    expect(byId(await entriesAt(db, [['l1', 'alpha'], ['l2', 'delta'], ['l2', 'beta']])).map((e) => e!.id)).toEqual(['e1', 'e5']);
    expect(byId(await entriesOfList(db, 'l1')).map((e) => e!.id)).toEqual(['e1', 'e2', 'e3']);
    expect(await entriesOfList(db, 'l3')).toEqual([]);
    // Newest first, as many as asked.
    expect((await newestEntriesOfList(db, 'l1', 2)).map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(await entryCountOfList(db, 'l1')).toBe(3);
    expect(await entryCountOfList(db, 'l3')).toBe(0);
    expect(byId(await entriesOfCreators(db, ['alpha', 'delta'])).map((e) => e!.id)).toEqual(['e1', 'e4', 'e5']);
    expect(byId(await allEntries(db)).map((e) => e!.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(await entryCount(db)).toBe(5);
    expect(await hasEntries(db)).toBe(true);
    expect(await shortlistedHandles(db)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    const keys = await entryKeys(db);
    expect([...keys.ids].sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(keys.pairs.map(([l, h]) => `${l}/${h}`).sort()).toEqual(['l1/alpha', 'l1/beta', 'l1/gamma', 'l2/alpha', 'l2/delta']);
  });

  it('refuses a second entry of a creator in a list, or an id held already, writing nothing', async () => {
    const db = await seeded();
    const before = byId(await allEntries(db));
    await expect(write(db, () => addEntries(db, [entry('e9', 'l3', 'omega'), entry('e8', 'l1', 'beta')]))).rejects.toThrow();
    await expect(write(db, () => addEntries(db, [entry('e9', 'l3', 'omega'), entry('e1', 'l3', 'other')]))).rejects.toThrow();
    await expect(write(db, () => addEntries(db, [entry('e9', 'l3', 'omega'), entry('e10', 'l3', 'omega')]))).rejects.toThrow();
    // Replacing an entry so that its creator would be in its list twice.
    await expect(write(db, () => putEntries(db, [entry('e9', 'l3', 'omega'), entry('e3', 'l1', 'beta')]))).rejects.toThrow();
    await expect(write(db, () => putEntries(db, [entry('e9', 'l1', 'alpha')]))).rejects.toThrow();
    expect(byId(await allEntries(db))).toEqual(before);
    expect(await entryAt(db, 'l3', 'omega')).toBeUndefined();
  });

  it('replaces an entry by id, moves it between lists and deletes by id and by list', async () => {
    const db = await seeded();
    await write(db, () => putEntries(db, [entry('e2', 'l1', 'beta', 30, { note: '直播', tags: ['vip'] }), entry('e6', 'l2', 'beta', 8)]));
    expect(await getEntry(db, 'e2')).toMatchObject({ note: '直播', tags: ['vip'] });
    expect(await entryCount(db)).toBe(6);
    // The same id in another list: the entry is there, and no longer in the first.
    await write(db, () => putEntries(db, [entry('e3', 'l3', 'gamma', 20)]));
    expect((await entryAt(db, 'l3', 'gamma'))?.id).toBe('e3');
    expect(await entryAt(db, 'l1', 'gamma')).toBeUndefined();
    expect(await entryCount(db)).toBe(6);
    await write(db, () => deleteEntries(db, ['e1', 'nope']));
    expect(await getEntry(db, 'e1')).toBeUndefined();
    // A creator whose entry was deleted can be added to the list again.
    await write(db, () => addEntries(db, [entry('e7', 'l1', 'alpha', 40)]));
    const gone = await write(db, () => deleteEntriesOfList(db, 'l2'));
    expect(byId(gone as EntryWithView[]).map((e) => e!.id)).toEqual(['e4', 'e5', 'e6']);
    expect(await entriesOfList(db, 'l2')).toEqual([]);
    expect(byId(await allEntries(db)).map((e) => e!.id)).toEqual(['e2', 'e3', 'e7']);
    await write(db, () => clearEntries(db));
    expect(await hasEntries(db)).toBe(false);
    expect(await entryKeys(db)).toEqual({ ids: [], pairs: [] });
  });

  it('tells a watcher of each entry created, changed (the fields written) and deleted, with its transaction', async () => {
    const db = await seeded();
    const heard: string[] = [];
    let seen: Transaction | null = null;
    const stop = watchEntries(db, {
      created(id, e, tx) {
        heard.push(`created ${id} ${e.handle}`);
        seen = tx;
      },
      updated(id, before, mods) {
        const changed = Object.keys(mods).filter((k) => JSON.stringify(mods[k]) !== JSON.stringify((before as unknown as Record<string, unknown>)[k]));
        heard.push(`updated ${id} ${changed.sort().join(',')}`);
      },
      deleted(id, before) {
        heard.push(`deleted ${id} ${before.handle}`);
      },
    });
    let writer: Transaction | null = null;
    await db.transaction('rw', entryStores(db), async (tx) => {
      writer = tx;
      await addEntries(db, [entry('e9', 'l3', 'omega')]);
    });
    expect(seen).toBe(writer);
    await write(db, () => putEntries(db, [entry('e2', 'l1', 'beta', 30, { priority: 2, note: 'x' })]));
    await write(db, () => deleteEntries(db, ['e5']));
    stop();
    await write(db, () => deleteEntries(db, ['e4']));
    expect(heard).toEqual(['created e9 omega', 'updated e2 note,priority', 'deleted e5 delta']);
  });

  it('writes many entries in steps of whole chunks, in one transaction: progress told per step, a conflict in a later step writes nothing', async () => {
    const db = freshDb();
    // More than one write's worth (25,000): two steps, each chunk of the list whole in one of them.
    const many = Array.from({ length: 30_000 }, (_, i) => entry(`m${i}`, 'big', `creator.${i}`, i));
    // A creator twice, in the chunk written last (steps go in order of list and chunk): the first
    // step is written before the clash is found, and the add is still refused whole.
    const place = (e: EntryWithView) => `${e.listId}\u0000${slotOf(e.handle)}`;
    const last = [...many].sort((a, b) => (place(a) < place(b) ? -1 : place(a) > place(b) ? 1 : 0)).at(-1)!;
    const clash = [...many, entry('m-again', 'big', last.handle, 1)];
    await expect(addEntries(db, clash)).rejects.toThrow();
    expect(await hasEntries(db)).toBe(false);
    const told: number[] = [];
    await addEntries(db, many, (done) => told.push(done));
    expect(told.length).toBe(2);
    expect(told.at(-1)).toBe(30_000);
    expect(await entryCountOfList(db, 'big')).toBe(30_000);
    expect((await entryKeys(db)).ids.length).toBe(30_000);
    expect((await newestEntriesOfList(db, 'big', 3)).map((e) => e.id)).toEqual(['m29999', 'm29998', 'm29997']);
  });

  it('replacing: an id written twice in one call keeps the last; adding: refused', async () => {
    const db = await seeded();
    await putEntries(db, [entry('e2', 'l1', 'beta', 30, { note: 'first' }), entry('e2', 'l1', 'beta', 30, { note: 'last' })]);
    expect((await getEntry(db, 'e2'))?.note).toBe('last');
    expect(await entryCount(db)).toBe(5);
    await expect(addEntries(db, [entry('n1', 'l3', 'omega'), entry('n1', 'l3', 'sigma')])).rejects.toThrow();
    expect(await entryAt(db, 'l3', 'omega')).toBeUndefined();
  });
});
