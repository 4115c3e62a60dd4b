import * as z from 'zod/mini';
import { AssessmentSchema } from '../schemas/assessment';
import { CreatorSnapshotSchema } from '../schemas/creator-snapshot';
import { DraftSchema } from '../invitations/draft';
import { InvitationSchema } from '../invitations/invitation';
import { CreatorRecordSchema, ShortlistSchema } from '../schemas/records';

/**
 * Every message between Vettok's contexts. A request names its message and carries a payload;
 * the background validates both the payload and who sent it before a handler runs, and every
 * reply is validated by the client before use.
 *
 * `from` lists the senders allowed: `content` = Vettok's content scripts on TikTok pages (untrusted
 * input, few handlers), `page` = Vettok's own extension pages (popup, side panel).
 */
export type SenderKind = 'content' | 'page';

const Handle = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9._]+$/));
const Id = z.string().check(z.minLength(1), z.maxLength(64));

export const ListMembershipSchema = z.object({ listId: Id, listName: z.string() });

export const PROTOCOL = {
  /** A content script read a creator: store the snapshot, assess, badge the tab. */
  'snapshot.submit': {
    from: ['content'],
    request: z.strictObject({ snapshot: CreatorSnapshotSchema }),
    response: z.object({
      assessment: AssessmentSchema,
      lists: z.array(ListMembershipSchema),
      locale: z.enum(['zh-CN', 'en']),
    }),
  },
  /** A content script found a page it cannot read: clear the tab's badge. */
  'page.unreadable': {
    from: ['content'],
    request: z.strictObject({ reason: z.string().check(z.maxLength(64)) }),
    response: z.object({ locale: z.enum(['zh-CN', 'en']) }),
  },
  /** The watcher saw an in-app navigation to a creator page: load the overlay script there. */
  'overlay.inject': {
    from: ['content'],
    request: z.strictObject({}),
    response: z.object({ injected: z.boolean() }),
  },
  /** Save a creator (already read on a page) to a shortlist; the default list if none is named. */
  'shortlist.add': {
    from: ['content', 'page'],
    request: z.strictObject({ handle: Handle, listId: z.optional(z.nullable(Id)) }),
    response: z.object({ entryId: Id, list: ShortlistSchema, lists: z.array(ListMembershipSchema) }),
  },
  /** The creator last read in a tab, for the popup. */
  'tab.creator': {
    from: ['page'],
    request: z.strictObject({ tabId: z.number().check(z.int(), z.nonnegative()) }),
    response: z.object({
      creator: z.nullable(CreatorRecordSchema),
      lists: z.array(ListMembershipSchema),
    }),
  },
  /** Save (create or replace) an invitation draft or template. */
  'invitation.draft.save': {
    from: ['page'],
    request: z.strictObject({ draft: DraftSchema }),
    response: z.object({ draft: DraftSchema }),
  },
  'invitation.draft.delete': {
    from: ['page'],
    request: z.strictObject({ id: Id }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Apply a ready draft to creators: one invitation per batch of ≤ 50 creators. */
  'invitation.apply': {
    from: ['page'],
    request: z.strictObject({ draftId: Id, handles: z.array(Handle).check(z.minLength(1), z.maxLength(10_000)) }),
    response: z.object({ invitations: z.array(InvitationSchema) }),
  },
  /** The overlay's "invite this creator": the named draft, else the newest ready one. */
  'invitation.inviteCreator': {
    from: ['content', 'page'],
    request: z.strictObject({ handle: Handle, draftId: z.optional(z.nullable(Id)) }),
    response: z.object({ invitationId: Id, draftId: Id, draftName: z.string() }),
  },
  /** Drafts for the Target-collaboration helper on the Affiliate Center form (not templates). */
  'invitation.drafts': {
    from: ['content', 'page'],
    request: z.strictObject({}),
    response: z.object({ drafts: z.array(DraftSchema) }),
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;
export type RequestOf<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]['response']>;

/** The envelope every message travels in. */
export const EnvelopeSchema = z.strictObject({
  vettok: z.literal(1),
  name: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const ErrorCodeSchema = z.enum(['unknown-message', 'invalid-payload', 'forbidden', 'too-large', 'storage-full', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Largest message accepted, in characters of its JSON form (a snapshot with 30 videos is ~30 KB). */
export const MAX_MESSAGE_CHARS = 1_000_000;
