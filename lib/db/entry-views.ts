import type { CreatorRecord, ShortlistEntry } from '../schemas/records';
import { creatorColumns, type EntryWithView } from '../shortlists/row-view';
import type { VettokDatabase } from './database';

/**
 * Entries with their creator's columns filled in from the stored creators. Call inside a
 * transaction that includes `creators`.
 */
export async function withViews(db: VettokDatabase, entries: readonly ShortlistEntry[]): Promise<EntryWithView[]> {
  const creators = await db.creators.bulkGet(entries.map((e) => e.handle));
  return entries.map((e, i) => ({ ...e, view: creatorColumns(creators[i]) }));
}

/**
 * After a creator changed: copies their columns onto each of their entries. Call inside a
 * transaction that includes `shortlistEntries`.
 */
export async function refreshViewsOf(db: VettokDatabase, creator: CreatorRecord): Promise<void> {
  const view = creatorColumns(creator);
  await db.shortlistEntries.where('handle').equals(creator.handle).modify({ view });
}
