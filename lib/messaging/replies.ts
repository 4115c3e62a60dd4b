import * as z from 'zod/mini';
import { AssessmentSchema } from '../schemas/assessment';
import { ShortlistSchema } from '../schemas/records';

/**
 * Replies to the messages content scripts send, one export each. The protocol uses them as those
 * messages' `response`, and a content script imports only the ones it checks (`ask`), so it does
 * not build every message's schema when it loads (docs/performance.md).
 */
const Id = z.string().check(z.minLength(1), z.maxLength(64));
const LocaleSchema = z.enum(['zh-CN', 'en']);

export const ListMembershipSchema = z.object({ listId: Id, listName: z.string() });

export const SnapshotSubmitReply = z.object({
  assessment: AssessmentSchema,
  lists: z.array(ListMembershipSchema),
  locale: LocaleSchema,
});

export const PageUnreadableReply = z.object({ locale: LocaleSchema });

export const ShortlistAddReply = z.object({ entryId: Id, list: ShortlistSchema, lists: z.array(ListMembershipSchema) });

export const ShortlistOptionsReply = z.object({
  lists: z.array(ListMembershipSchema),
  memberOf: z.array(ListMembershipSchema),
  lastListId: z.nullable(Id),
});

export const InviteCreatorReply = z.object({ invitationId: Id, draftId: Id, draftName: z.string() });
