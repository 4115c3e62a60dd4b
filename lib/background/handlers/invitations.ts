import { applyDraft, deleteDraft, draftForQuickInvite, draftFromDefaults, saveDraft } from '../../db/invitations-repository';
import { findInvitation, listDrafts } from '../../db/queries/invitations';
import { scanClaims } from '../../invitations/claim-scanner';
import { HandlerError, type Handlers } from '../../messaging/router';
import type { BackgroundDeps } from './deps';

type InvitationMessages = 'invitation.draft.save' | 'invitation.draft.delete' | 'invitation.apply' | 'invitation.inviteCreator' | 'invitation.drafts';

/** Invitation drafts, and inviting creators with one (from the side panel or the card). */
export function invitationHandlers(deps: BackgroundDeps): Pick<Handlers, InvitationMessages> {
  const scanner = deps.claimScanner ?? scanClaims;
  return {
    async 'invitation.draft.save'({ draft }) {
      return { draft: await saveDraft(deps.db, draft, deps.now()) };
    },

    async 'invitation.draft.delete'({ id }) {
      return { deleted: await deleteDraft(deps.db, id) };
    },

    async 'invitation.apply'({ draftId, handles }) {
      const invitations = await applyDraft(deps.db, { draftId, handles }, { now: deps.now(), ids: deps.ids, scanner, source: 'shortlist' });
      return { invitations };
    },

    async 'invitation.inviteCreator'({ handle, draftId }, { sender }) {
      const now = deps.now();
      let draft = await draftForQuickInvite(deps.db, draftId, scanner, now);
      // No ready draft yet: the merchant's invitation defaults (Settings) become one, if complete.
      const defaults = draft || draftId ? null : (await deps.settings()).invitationDefaults;
      if (defaults) draft = await draftFromDefaults(deps.db, defaults, { now, id: deps.ids.newId(), scanner });
      if (!draft) throw new HandlerError('invalid-payload', 'no ready invitation draft: finish one in the side panel first');
      // Clicking again does not invite the same creator twice with the same draft.
      const existing = await findInvitation(deps.db, draft.id, handle);
      if (existing) return { invitationId: existing.id, draftId: draft.id, draftName: draft.name };
      const source = sender.url?.startsWith('https://') ? 'overlay' : 'shortlist';
      const [invitation] = await applyDraft(deps.db, { draftId: draft.id, handles: [handle] }, { now, ids: deps.ids, scanner, source });
      return { invitationId: invitation!.id, draftId: draft.id, draftName: draft.name };
    },

    async 'invitation.drafts'() {
      // Only the form helper on the Affiliate Center asks (the router refuses every other sender).
      return { drafts: (await listDrafts(deps.db)).filter((d) => !d.terms.isTemplate) };
    },
  };
}
