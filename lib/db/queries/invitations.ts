import { partitionRecords } from '../../backup/stored-records';
import { readStoredDraft, type Draft } from '../../invitations/draft';
import type { Invitation } from '../../invitations/invitation';
import type { VettokDatabase } from '../database';

/** Drafts, newest first; templates after drafts. */
export async function listDrafts(db: VettokDatabase): Promise<Draft[]> {
  // A draft or invitation the view cannot show is left out here and named by the view (badInvitationRecords).
  const stored = await db.invitationDrafts.orderBy('updatedAt').reverse().toArray();
  const drafts = partitionRecords('invitationDrafts', stored, Date.now()).good.map(readStoredDraft);
  return drafts.sort((a, b) => Number(a.terms.isTemplate) - Number(b.terms.isTemplate));
}

/** Applied invitations, newest first. */
export async function listInvitations(db: VettokDatabase): Promise<Invitation[]> {
  return partitionRecords('invitations', await db.invitations.orderBy('createdAt').reverse().toArray(), Date.now()).good;
}

/** An invitation of this creator made from this draft, if any. */
export async function findInvitation(db: VettokDatabase, draftId: string, handle: string): Promise<Invitation | null> {
  return (await db.invitations.where('handles').equals(handle).filter((i) => i.draftId === draftId).first()) ?? null;
}
