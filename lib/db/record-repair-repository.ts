import { fixRecord, type RecordId, type RecordTable } from '../backup/stored-records';
import type { EntryWithView } from '../schemas/records';
import type { VettokDatabase } from './database';
import { deleteEntries, putEntries } from './entry-store-repository';
import { entryStores, getEntry } from './queries/entries';

/** Reads and writes one stored record of a table by id (entries through their own store). */
function recordsOf(db: VettokDatabase, table: RecordTable) {
  if (table === 'shortlistEntries') {
    return {
      stores: entryStores(db),
      get: (id: RecordId) => getEntry(db, String(id)),
      put: (row: unknown) => putEntries(db, [row as EntryWithView]),
      delete: (id: RecordId) => deleteEntries(db, [String(id)]),
    };
  }
  const store = db.table(table);
  return { stores: [store], get: (id: RecordId) => store.get(id) as Promise<unknown>, put: (row: unknown) => store.put(row), delete: (id: RecordId) => store.delete(id) };
}

/** Removes one stored record (a view named it as one it cannot show). */
export async function removeRecord(db: VettokDatabase, table: RecordTable, id: RecordId): Promise<boolean> {
  const records = recordsOf(db, table);
  return db.transaction('rw', records.stores, async () => {
    if ((await records.get(id)) === undefined) return false;
    await records.delete(id);
    return true;
  });
}

/** Mends one stored record where fixRecord can; false (nothing written) where it cannot. */
export async function fixStoredRecord(db: VettokDatabase, table: RecordTable, id: RecordId, now: number): Promise<boolean> {
  const records = recordsOf(db, table);
  return db.transaction('rw', records.stores, async () => {
    const row: unknown = await records.get(id);
    const fixed = row === undefined ? null : fixRecord(table, row, now);
    if (!fixed) return false;
    await records.put(fixed);
    return true;
  });
}
