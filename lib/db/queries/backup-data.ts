import type { BackupData, BackupTable } from '../../backup/backup-format';
import { BACKUP_TABLES } from '../../backup/backup-format';
import { keyPair, type ExistingKeys } from '../../backup/import-plan';
import { withoutView } from '../../shortlists/row-view';
import type { VettokDatabase } from '../database';
import { META_LAST_BACKUP } from '../meta-repository';
import { allCreators, creatorHandles } from './creators';
import { allEntries, entryCount, entryKeys, entryStores, hasEntries } from './entries';

/** Everything a backup holds, read in one transaction so the copy is consistent. */
export async function readAllData(db: VettokDatabase): Promise<BackupData> {
  return db.transaction('r', [db.creatorBuckets, db.snapshots, db.shortlists, ...entryStores(db), db.invitationDrafts, db.invitations, db.collaborations], async () => ({
    creators: await allCreators(db),
    snapshots: (await db.snapshots.toArray()).map((s) => ({ id: s.id!, handle: s.handle, capturedAt: s.capturedAt, snapshot: s.snapshot })),
    shortlists: await db.shortlists.toArray(),
    // `view` is derived data: a backup holds the entries as they are (and an import rebuilds it).
    shortlistEntries: (await allEntries(db)).map(withoutView),
    invitationDrafts: await db.invitationDrafts.toArray(),
    invitations: await db.invitations.toArray(),
    collaborations: await db.collaborations.toArray(),
  }));
}

/** The keys of what is stored, for an import preview. */
export async function existingKeys(db: VettokDatabase): Promise<ExistingKeys> {
  return db.transaction('r', [db.creatorBuckets, db.snapshots, db.shortlists, ...entryStores(db), db.invitationDrafts, db.invitations, db.collaborations], async () => {
    const entries = await entryKeys(db);
    const snapshotKeys: string[] = [];
    await db.snapshots.orderBy('[handle+capturedAt]').eachKey((key) => {
      const [handle, at] = key as unknown as [string, number];
      snapshotKeys.push(keyPair(handle, at));
    });
    const creators = await creatorHandles(db);
    const counts = {} as Record<BackupTable, number>;
    for (const table of BACKUP_TABLES) counts[table] = table === 'creators' ? creators.length : table === 'shortlistEntries' ? await entryCount(db) : await db.table(table).count();
    return {
      creators: new Set(creators),
      shortlists: new Set((await db.shortlists.toCollection().primaryKeys()) as string[]),
      shortlistEntries: new Set(entries.ids),
      entryPairs: new Set(entries.pairs.map(([listId, handle]) => keyPair(listId, handle))),
      snapshotKeys: new Set(snapshotKeys),
      invitationDrafts: new Set((await db.invitationDrafts.toCollection().primaryKeys()) as string[]),
      invitations: new Set((await db.invitations.toCollection().primaryKeys()) as string[]),
      collaborations: new Set((await db.collaborations.toCollection().primaryKeys()) as string[]),
      counts,
    };
  });
}

/** When the last backup was made (null: never), and whether there is anything to back up. */
export async function backupStatus(db: VettokDatabase): Promise<{ last: number | null; hasData: boolean }> {
  const last = (await db.meta.get(META_LAST_BACKUP))?.value;
  return { last: typeof last === 'number' ? last : null, hasData: await hasEntries(db) };
}
