import type { CreatorRecord, EntryWithView, ShortlistEntry } from '../schemas/records';
import { creatorColumns } from '../shortlists/row-view';
import type { VettokDatabase } from './database';
import { getCreators } from './queries/creators';
import { entriesOfCreators } from './queries/entries';
import { putEntries } from './entry-store-repository';

/**
 * Entries with their creator's columns filled in from the stored creators. Call inside a
 * transaction that includes `creatorBuckets`.
 */
export async function withViews(db: VettokDatabase, entries: readonly ShortlistEntry[]): Promise<EntryWithView[]> {
  const creators = await getCreators(db, entries.map((e) => e.handle));
  return entries.map((e, i) => ({ ...e, view: creatorColumns(creators[i]) }));
}

/**
 * After creators changed: copies each one's columns onto each of their entries whose copy differs
 * (their entries read once, the stale ones written once). Entries already up to date are not
 * written, so a visit that changes nothing the table shows does not make an open side panel read
 * its list again. Call inside a transaction that includes entryStores(db).
 */
export async function refreshViewsOf(db: VettokDatabase, creators: readonly CreatorRecord[]): Promise<void> {
  if (creators.length === 0) return;
  const views = new Map(creators.map((c) => [c.handle, creatorColumns(c)]));
  const texts = new Map([...views].map(([handle, view]) => [handle, JSON.stringify(view)]));
  const stale = (await entriesOfCreators(db, [...views.keys()])).filter((e) => JSON.stringify(e.view) !== texts.get(e.handle));
  if (stale.length > 0) await putEntries(db, stale.map((e) => ({ ...e, view: views.get(e.handle)! })));
}
