import { partitionRecords } from '../../backup/stored-records';
import type { VettokDatabase } from '../database';
import { visitsOf } from './bad-records';
import { listsOf } from './memberships';
import { getCreator } from './creators';
import { getEntry } from './entries';

/** One entry with its creator (null when not stored), every visit of the creator and the lists they are in; null when the entry is gone. */
export async function entryDetail(db: VettokDatabase, entryId: string) {
  const entry = await getEntry(db, entryId);
  if (!entry) return null;
  const [creator, visits, lists] = await Promise.all([
    getCreator(db, entry.handle),
    // A visit the history cannot show is left out here and named by the view (badVisitsOf).
    visitsOf(db, entry.handle).then((rows) => partitionRecords('snapshots', rows, Date.now()).good),
    listsOf(db, entry.handle),
  ]);
  return { entry, creator: creator ?? null, visits, lists };
}
