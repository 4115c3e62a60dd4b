import {
  CollaborationSchema,
  newCollaboration,
  type Collaboration,
  type CollaborationDates,
  type CollaborationResult,
  type CollaborationStatus,
  type TerminationReason,
} from '../collaborations/collaboration';
import { nextResultSeq } from '../collaborations/stop-loss';
import type { VettokDatabase } from './database';
import type { IdSource } from './shortlists-repository';
import { getCreator } from './queries/creators';

export class UnknownCollaborationError extends Error {}
export class CollaborationRefusedError extends Error {}

/** Results one collaboration may hold (a year of daily lives is far below it). */
export const MAX_RESULTS = 500;

export interface StartRequest {
  handle: string;
  /** An applied invitation this creator is in: its draft and stop-loss terms are carried over. */
  invitationId?: string | null;
  /** A draft, when there is no applied invitation: its stop-loss terms are carried over. */
  draftId?: string | null;
  /** Overrides of the stop-loss rule (else the draft's, else off / 2). */
  roiThreshold?: number | null;
  consecutiveCount?: number;
}

/**
 * Starts tracking a creator: from an applied invitation (one collaboration per creator and
 * invitation: starting again returns the existing one), from a draft, or on its own.
 */
export async function startCollaboration(
  db: VettokDatabase,
  request: StartRequest,
  options: { now: number; ids: IdSource },
): Promise<{ collaboration: Collaboration; created: boolean }> {
  return db.transaction('rw', [db.collaborations, db.creatorBuckets, db.invitations, db.invitationDrafts], async () => {
    const handle = request.handle;
    if (!(await getCreator(db, handle))) throw new CollaborationRefusedError(`@${handle} was not read on a page yet`);
    let draftId = request.draftId ?? null;
    let invitedAt = options.now;
    const invitationId = request.invitationId ?? null;
    if (invitationId !== null) {
      const invitation = await db.invitations.get(invitationId);
      if (!invitation) throw new CollaborationRefusedError(`no applied invitation with id ${invitationId}`);
      if (!invitation.handles.includes(handle)) {
        throw new CollaborationRefusedError(`@${handle} is not in invitation ${invitationId}`);
      }
      const existing = await db.collaborations
        .where('invitationId')
        .equals(invitationId)
        .filter((c) => c.creatorHandle === handle)
        .first();
      if (existing) return { collaboration: existing, created: false };
      draftId = invitation.draftId;
      invitedAt = invitation.createdAt;
    }
    const draft = draftId === null ? undefined : await db.invitationDrafts.get(draftId);
    if (draftId !== null && invitationId === null && !draft) throw new CollaborationRefusedError(`no draft with id ${draftId}`);
    const collaboration = newCollaboration({
      id: options.ids.newId(),
      creatorHandle: handle,
      invitationId,
      draftId,
      roiThreshold: request.roiThreshold !== undefined ? request.roiThreshold : (draft?.terms.stopLossRoi ?? null),
      consecutiveCount: request.consecutiveCount ?? draft?.terms.stopLossConsecutive ?? undefined,
      now: options.now,
    });
    collaboration.dates.invitedAt = invitedAt;
    await db.collaborations.add(collaboration);
    return { collaboration, created: true };
  });
}

export interface CollaborationPatch {
  status?: CollaborationStatus;
  terminationReason?: TerminationReason | null;
  dates?: Partial<CollaborationDates>;
  carrier?: string | null;
  trackingNumber?: string | null;
  contentLinks?: string[];
  notes?: string;
  settlementDisputed?: boolean;
  roiThreshold?: number | null;
  consecutiveCount?: number;
}

/** Reads, changes and validates one collaboration in a transaction; the stored row is always valid. */
async function change(
  db: VettokDatabase,
  id: string,
  now: number,
  edit: (c: Collaboration) => Collaboration,
): Promise<Collaboration> {
  return db.transaction('rw', db.collaborations, async () => {
    const current = await db.collaborations.get(id);
    if (!current) throw new UnknownCollaborationError(`no collaboration with id ${id}`);
    const next = CollaborationSchema.parse({ ...edit(current), updatedAt: now });
    await db.collaborations.put(next);
    return next;
  });
}

export async function updateCollaboration(
  db: VettokDatabase,
  id: string,
  patch: CollaborationPatch,
  now: number,
): Promise<Collaboration> {
  return change(db, id, now, (c) => {
    const status = patch.status ?? c.status;
    const stopLoss = {
      roiThreshold: patch.roiThreshold !== undefined ? patch.roiThreshold : c.stopLoss.roiThreshold,
      consecutiveCount: patch.consecutiveCount ?? c.stopLoss.consecutiveCount,
    };
    return {
      ...c,
      status,
      // A reason belongs to a terminated collaboration only.
      terminationReason: status === 'terminated' ? (patch.terminationReason ?? c.terminationReason ?? 'other') : null,
      dates: { ...c.dates, ...patch.dates },
      carrier: patch.carrier !== undefined ? patch.carrier : c.carrier,
      trackingNumber: patch.trackingNumber !== undefined ? patch.trackingNumber : c.trackingNumber,
      contentLinks: patch.contentLinks ?? c.contentLinks,
      notes: patch.notes ?? c.notes,
      settlementDisputed: patch.settlementDisputed ?? c.settlementDisputed,
      stopLoss,
    };
  });
}

export async function addResult(
  db: VettokDatabase,
  id: string,
  result: Omit<CollaborationResult, 'id' | 'seq'>,
  options: { now: number; ids: IdSource },
): Promise<Collaboration> {
  const resultId = options.ids.newId();
  return change(db, id, options.now, (c) => {
    if (c.results.length >= MAX_RESULTS) throw new CollaborationRefusedError(`a collaboration holds at most ${MAX_RESULTS} results`);
    return { ...c, results: [...c.results, { ...result, id: resultId, seq: nextResultSeq(c.results) }] };
  });
}

/** Replaces the figures of one result; its id and entry order (`seq`) stay, so it keeps its place among same-date results. */
export async function updateResult(
  db: VettokDatabase,
  id: string,
  resultId: string,
  result: Omit<CollaborationResult, 'id' | 'seq'>,
  now: number,
): Promise<Collaboration> {
  return change(db, id, now, (c) => {
    if (!c.results.some((r) => r.id === resultId)) throw new CollaborationRefusedError(`no result ${resultId} in collaboration ${id}`);
    return { ...c, results: c.results.map((r) => (r.id === resultId ? { ...result, id: r.id, seq: r.seq } : r)) };
  });
}

export async function removeResult(db: VettokDatabase, id: string, resultId: string, now: number): Promise<Collaboration> {
  return change(db, id, now, (c) => {
    if (!c.results.some((r) => r.id === resultId)) throw new CollaborationRefusedError(`no result ${resultId} in collaboration ${id}`);
    return { ...c, results: c.results.filter((r) => r.id !== resultId) };
  });
}

/** Records the creator's one 7-day sample posting extension. */
export async function recordExtension(db: VettokDatabase, id: string, now: number): Promise<Collaboration> {
  return change(db, id, now, (c) => {
    if (c.sampleExtensionDays !== 0) throw new CollaborationRefusedError('the one 7-day extension is already recorded');
    if (c.dates.sampleReceivedAt === null) throw new CollaborationRefusedError('no sample received yet: nothing to extend');
    return { ...c, sampleExtensionDays: 7 };
  });
}

