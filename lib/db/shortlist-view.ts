import type { CreatorRecord, Shortlist, ShortlistEntry } from '../schemas/records';
import type { VettokDatabase } from './database';

export interface ShortlistRow {
  entry: ShortlistEntry;
  creator: CreatorRecord | null;
}

export interface ShortlistWithRows {
  list: Shortlist;
  rows: ShortlistRow[];
}

/** Every list with its entries and their creators, newest entries first (for live queries). */
export async function loadShortlists(db: VettokDatabase): Promise<ShortlistWithRows[]> {
  const lists = await db.shortlists.orderBy('createdAt').toArray();
  const entries = await db.shortlistEntries.orderBy('addedAt').reverse().toArray();
  const creators = await db.creators.bulkGet([...new Set(entries.map((e) => e.handle))]);
  const byHandle = new Map(creators.filter((c): c is CreatorRecord => !!c).map((c) => [c.handle, c]));
  return lists.map((list) => ({
    list,
    rows: entries.filter((e) => e.listId === list.id).map((entry) => ({ entry, creator: byHandle.get(entry.handle) ?? null })),
  }));
}
