import { filterAndSort, indexPlan, usesIndexes, type ShortlistFilter } from '../shortlists/filter-spec';
import type { EntryWithView } from '../schemas/records';
import { rowFromColumns, rowView, type ShortlistRowView } from '../shortlists/row-view';
import type { VettokDatabase } from './database';

/**
 * Rows from stored entries: each entry carries its creator's columns (`view`, since v5). An entry
 * written without them (none should be) has its creator read instead.
 */
async function rowsOf(db: VettokDatabase, entries: readonly EntryWithView[]): Promise<ShortlistRowView[]> {
  const missing = entries.filter((e) => e.view === undefined);
  const creators = missing.length ? new Map(missing.map((e, i) => [e.id, i])) : null;
  const found = missing.length ? await db.creators.bulkGet(missing.map((e) => e.handle)) : [];
  return entries.map((entry) => (entry.view === undefined ? rowView(entry, found[creators!.get(entry.id)!]) : rowFromColumns(entry, entry.view)));
}

/** Every row of one list, with its creator's figures: one read of one table. */
export async function loadListRows(db: VettokDatabase, listId: string): Promise<ShortlistRowView[]> {
  return rowsOf(db, await db.shortlistEntries.where('listId').equals(listId).toArray());
}

/**
 * The newest `limit` rows of a list, read through the `[listId+addedAt]` index: enough to fill
 * the first screen at once while the whole list loads.
 */
export async function loadFirstPage(db: VettokDatabase, listId: string, limit: number): Promise<ShortlistRowView[]> {
  const entries = await db.shortlistEntries
    .where('[listId+addedAt]')
    .between([listId, -Infinity], [listId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
  return rowsOf(db, entries);
}

const intersect = (a: Set<string> | null, b: Iterable<string>): Set<string> => {
  const next = new Set<string>();
  for (const x of b) if (a === null || a.has(x)) next.add(x);
  return next;
};

/**
 * The ids of the list's entries that pass the filter's indexed conditions, answered from the
 * indexes alone (keys only, no rows read): `[listId+status]` and `tags` on entries; `score`,
 * `followers` and `tier` on creators. Null when the filter has no indexed condition.
 */
export async function indexedEntryIds(db: VettokDatabase, listId: string, filter: ShortlistFilter): Promise<Set<string> | null> {
  const plan = indexPlan(filter);
  if (!usesIndexes(plan)) return null;
  let handles: Set<string> | null = null;
  if (plan.score) handles = intersect(handles, (await db.creators.where('score').between(plan.score[0], plan.score[1], true, true).primaryKeys()) as string[]);
  if (plan.followers) {
    handles = intersect(handles, (await db.creators.where('followers').between(plan.followers[0], plan.followers[1], true, true).primaryKeys()) as string[]);
  }
  if (plan.tiers) handles = intersect(handles, (await db.creators.where('tier').anyOf(plan.tiers).primaryKeys()) as string[]);

  let ids: Set<string> | null = null;
  if (plan.statuses) {
    ids = intersect(ids, (await db.shortlistEntries.where('[listId+status]').anyOf(plan.statuses.map((s) => [listId, s])).primaryKeys()) as string[]);
  }
  for (const tag of plan.tags) ids = intersect(ids, (await db.shortlistEntries.where('tags').equals(tag).primaryKeys()) as string[]);
  if (handles !== null) {
    // Entry ids of these creators in this list, from the unique [listId+handle] index.
    const keys = [...handles].map((h) => [listId, h]);
    const inList = await db.shortlistEntries.where('[listId+handle]').anyOf(keys).primaryKeys();
    ids = intersect(ids, inList as string[]);
  }
  return ids ?? new Set();
}

/** The rows of one list that pass a filter, sorted (indexes first, then the other conditions). */
export async function queryShortlistRows(db: VettokDatabase, listId: string, filter: ShortlistFilter): Promise<ShortlistRowView[]> {
  const [rows, allowed] = await Promise.all([loadListRows(db, listId), indexedEntryIds(db, listId, filter)]);
  return filterAndSort(rows, filter, allowed);
}

/** Every list, oldest first (a tiny read: the side panel needs it before anything else). */
export function allLists(db: VettokDatabase) {
  return db.shortlists.orderBy('createdAt').toArray();
}

/** Entries per list, from the `listId` index. */
export async function listCounts(db: VettokDatabase, listIds: readonly string[]): Promise<Record<string, number>> {
  const counts = await Promise.all(listIds.map((id) => db.shortlistEntries.where('listId').equals(id).count()));
  return Object.fromEntries(listIds.map((id, i) => [id, counts[i]!]));
}

/** Lists with their entry counts (live), oldest first. */
export async function listSummaries(db: VettokDatabase) {
  const lists = await allLists(db);
  const counts = await listCounts(db, lists.map((l) => l.id));
  return lists.map((list) => ({ list, count: counts[list.id] ?? 0 }));
}
