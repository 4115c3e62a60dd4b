import { filterAndSort, indexHint, type ShortlistFilter } from '../shortlists/filter-spec';
import { rowView, type ShortlistRowView } from '../shortlists/row-view';
import type { CreatorRecord, ShortlistEntry } from '../schemas/records';
import type { VettokDatabase } from './database';

/**
 * The rows of one list that pass a filter, sorted. The database narrows first with an index
 * (`[listId+status]` for a status filter, the multi-entry `tags` index for a tag, `listId`
 * otherwise); the remaining conditions run here, in the query, never in React render.
 */
export async function queryShortlistRows(db: VettokDatabase, listId: string, filter: ShortlistFilter): Promise<ShortlistRowView[]> {
  const hint = indexHint(filter);
  const table = db.shortlistEntries;
  const entries: ShortlistEntry[] =
    hint.kind === 'status'
      ? await table.where('[listId+status]').anyOf(hint.statuses.map((s) => [listId, s])).toArray()
      : hint.kind === 'tag'
        ? await table.where('tags').equals(hint.tag).filter((e) => e.listId === listId).toArray()
        : await table.where('listId').equals(listId).toArray();
  const creators = await db.creators.bulkGet(entries.map((e) => e.handle));
  const rows = entries.map((entry, i) => rowView(entry, creators[i]));
  return filterAndSort(rows, filter);
}

/** Every row of every list (for the CSV of all lists). */
export async function allRows(db: VettokDatabase): Promise<ShortlistRowView[]> {
  const entries = await db.shortlistEntries.toArray();
  const creators = await db.creators.bulkGet(entries.map((e) => e.handle));
  const byHandle = new Map<string, CreatorRecord | undefined>(entries.map((e, i) => [e.handle, creators[i]]));
  return entries.map((entry) => rowView(entry, byHandle.get(entry.handle)));
}

/** Lists with their entry counts, for the list picker (live). */
export async function listSummaries(db: VettokDatabase) {
  const lists = await db.shortlists.orderBy('createdAt').toArray();
  const counts = await Promise.all(lists.map((l) => db.shortlistEntries.where('listId').equals(l.id).count()));
  return lists.map((list, i) => ({ list, count: counts[i]! }));
}
