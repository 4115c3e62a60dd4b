import { partitionEntries } from '../../backup/stored-records';
import type { EntryWithView } from '../../schemas/records';
import { rowFromColumns, rowView, type ShortlistRowView } from '../../shortlists/row-view';
import type { VettokDatabase } from '../database';
import { getCreators } from './creators';
import { entriesOfList, entryCountOfList, newestEntriesOfList } from './entries';

/**
 * Rows from stored entries: each entry carries its creator's columns (`view`, since v5). An entry
 * written without them (none should be) has its creator read instead.
 */
async function rowsOf(db: VettokDatabase, stored: readonly EntryWithView[]): Promise<ShortlistRowView[]> {
  // An entry the table cannot show is left out here and named by the view (badEntriesOfList).
  const entries = partitionEntries(stored, Date.now()).good;
  const missing = entries.filter((e) => e.view === undefined);
  const creators = missing.length ? new Map(missing.map((e, i) => [e.id, i])) : null;
  const found = missing.length ? await getCreators(db, missing.map((e) => e.handle)) : [];
  return entries.map((entry) => (entry.view === undefined ? rowView(entry, found[creators!.get(entry.id)!]) : rowFromColumns(entry, entry.view)));
}

/** Every row of one list, with its creator's figures: one read of one table. */
export async function loadListRows(db: VettokDatabase, listId: string): Promise<ShortlistRowView[]> {
  return rowsOf(db, await entriesOfList(db, listId));
}

/** The newest `limit` rows of a list: enough to fill the first screen at once while the whole list loads. */
export async function loadFirstPage(db: VettokDatabase, listId: string, limit: number): Promise<ShortlistRowView[]> {
  return rowsOf(db, await newestEntriesOfList(db, listId, limit));
}

/** Every list, oldest first (a tiny read: the side panel needs it before anything else). */
export function allLists(db: VettokDatabase) {
  return db.shortlists.orderBy('createdAt').toArray();
}

/** Entries per list. */
export async function listCounts(db: VettokDatabase, listIds: readonly string[]): Promise<Record<string, number>> {
  const counts = await Promise.all(listIds.map((id) => entryCountOfList(db, id)));
  return Object.fromEntries(listIds.map((id, i) => [id, counts[i]!]));
}
