import { fixRecord, type RecordId, type RecordTable } from '../backup/stored-records';
import type { VettokDatabase } from './database';

/** Removes one stored record (a view named it as one it cannot show). */
export async function removeRecord(db: VettokDatabase, table: RecordTable, id: RecordId): Promise<boolean> {
  const store = db.table(table);
  return db.transaction('rw', store, async () => {
    if ((await store.get(id)) === undefined) return false;
    await store.delete(id);
    return true;
  });
}

/** Mends one stored record where fixRecord can; false (nothing written) where it cannot. */
export async function fixStoredRecord(db: VettokDatabase, table: RecordTable, id: RecordId, now: number): Promise<boolean> {
  const store = db.table(table);
  return db.transaction('rw', store, async () => {
    const row: unknown = await store.get(id);
    const fixed = row === undefined ? null : fixRecord(table, row, now);
    if (!fixed) return false;
    await store.put(fixed);
    return true;
  });
}
