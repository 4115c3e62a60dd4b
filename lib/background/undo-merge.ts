import type { UndoRecord } from '../db/entries-repository';
import type { ShortlistEntry } from '../schemas/records';

/** What the database holds now, where an undo would write. */
export interface UndoTarget {
  /** Entries now holding a (list, creator) pair that the undo restores, whatever their id. */
  entriesOnPairs: readonly ShortlistEntry[];
  /** Ids of the lists that exist now. */
  listIds: ReadonlySet<string>;
}

export type UndoPlan =
  | { ok: true; undo: UndoRecord; merged: number }
  | { ok: false; reason: 'list-gone'; listId: string };

const pair = (e: { listId: string; handle: string }) => `${e.listId}\u0000${e.handle}`;

/** The older note first, then what was written since (each once). */
function joinNotes(restored: string, since: string): string {
  if (!since.trim() || since === restored) return restored;
  if (!restored.trim()) return since;
  return `${restored}\n\n${since}`;
}

/**
 * An undo, fitted to what happened since it was recorded. An entry it restores whose creator was
 * added to the same list again meanwhile (a new entry, another id) is merged with that entry: the
 * restored status and priority, the tags of both, both notes; the newer entry's row makes way. An
 * entry whose list was deleted since (and is not restored by this same undo) cannot go back: the
 * undo is refused, nothing is written, and it stays available (undo the deletion first).
 */
export function planUndo(undo: UndoRecord, target: UndoTarget): UndoPlan {
  const restoredLists = new Set(undo.lists.map((l) => l.id));
  const removed = new Set(undo.removeEntryIds);
  for (const entry of undo.entries) {
    if (!target.listIds.has(entry.listId) && !restoredLists.has(entry.listId)) return { ok: false, reason: 'list-gone', listId: entry.listId };
  }
  const holders = new Map(target.entriesOnPairs.filter((e) => !removed.has(e.id)).map((e) => [pair(e), e]));
  const removeEntryIds = [...undo.removeEntryIds];
  let merged = 0;
  const entries = undo.entries.map((entry) => {
    const holder = holders.get(pair(entry));
    if (!holder || holder.id === entry.id) return entry;
    merged += 1;
    removeEntryIds.push(holder.id);
    return { ...entry, tags: [...new Set([...entry.tags, ...holder.tags])], note: joinNotes(entry.note, holder.note) };
  });
  return { ok: true, undo: { lists: undo.lists, entries, removeEntryIds }, merged };
}
