import type { CreatorSnapshot, ReadSource } from '../schemas/creator-snapshot';
import type { CreatorRecord, ShortlistEntry } from '../schemas/records';
import { withSightings, type ScoutedSighting } from '../scout/scouted-log';
import { recordSnapshots, type AssessFn } from './creators-repository';
import type { VettokDatabase } from './database';
import { getCreator } from './queries/creators';
import { META_SCOUTED, scoutedLog } from './queries/scouted';
import { addToShortlist, type IdSource } from './shortlists-repository';
import { entryAt, entryStores } from './queries/entries';


/** Sources that hold only a list's counts, never a creator's videos. */
const LIST_SOURCES: ReadonlySet<ReadSource> = new Set(['search-result', 'api-user-list', 'feed', 'marketplace-list']);

/**
 * Stores what a list page showed of each creator, as history, and logs the sighting. A list read
 * never replaces a fuller read of the same visit (a profile or Affiliate Center page read within
 * the merge window): that one stands, and its assessment is the creator's.
 */
export async function recordListSnapshots(
  db: VettokDatabase,
  snapshots: readonly CreatorSnapshot[],
  sightings: readonly ScoutedSighting[],
  assess: AssessFn,
  now: number,
): Promise<CreatorRecord[]> {
  // One transaction for the whole list, in which each creator's bucket and latest visits are read
  // once and written once (recordSnapshots): a page of results is one commit, and a few requests
  // per creator. Both were the browser's storage work while a list page scrolled, on the same cores
  // as the page (docs/performance.md, "Scrolling 500 results").
  return db.transaction('rw', [db.creatorBuckets, db.snapshots, ...entryStores(db), db.meta], async () => {
    const [records, log] = await Promise.all([recordSnapshots(db, snapshots, assess, now, (stored) => !LIST_SOURCES.has(stored.source)), scoutedLog(db)]);
    await db.meta.put({ key: META_SCOUTED, value: JSON.stringify(withSightings(log, sightings)) });
    return records;
  });
}


/**
 * Adds creators already read to one list (the last one used, or the first, when none is named), in
 * one transaction. Creators already in the list stay as they are; creators never read are skipped.
 * Returns the entries created (what an undo removes).
 */
export async function addManyToShortlist(
  db: VettokDatabase,
  handles: readonly string[],
  listId: string | null,
  defaults: { listName: string; now: number; ids: IdSource },
): Promise<{ created: ShortlistEntry[]; listId: string | null; listName: string | null; skipped: number }> {
  return db.transaction('rw', [db.creatorBuckets, db.shortlists, ...entryStores(db), db.meta], async () => {
    const created: ShortlistEntry[] = [];
    let list: { id: string; name: string } | null = null;
    let skipped = 0;
    for (const handle of new Set(handles)) {
      if (!(await getCreator(db, handle))) {
        skipped++;
        continue;
      }
      const targetId = list?.id ?? listId;
      const before = targetId ? await entryAt(db, targetId, handle) : undefined;
      const { entry, list: into } = await addToShortlist(db, { handle, listId: targetId }, defaults);
      list = into;
      if (!before && entry.addedAt === defaults.now && !created.some((e) => e.id === entry.id)) created.push(entry);
    }
    return { created, listId: list?.id ?? null, listName: list?.name ?? null, skipped };
  });
}
