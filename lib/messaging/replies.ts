import * as z from 'zod/mini';
import { AssessmentSchema } from '../schemas/assessment';
import { ShortlistSchema } from '../schemas/records';
import { DraftSchema } from '../invitations/draft';
import { IdSchema } from '../schemas/field-rules';
import { ChipViewSchema } from '../scout/chip-view';

/**
 * Replies to the messages content scripts send. The protocol uses these schemas as those messages'
 * `response`, and the background's router checks every reply against them before sending it.
 * Content scripts take only the types from here (`ask` checks the envelope, not the data again:
 * docs/security.md §2), so these schemas are never built on a TikTok page.
 */
const LocaleSchema = z.enum(['zh-CN', 'en']);

export const ListMembershipSchema = z.object({ listId: IdSchema, listName: z.string() });
/** What the overlay's list picker offers: every unarchived list, and the one used last. */
const ListChoicesSchema = z.object({ listChoices: z.array(ListMembershipSchema), lastListId: z.nullable(IdSchema) });

export const CONTENT_REPLIES = {
  'snapshot.submit': z.extend(ListChoicesSchema, {
    assessment: AssessmentSchema,
    lists: z.array(ListMembershipSchema),
    locale: LocaleSchema,
  }),
  'page.unreadable': z.object({ locale: LocaleSchema }),
  'shortlist.add': z.extend(ListChoicesSchema, { entryId: IdSchema, list: ShortlistSchema, lists: z.array(ListMembershipSchema) }),
  'invitation.inviteCreator': z.object({ invitationId: IdSchema, draftId: IdSchema, draftName: z.string() }),
  'invitation.drafts': z.object({ drafts: z.array(DraftSchema) }),
  'scout.seen': z.extend(ListChoicesSchema, { chips: z.array(ChipViewSchema), locale: LocaleSchema }),
  'scout.add': z.object({
    added: z.number(),
    skipped: z.number(),
    listId: z.nullable(IdSchema),
    listName: z.nullable(z.string()),
    undoId: z.nullable(IdSchema),
  }),
  'scout.undo': z.object({ restored: z.boolean() }),
  'scout.start': z.object({ started: z.boolean() }),
  'scout.open': z.object({ opened: z.boolean() }),
  'collab.open': z.object({ opened: z.boolean() }),
};

/** The messages a content script can send with `ask`. */
export type ContentMessage = keyof typeof CONTENT_REPLIES;
