import type { VettokDatabase } from '../db/database';
import { applyUndo, type UndoRecord } from '../db/entries-repository';
import { entriesAt, entryStores } from '../db/queries/entries';
import { planUndo } from './undo-merge';

export type UndoOutcome = { restored: true; merged: number } | { restored: false; refusal: 'list-gone' };

/**
 * Applies an undo fitted to the database as it is now (`planUndo`), in one transaction: reading
 * what happened since and writing the undo cannot interleave with another write. A refusal writes
 * nothing.
 */
export async function applyUndoSince(db: VettokDatabase, undo: UndoRecord): Promise<UndoOutcome> {
  return db.transaction('rw', [db.creatorBuckets, db.shortlists, ...entryStores(db)], async () => {
    const entriesOnPairs = await entriesAt(db, undo.entries.map((e) => [e.listId, e.handle] as const));
    const lists = await db.shortlists.bulkGet([...new Set(undo.entries.map((e) => e.listId))]);
    const plan = planUndo(undo, { entriesOnPairs, listIds: new Set(lists.flatMap((l) => (l ? [l.id] : []))) });
    if (!plan.ok) return { restored: false, refusal: plan.reason };
    await applyUndo(db, plan.undo);
    return { restored: true, merged: plan.merged };
  });
}
