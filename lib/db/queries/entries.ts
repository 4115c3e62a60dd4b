import type { Table } from 'dexie';
import type { EntryChunk, EntryDirectoryBucket, EntryWithView } from '../../schemas/records';
import type { VettokDatabase } from '../database';
import { directoryBucketOf, ENTRY_SLOTS, entriesIn, entryInChunk, newestFirst, parseEntries, slotOf } from '../entry-layout';

/*
 * Every read of stored shortlist entries (rows in, rows out). The physical layout of entries
 * (lib/db/entry-layout.ts) is known here and in lib/db/entry-store-repository.ts (the writes)
 * only: nothing else reads their tables.
 */

/** The tables entries are stored in: include them in a transaction that reads or writes entries. */
export function entryStores(db: VettokDatabase): Table[] {
  return [db.entryChunks, db.entryDirectory, db.listSummaries];
}

/** The chunks of one list, by their slot range. */
export function chunksOfList(db: VettokDatabase, listId: string): Promise<EntryChunk[]> {
  return db.entryChunks.where('[listId+slot]').between([listId, 0], [listId, ENTRY_SLOTS], true, false).toArray();
}

/** Where entries are stored, by id: the list and creator of each id found in the directory. */
async function locateEntries(db: VettokDatabase, ids: readonly string[]): Promise<Map<string, { listId: string; handle: string }>> {
  const asked = new Set(ids);
  const buckets = await db.entryDirectory.bulkGet([...new Set(ids.map(directoryBucketOf))]);
  const found = new Map<string, { listId: string; handle: string }>();
  for (const bucket of buckets) {
    if (!bucket) continue;
    bucket.ids.forEach((id, i) => {
      if (asked.has(id)) found.set(id, { listId: bucket.lists[i]!, handle: bucket.handles[i]! });
    });
  }
  return found;
}

/** The entries held on these (list, creator) pairs, by id: each chunk read once, each entry parsed once. */
async function entriesOnPairs(db: VettokDatabase, pairs: readonly (readonly [string, string])[]): Promise<Map<string, EntryWithView>> {
  const asked = new Map<string, { key: [string, number]; handles: Set<string> }>();
  for (const [listId, handle] of pairs) {
    const slot = slotOf(handle);
    const id = `${listId}\u0000${slot}`;
    const chunk = asked.get(id);
    if (chunk) chunk.handles.add(handle);
    else asked.set(id, { key: [listId, slot], handles: new Set([handle]) });
  }
  const wanted = [...asked.values()];
  const chunks = await db.entryChunks.bulkGet(wanted.map((w) => w.key));
  const texts: string[] = [];
  chunks.forEach((chunk, i) => {
    if (!chunk) return;
    const { handles } = wanted[i]!;
    chunk.handles.forEach((h, j) => {
      if (handles.has(h)) texts.push(chunk.texts[j]!);
    });
  });
  return new Map(parseEntries(texts).map((e) => [e.id, e]));
}

/** One entry by id, or undefined. */
export async function getEntry(db: VettokDatabase, id: string): Promise<EntryWithView | undefined> {
  return (await getEntries(db, [id]))[0];
}

/** Entries by id, in the order asked (undefined where none): a directory read, then one chunk per (list, creator). */
export async function getEntries(db: VettokDatabase, ids: readonly string[]): Promise<(EntryWithView | undefined)[]> {
  if (ids.length === 0) return [];
  const where = await locateEntries(db, ids);
  const found = await entriesOnPairs(db, [...where.values()].map((w) => [w.listId, w.handle] as const));
  return ids.map((id) => found.get(id));
}

/** The entry of a creator in a list, or undefined (a creator is in a list at most once): one chunk read. */
export async function entryAt(db: VettokDatabase, listId: string, handle: string): Promise<EntryWithView | undefined> {
  return entryInChunk(await db.entryChunks.get([listId, slotOf(handle)]), handle);
}

/** The entries held on any of these (list, creator) pairs. */
export async function entriesAt(db: VettokDatabase, pairs: readonly (readonly [string, string])[]): Promise<EntryWithView[]> {
  if (pairs.length === 0) return [];
  return [...(await entriesOnPairs(db, pairs)).values()];
}

/** The entries of one list. */
export async function entriesOfList(db: VettokDatabase, listId: string): Promise<EntryWithView[]> {
  return (await chunksOfList(db, listId)).flatMap(entriesIn);
}

/**
 * The newest `limit` entries of a list, newest first: from the list's summary when it holds
 * enough, else from the whole list.
 */
export async function newestEntriesOfList(db: VettokDatabase, listId: string, limit: number): Promise<EntryWithView[]> {
  const summary = await db.listSummaries.get(listId);
  if (!summary) return [];
  if (summary.newest.length >= limit || summary.newest.length === summary.count) return parseEntries(summary.newest.slice(0, limit));
  return (await entriesOfList(db, listId)).sort(newestFirst).slice(0, limit);
}

/** How many entries a list holds. */
export async function entryCountOfList(db: VettokDatabase, listId: string): Promise<number> {
  return (await db.listSummaries.get(listId))?.count ?? 0;
}

/** Every entry of these creators, in any list: one chunk per list holding entries and creator. */
export async function entriesOfCreators(db: VettokDatabase, handles: readonly string[]): Promise<EntryWithView[]> {
  if (handles.length === 0) return [];
  const lists = (await db.listSummaries.toCollection().primaryKeys()) as string[];
  return entriesAt(db, lists.flatMap((listId) => handles.map((handle) => [listId, handle] as const)));
}

/** Every stored entry. */
export async function allEntries(db: VettokDatabase): Promise<EntryWithView[]> {
  return (await db.entryChunks.toArray()).flatMap(entriesIn);
}

/** How many entries are stored. */
export async function entryCount(db: VettokDatabase): Promise<number> {
  return (await directory(db)).reduce((n, b) => n + b.ids.length, 0);
}

/** Whether any entry is stored. */
export async function hasEntries(db: VettokDatabase): Promise<boolean> {
  return (await db.listSummaries.limit(1).primaryKeys()).length > 0;
}

/** Every shortlisted creator's handle once, sorted (from the directory: no entry read). */
export async function shortlistedHandles(db: VettokDatabase): Promise<string[]> {
  return [...new Set((await directory(db)).flatMap((b) => b.handles))].sort();
}

/** The ids and the (list, creator) pairs of every stored entry, with no entry read. */
export async function entryKeys(db: VettokDatabase): Promise<{ ids: string[]; pairs: [string, string][] }> {
  const ids: string[] = [];
  const pairs: [string, string][] = [];
  for (const bucket of await directory(db)) {
    bucket.ids.forEach((id, i) => {
      ids.push(id);
      pairs.push([bucket.lists[i]!, bucket.handles[i]!]);
    });
  }
  return { ids, pairs };
}

const directory = (db: VettokDatabase): Promise<EntryDirectoryBucket[]> => db.entryDirectory.toArray();
