import type { BackupData } from '../backup/backup-format';
import { BACKUP_TABLES } from '../backup/backup-format';
import { keyPair, type ImportMode } from '../backup/import-plan';
import type { VettokDatabase } from './database';
import { META_LAST_BACKUP } from './meta-repository';
import { refreshViewsOf, withViews } from './entry-views';
import { creatorColumns } from '../shortlists/row-view';
import { existingKeys } from './queries/backup-data';
import { entryStores } from './queries/entries';
import { addEntries, putEntries } from './entry-store-repository';
import { packCreators, putCreators } from './creators-repository';
import type { CreatorRecord } from '../schemas/records';

const CHUNK = 2_000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>, progress?: (done: number) => void, size = CHUNK) {
  for (let i = 0; i < rows.length; i += size) {
    await write(rows.slice(i, i + size));
    progress?.(Math.min(i + size, rows.length));
  }
}

/** The stores a backup's tables live in (creators in buckets since v6). */
const storesOf = (db: VettokDatabase) => [db.creatorBuckets, db.snapshots, db.shortlists, ...entryStores(db), db.invitationDrafts, db.invitations, db.collaborations];

/** Writes a file's creators into empty buckets, reporting creators written. */
async function addCreators(db: VettokDatabase, creators: readonly CreatorRecord[], progress: (done: number) => void) {
  const buckets = packCreators(creators);
  await inChunks(buckets, (c) => db.creatorBuckets.bulkAdd(c), (done) => progress(Math.round((creators.length * done) / buckets.length)), 128);
}

/**
 * Writes a validated backup in ONE transaction: a failure anywhere (a full disk included) rolls
 * everything back, so the database is either as before or fully imported. `replace` empties
 * every table first; `merge` follows import-plan's rules.
 */
export async function importData(
  db: VettokDatabase,
  data: BackupData,
  mode: ImportMode,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const total = BACKUP_TABLES.reduce((sum, t) => sum + data[t].length, 0);
  let base = 0;
  const step = (done: number) => progress?.(base + done, total);
  await db.transaction('rw', storesOf(db), async () => {
    if (mode === 'replace') {
      for (const table of storesOf(db)) await table.clear();
      await addCreators(db, data.creators, step);
      base += data.creators.length;
      await inChunks(data.snapshots, (c) => db.snapshots.bulkAdd(c), step);
      base += data.snapshots.length;
      await inChunks(data.shortlists, (c) => db.shortlists.bulkAdd(c), step);
      base += data.shortlists.length;
      const columns = new Map(data.creators.map((c) => [c.handle, creatorColumns(c)]));
      await addEntries(db, data.shortlistEntries.map((e) => ({ ...e, view: columns.get(e.handle) ?? null })), step);
      base += data.shortlistEntries.length;
      await inChunks(data.invitationDrafts, (c) => db.invitationDrafts.bulkAdd(c), step);
      base += data.invitationDrafts.length;
      await inChunks(data.invitations, (c) => db.invitations.bulkAdd(c), step);
      base += data.invitations.length;
      await inChunks(data.collaborations, (c) => db.collaborations.bulkAdd(c), step);
      return;
    }
    const keys = await existingKeys(db);
    await inChunks(data.creators, (c) => putCreators(db, c), step, 10_000);
    base += data.creators.length;
    const newVisits = data.snapshots
      .filter((s) => !keys.snapshotKeys.has(keyPair(s.handle, s.capturedAt)))
      .map((s) => ({ handle: s.handle, capturedAt: s.capturedAt, snapshot: s.snapshot }));
    await inChunks(newVisits, (c) => db.snapshots.bulkAdd(c), step);
    base += data.snapshots.length;
    await inChunks(data.shortlists, (c) => db.shortlists.bulkPut(c), step);
    base += data.shortlists.length;
    const entries = data.shortlistEntries.filter((e) => keys.shortlistEntries.has(e.id) || !keys.entryPairs.has(keyPair(e.listId, e.handle)));
    await putEntries(db, await withViews(db, entries), step);
    base += data.shortlistEntries.length;
    await inChunks(data.invitationDrafts, (c) => db.invitationDrafts.bulkPut(c), step);
    base += data.invitationDrafts.length;
    await inChunks(data.invitations, (c) => db.invitations.bulkPut(c), step);
    base += data.invitations.length;
    await inChunks(data.collaborations, (c) => db.collaborations.bulkPut(c), step);
    // Entries already stored for the file's creators take their new columns.
    await refreshViewsOf(db, data.creators.filter((c) => keys.creators.has(c.handle)));
  });
}

/** Empties every table (the merchant asked to, after confirming). */
export async function eraseAll(db: VettokDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

export async function recordBackup(db: VettokDatabase, at: number): Promise<void> {
  await db.meta.put({ key: META_LAST_BACKUP, value: at });
}
