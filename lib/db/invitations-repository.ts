import { planBatches } from '../invitations/batching';
import { defaultsReadyOn } from '../invitations/defaults-draft';
import { newDraft, readStoredDraft, type Draft } from '../invitations/draft';
import type { InvitationDefaults } from '../invitations/defaults';
import type { Invitation } from '../invitations/invitation';
import { lintTerms, type ClaimScanner, type LintIssue } from '../invitations/lint';
import type { VettokDatabase } from './database';
import type { IdSource } from './shortlists-repository';
import { getCreators } from './queries/creators';

export class UnknownDraftError extends Error {}
export class DraftNotReadyError extends Error {
  constructor(readonly issues: LintIssue[]) {
    super(`the draft is not ready: ${issues.map((i) => i.id).join(', ')}`);
  }
}
export class UnknownCreatorsError extends Error {}

/** Saves a draft; keeps the first creation time and stamps the update time. */
export async function saveDraft(db: VettokDatabase, draft: Draft, now: number): Promise<Draft> {
  return db.transaction('rw', db.invitationDrafts, async () => {
    const existing = await db.invitationDrafts.get(draft.id);
    const saved: Draft = { ...draft, createdAt: existing?.createdAt ?? draft.createdAt, updatedAt: now };
    await db.invitationDrafts.put(saved);
    return saved;
  });
}

export async function deleteDraft(db: VettokDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.invitationDrafts, async () => {
    if (!(await db.invitationDrafts.get(id))) return false;
    await db.invitationDrafts.delete(id);
    return true;
  });
}

export interface ApplyOptions {
  now: number;
  ids: IdSource;
  scanner: ClaimScanner;
  source: Invitation['source'];
}

/**
 * The earliest calendar day anywhere on Earth (UTC−12) at an instant, `YYYY-MM-DD`. The background
 * does not know the merchant's time zone, so it refuses only end dates that have passed everywhere;
 * the side panel checks against the merchant's own day.
 */
export function earliestDay(now: number): string {
  return new Date(now - 12 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Applies a ready draft to creators already read on a page: one invitation per batch of ≤ 50
 * creators and ≤ 100 products, each remembering the draft, its terms and message as sent.
 * A draft that fails the lint is refused, whatever the caller believed.
 */
export async function applyDraft(
  db: VettokDatabase,
  request: { draftId: string; handles: readonly string[] },
  options: ApplyOptions,
): Promise<Invitation[]> {
  return db.transaction('rw', db.invitationDrafts, db.creatorBuckets, db.invitations, async () => {
    const stored = await db.invitationDrafts.get(request.draftId);
    const draft = stored && readStoredDraft(stored);
    if (!draft) throw new UnknownDraftError(`no invitation draft with id ${request.draftId}`);
    const handles = [...new Set(request.handles)];
    const lint = lintTerms(draft.terms, { scanner: options.scanner, today: earliestDay(options.now), creatorCount: handles.length });
    if (!lint.ready) throw new DraftNotReadyError(lint.issues.filter((i) => i.severity === 'error'));
    const known = await getCreators(db, handles);
    const unknown = handles.filter((_, i) => !known[i]);
    if (unknown.length) throw new UnknownCreatorsError(`not read on a page yet: ${unknown.map((h) => `@${h}`).join(', ')}`);

    const productIds = draft.terms.products.map((p) => p.id.trim()).filter(Boolean);
    const batches = planBatches(handles, productIds);
    const applicationId = options.ids.newId();
    const invitations: Invitation[] = batches.map((batch) => ({
      id: options.ids.newId(),
      draftId: draft.id,
      draftName: draft.name,
      batchIndex: batch.index,
      batchCount: batches.length,
      applicationId,
      handles: batch.handles,
      productIds: batch.productIds,
      terms: draft.terms,
      message: lint.message,
      source: options.source,
      createdAt: options.now,
    }));
    await db.invitations.bulkAdd(invitations);
    return invitations;
  });
}

/** The draft the overlay's "invite this creator" uses: the named one, else the newest ready draft. */
export async function draftForQuickInvite(
  db: VettokDatabase,
  draftId: string | null | undefined,
  scanner: ClaimScanner,
  now: number,
): Promise<Draft | null> {
  if (draftId) {
    const stored = await db.invitationDrafts.get(draftId);
    return stored ? readStoredDraft(stored) : null;
  }
  for (const draft of (await db.invitationDrafts.orderBy('updatedAt').reverse().toArray()).map(readStoredDraft)) {
    if (draft.terms.isTemplate) continue;
    if (lintTerms(draft.terms, { scanner, today: earliestDay(now) }).ready) return draft;
  }
  return null;
}


/**
 * The draft "Invite this creator" makes when no draft is ready: the merchant's invitation defaults
 * (Settings) made into a draft today, saved, if they pass the lint; null otherwise.
 */
export async function draftFromDefaults(
  db: VettokDatabase,
  defaults: InvitationDefaults,
  options: { now: number; id: string; scanner: ClaimScanner },
): Promise<Draft | null> {
  const terms = defaultsReadyOn(defaults, earliestDay(options.now), options.scanner);
  if (!terms) return null;
  return saveDraft(db, newDraft(options.id, terms.collaborationName.trim(), options.now, terms.language, terms), options.now);
}
