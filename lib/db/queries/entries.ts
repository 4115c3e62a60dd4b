import Dexie, { type Table } from 'dexie';
import type { EntryWithView } from '../../schemas/records';
import type { VettokDatabase } from '../database';

/*
 * Every read of stored shortlist entries (rows in, rows out). The physical layout of entries is
 * known here and in lib/db/entry-store-repository.ts (the writes) only: nothing else reads their tables.
 */

/** The tables entries are stored in: include them in a transaction that reads or writes entries. */
export function entryStores(db: VettokDatabase): Table[] {
  return [db.shortlistEntries];
}

/** One entry by id, or undefined. */
export function getEntry(db: VettokDatabase, id: string): Promise<EntryWithView | undefined> {
  return db.shortlistEntries.get(id);
}

/** Entries by id, in the order asked (undefined where none). */
export function getEntries(db: VettokDatabase, ids: readonly string[]): Promise<(EntryWithView | undefined)[]> {
  return db.shortlistEntries.bulkGet([...ids]);
}

/** The entry of a creator in a list, or undefined (a creator is in a list at most once). */
export function entryAt(db: VettokDatabase, listId: string, handle: string): Promise<EntryWithView | undefined> {
  return db.shortlistEntries.where('[listId+handle]').equals([listId, handle]).first();
}

/** The entries held on any of these (list, creator) pairs. */
export async function entriesAt(db: VettokDatabase, pairs: readonly (readonly [string, string])[]): Promise<EntryWithView[]> {
  if (pairs.length === 0) return [];
  return db.shortlistEntries.where('[listId+handle]').anyOf(pairs.map(([l, h]) => [l, h])).toArray();
}

/**
 * The entries of one list, through the `[listId+handle]` index (its first part answers a list
 * alone, so no `listId` index of its own is kept: each index costs every entry's write).
 */
export function entriesOfList(db: VettokDatabase, listId: string): Promise<EntryWithView[]> {
  return db.shortlistEntries.where('[listId+handle]').between([listId, Dexie.minKey], [listId, Dexie.maxKey], true, true).toArray();
}

/** The newest `limit` entries of a list, newest first, through the `[listId+addedAt]` index. */
export function newestEntriesOfList(db: VettokDatabase, listId: string, limit: number): Promise<EntryWithView[]> {
  return db.shortlistEntries.where('[listId+addedAt]').between([listId, -Infinity], [listId, Infinity]).reverse().limit(limit).toArray();
}

/** How many entries a list holds. */
export function entryCountOfList(db: VettokDatabase, listId: string): Promise<number> {
  return db.shortlistEntries.where('[listId+handle]').between([listId, Dexie.minKey], [listId, Dexie.maxKey], true, true).count();
}

/** Every entry of these creators, in any list. */
export async function entriesOfCreators(db: VettokDatabase, handles: readonly string[]): Promise<EntryWithView[]> {
  if (handles.length === 0) return [];
  return db.shortlistEntries.where('handle').anyOf([...handles]).toArray();
}

/** Every stored entry. */
export function allEntries(db: VettokDatabase): Promise<EntryWithView[]> {
  return db.shortlistEntries.toArray();
}

/** How many entries are stored. */
export function entryCount(db: VettokDatabase): Promise<number> {
  return db.shortlistEntries.count();
}

/** Whether any entry is stored. */
export async function hasEntries(db: VettokDatabase): Promise<boolean> {
  return (await db.shortlistEntries.limit(1).primaryKeys()).length > 0;
}

/** Every shortlisted creator's handle once, sorted. */
export async function shortlistedHandles(db: VettokDatabase): Promise<string[]> {
  return (await db.shortlistEntries.orderBy('handle').uniqueKeys()) as string[];
}

/** The ids and the (list, creator) pairs of every stored entry, with no entry read. */
export async function entryKeys(db: VettokDatabase): Promise<{ ids: string[]; pairs: [string, string][] }> {
  const ids = (await db.shortlistEntries.toCollection().primaryKeys()) as string[];
  const pairs: [string, string][] = [];
  await db.shortlistEntries.orderBy('[listId+handle]').eachKey((key) => {
    const [listId, handle] = key as unknown as [string, string];
    pairs.push([listId, handle]);
  });
  return { ids, pairs };
}
