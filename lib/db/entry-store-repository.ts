import type { Transaction } from 'dexie';
import type { EntryWithView } from '../schemas/records';
import type { VettokDatabase } from './database';
import { entriesOfList } from './queries/entries';

/*
 * Every write of stored shortlist entries (rows in, rows out), and the one way to watch them
 * change. Call each write inside a transaction that includes entryStores(db)
 * (lib/db/queries/entries.ts) when it is part of a larger change.
 */

/** Adds new entries. Fails (writing none) when an id or a (list, creator) pair is already held. */
export async function addEntries(db: VettokDatabase, entries: readonly EntryWithView[]): Promise<void> {
  if (entries.length) await db.shortlistEntries.bulkAdd([...entries]);
}

/**
 * Stores entries, each new or replacing the stored entry of its id. Fails (writing none) when a
 * (list, creator) pair would be held by two entries.
 */
export async function putEntries(db: VettokDatabase, entries: readonly EntryWithView[]): Promise<void> {
  if (entries.length) await db.shortlistEntries.bulkPut([...entries]);
}

/** Deletes entries by id (ids not stored are skipped). */
export async function deleteEntries(db: VettokDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.shortlistEntries.bulkDelete([...ids]);
}

/** Deletes every entry of a list; returns them. Call inside a transaction that includes entryStores(db). */
export async function deleteEntriesOfList(db: VettokDatabase, listId: string): Promise<EntryWithView[]> {
  const entries = await entriesOfList(db, listId);
  await deleteEntries(db, entries.map((e) => e.id));
  return entries;
}

/** Deletes every entry. */
export async function clearEntries(db: VettokDatabase): Promise<void> {
  await db.shortlistEntries.clear();
}

/** What a watcher of entries is told, entry by entry, as each write happens in its transaction. */
export interface EntryWatcher {
  created(id: string, entry: EntryWithView, tx: Transaction): void;
  /** `mods`: the fields written, by name (a field left out of the new entry: undefined). */
  updated(id: string, before: EntryWithView, mods: Record<string, unknown>, tx: Transaction): void;
  deleted(id: string, before: EntryWithView, tx: Transaction): void;
}

type HookTable = { hook: (event: 'creating' | 'updating' | 'deleting') => { subscribe(fn: unknown): void; unsubscribe(fn: unknown): void } };

/** Tells `watcher` of every entry created, changed or deleted from now on; returns the way to stop. */
export function watchEntries(db: VettokDatabase, watcher: EntryWatcher): () => void {
  const table = db.shortlistEntries as unknown as HookTable;
  // Block bodies: a Dexie hook's return value means something (a key, extra changes); these return nothing.
  const onCreate = (key: unknown, obj: EntryWithView, tx: Transaction) => {
    watcher.created(String(key), obj, tx);
  };
  const onUpdate = (mods: Record<string, unknown>, key: unknown, obj: EntryWithView, tx: Transaction) => {
    watcher.updated(String(key), obj, mods, tx);
  };
  const onDelete = (key: unknown, obj: EntryWithView, tx: Transaction) => {
    watcher.deleted(String(key), obj, tx);
  };
  table.hook('creating').subscribe(onCreate);
  table.hook('updating').subscribe(onUpdate);
  table.hook('deleting').subscribe(onDelete);
  return () => {
    table.hook('creating').unsubscribe(onCreate);
    table.hook('updating').unsubscribe(onUpdate);
    table.hook('deleting').unsubscribe(onDelete);
  };
}
