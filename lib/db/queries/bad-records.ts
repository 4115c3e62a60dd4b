import { partitionEntries, partitionRecords, type BadRecord } from '../../backup/stored-records';
import type { VettokDatabase } from '../database';
import { entriesOfList } from './entries';

/** The entries of a list its table cannot show. */
export async function badEntriesOfList(db: VettokDatabase, listId: string, now: number): Promise<BadRecord[]> {
  return partitionEntries(await entriesOfList(db, listId), now).bad;
}

/** Collaborations the Collaborations view cannot show. */
export async function badCollaborations(db: VettokDatabase, now: number): Promise<BadRecord[]> {
  return partitionRecords('collaborations', await db.collaborations.toArray(), now).bad;
}

/** Drafts and applied invitations the Invitations view cannot show. */
export async function badInvitationRecords(db: VettokDatabase, now: number): Promise<BadRecord[]> {
  const [drafts, invitations] = await Promise.all([db.invitationDrafts.toArray(), db.invitations.toArray()]);
  return [...partitionRecords('invitationDrafts', drafts, now).bad, ...partitionRecords('invitations', invitations, now).bad];
}

/** Visits of a creator its history cannot show. */
export async function badVisitsOf(db: VettokDatabase, handle: string, now: number): Promise<BadRecord[]> {
  return partitionRecords('snapshots', await visitsOf(db, handle), now).bad;
}

/** Every stored visit of a creator, oldest first. */
export function visitsOf(db: VettokDatabase, handle: string) {
  return db.snapshots.where('[handle+capturedAt]').between([handle, 0], [handle, Infinity]).toArray();
}
