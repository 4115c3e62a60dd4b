import type { EntryStatus, Shortlist, ShortlistEntry } from '../schemas/records';
import type { VettokDatabase } from './database';
import { withViews } from './entry-views';
import { UnknownListError, type IdSource } from './shortlists-repository';
import { entriesOfList, entryStores, getEntries, getEntry } from './queries/entries';
import { addEntries, deleteEntries, putEntries } from './entry-store-repository';

export class UnknownEntryError extends Error {}

/** What it takes to undo a change: rows to put back (lists and entries) and entry ids to delete. */
export interface UndoRecord {
  lists: Shortlist[];
  entries: ShortlistEntry[];
  removeEntryIds: string[];
}

export type BulkAction =
  | { kind: 'move'; toListId: string }
  | { kind: 'copy'; toListId: string }
  | { kind: 'tag'; add: string[]; remove: string[] }
  | { kind: 'status'; status: EntryStatus }
  | { kind: 'priority'; priority: number }
  | { kind: 'remove' };

export interface EntryPatch {
  status?: EntryStatus;
  priority?: number;
  tags?: string[];
  note?: string;
}

export const cleanTags = (tags: readonly string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

/** Changes one entry; returns the entry before the change (for undo). */
export async function updateEntry(db: VettokDatabase, entryId: string, patch: EntryPatch): Promise<{ before: ShortlistEntry; after: ShortlistEntry }> {
  return db.transaction('rw', entryStores(db), async () => {
    const before = await getEntry(db, entryId);
    if (!before) throw new UnknownEntryError(`no entry with id ${entryId}`);
    const after: ShortlistEntry = { ...before, ...patch, ...(patch.tags ? { tags: cleanTags(patch.tags) } : {}) };
    await putEntries(db, [after]);
    return { before, after };
  });
}

/**
 * Applies one bulk action to the selected entries in one transaction: all of them change or none.
 * Moving or copying a creator into a list that already holds them keeps the one entry there.
 */
export async function bulkUpdateEntries(
  db: VettokDatabase,
  entryIds: readonly string[],
  action: BulkAction,
  deps: { now: number; ids: IdSource },
): Promise<{ affected: number; undo: UndoRecord }> {
  return db.transaction('rw', [db.shortlists, ...entryStores(db)], async () => {
    const found = (await getEntries(db, entryIds)).filter((e): e is ShortlistEntry => e !== undefined);
    const undo: UndoRecord = { lists: [], entries: [], removeEntryIds: [] };
    if (action.kind === 'move' || action.kind === 'copy') {
      if (!(await db.shortlists.get(action.toListId))) throw new UnknownListError(`no shortlist with id ${action.toListId}`);
      const already = new Set(
        (await entriesOfList(db, action.toListId)).map((e) => e.handle),
      );
      const created: ShortlistEntry[] = [];
      for (const entry of found) {
        if (entry.listId === action.toListId) continue;
        if (!already.has(entry.handle)) {
          already.add(entry.handle);
          created.push({ ...entry, id: deps.ids.newId(), listId: action.toListId, addedAt: action.kind === 'copy' ? deps.now : entry.addedAt });
        }
      }
      await addEntries(db, created);
      undo.removeEntryIds = created.map((e) => e.id);
      if (action.kind === 'move') {
        const moved = found.filter((e) => e.listId !== action.toListId);
        await deleteEntries(db, moved.map((e) => e.id));
        undo.entries = moved;
        return { affected: moved.length, undo };
      }
      return { affected: created.length, undo };
    }
    if (action.kind === 'remove') {
      await deleteEntries(db, found.map((e) => e.id));
      undo.entries = found;
      return { affected: found.length, undo };
    }
    const changed = found.map((entry): ShortlistEntry => {
      switch (action.kind) {
        case 'status':
          return { ...entry, status: action.status };
        case 'priority':
          return { ...entry, priority: action.priority };
        case 'tag':
          return { ...entry, tags: cleanTags([...entry.tags.filter((t) => !action.remove.includes(t)), ...action.add]) };
      }
    });
    await putEntries(db, changed);
    undo.entries = found;
    return { affected: changed.length, undo };
  });
}

/** Puts back what an undo record holds, in one transaction. */
export async function applyUndo(db: VettokDatabase, undo: UndoRecord): Promise<number> {
  return db.transaction('rw', [db.creatorBuckets, db.shortlists, ...entryStores(db)], async () => {
    await deleteEntries(db, undo.removeEntryIds);
    await db.shortlists.bulkPut(undo.lists);
    // The creators may have changed since: their columns are taken afresh.
    await putEntries(db, await withViews(db, undo.entries));
    return undo.entries.length + undo.removeEntryIds.length + undo.lists.length;
  });
}
