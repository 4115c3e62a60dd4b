import type { UndoRecord } from '../db/entries-repository';
import type { IdSource } from '../db/shortlists-repository';

/** How many recent changes can still be undone. */
export const UNDO_DEPTH = 20;

/** Recent changes' undo records, in the background's memory (a restart forgets them). */
export function createUndoStore(ids: IdSource) {
  const records = new Map<string, UndoRecord>();
  return {
    put(undo: UndoRecord): string {
      const id = ids.newId();
      records.set(id, undo);
      while (records.size > UNDO_DEPTH) records.delete(records.keys().next().value!);
      return id;
    },
    /** The record, still available: it is spent only once it was applied (`spend`). */
    get(id: string): UndoRecord | null {
      return records.get(id) ?? null;
    },
    /** An applied undo cannot be applied twice. */
    spend(id: string): void {
      records.delete(id);
    },
  };
}
