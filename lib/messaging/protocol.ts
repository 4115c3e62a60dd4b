import * as z from 'zod/mini';
import { CreatorSnapshotSchema } from '../schemas/creator-snapshot';
import { SettingsSchema } from '../schemas/settings';
import { DraftSchema } from '../invitations/draft';
import {
  CollaborationDatesSchema,
  CollaborationResultSchema,
  CollaborationSchema,
  CollaborationStatusSchema,
  ContentLinkSchema,
  TerminationReasonSchema,
} from '../collaborations/collaboration';
import { InvitationSchema } from '../invitations/invitation';
import { RecordIdSchema, RecordTableSchema } from '../backup/stored-records';
import { CreatorRecordSchema, EntryStatusSchema, ShortlistEntrySchema, ShortlistSchema } from '../schemas/records';
import { HandleSchema, IdSchema, PrioritySchema } from '../schemas/field-rules';
import { CONTENT_REPLIES, ListMembershipSchema } from './replies';
import { LIST_KINDS } from '../scout/list-kinds';
import { MAX_SCOUT_ADD, MAX_SCOUT_BATCH } from '../scout/limits';
import { TEAM_PROTOCOL } from '../team/service/team-protocol';

/**
 * Every message between Vettok's contexts. A request names its message and carries a payload;
 * the background validates both the payload and who sent it before a handler runs, and checks the
 * handler's reply against `response` before sending it. Extension pages validate replies again
 * (`send`); content scripts check the envelope only (`ask`, docs/security.md §2).
 *
 * `from` lists the senders allowed (lib/messaging/sender.ts classifies them): `tiktok` = Vettok's
 * content scripts on www.tiktok.com, `affiliate` = its content scripts on the Affiliate Center (both
 * handle untrusted page input and reach only the few handlers meant for them), `page` = Vettok's
 * own extension pages (popup, side panel). docs/security.md lists the allowlist with the reasons.
 */
export type SenderKind = 'tiktok' | 'affiliate' | 'page';


export { ListMembershipSchema };

const ListName = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const Tag = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));
/** Largest bulk selection in one message (20,000 ids of ≤ 40 characters stay under MAX_MESSAGE_CHARS). */
export const MAX_BULK_ENTRIES = 20_000;
/** Characters of backup text per import chunk: even if JSON escaping doubled every one, a chunk message stays under MAX_MESSAGE_CHARS. */
export const IMPORT_CHUNK_CHARS = 450_000;
const Undo = z.object({ undoId: IdSchema, affected: z.number() });

export const BulkActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('move'), toListId: IdSchema }),
  z.strictObject({ kind: z.literal('copy'), toListId: IdSchema }),
  z.strictObject({ kind: z.literal('tag'), add: z.array(Tag).check(z.maxLength(20)), remove: z.array(Tag).check(z.maxLength(20)) }),
  z.strictObject({ kind: z.literal('status'), status: EntryStatusSchema }),
  z.strictObject({ kind: z.literal('priority'), priority: PrioritySchema }),
  z.strictObject({ kind: z.literal('remove') }),
]);

const TablePlanSchema = z.object({ added: z.number(), conflicts: z.number(), skipped: z.number(), removed: z.number() });
export const ImportPlanSchema = z.object({
  creators: TablePlanSchema,
  snapshots: TablePlanSchema,
  shortlists: TablePlanSchema,
  shortlistEntries: TablePlanSchema,
  invitationDrafts: TablePlanSchema,
  invitations: TablePlanSchema,
  collaborations: TablePlanSchema,
});

export const ImportRefusalSchema = z.object({ imported: z.literal(false), code: z.string(), detail: z.string() });

const Collab = z.object({ collaboration: CollaborationSchema });
const ShortText = z.nullable(z.string().check(z.trim(), z.maxLength(80)));
const RoiThreshold = z.nullable(z.number().check(z.minimum(0), z.maximum(1000)));
const ConsecutiveCount = z.number().check(z.int(), z.minimum(1), z.maximum(20));
/** A result as the merchant enters it; the background gives it its id and entry sequence. */
export const ResultInputSchema = z.omit(z.strictObject(CollaborationResultSchema.shape), { id: true, seq: true });

export const PROTOCOL = {
  /**
   * A content script read a creator: store the snapshot, assess, badge the tab. The reply also
   * carries what the overlay's list picker offers (the lists, the one used last).
   */
  'snapshot.submit': {
    from: ['tiktok', 'affiliate'],
    request: z.strictObject({ snapshot: CreatorSnapshotSchema }),
    response: CONTENT_REPLIES['snapshot.submit'],
  },
  /** The profile script found a page it cannot read: clear the tab's creator and badge. */
  'page.unreadable': {
    from: ['tiktok'],
    request: z.strictObject({ reason: z.string().check(z.maxLength(64)) }),
    response: CONTENT_REPLIES['page.unreadable'],
  },
  /**
   * Save a creator (already read on a page) to a shortlist; the default list if none is named.
   * The reply carries the lists the creator is in and the picker's choices afterwards.
   */
  'shortlist.add': {
    from: ['tiktok', 'affiliate', 'page'],
    request: z.strictObject({ handle: HandleSchema, listId: z.optional(z.nullable(IdSchema)) }),
    response: CONTENT_REPLIES['shortlist.add'],
  },
  /**
   * A list page (search, follower list, feed, marketplace) showed these creators, as its list script
   * read them from the page's response (lib/readers/list-response.ts): store each as history,
   * assess, reply with each one's chip (lib/scout/chip-view.ts).
   */
  'scout.seen': {
    from: ['tiktok', 'affiliate'],
    request: z.strictObject({ kind: z.enum(LIST_KINDS), snapshots: z.array(CreatorSnapshotSchema).check(z.minLength(1), z.maxLength(MAX_SCOUT_BATCH)) }),
    response: CONTENT_REPLIES['scout.seen'],
  },
  /** Adds creators already read to a list (the last used when none is named); undoable with `scout.undo`. */
  'scout.add': {
    from: ['tiktok', 'affiliate', 'page'],
    request: z.strictObject({ handles: z.array(HandleSchema).check(z.minLength(1), z.maxLength(MAX_SCOUT_ADD)), listId: z.optional(z.nullable(IdSchema)) }),
    response: CONTENT_REPLIES['scout.add'],
  },
  /** Takes back one `scout.add` (only those: a page cannot undo anything else). */
  'scout.undo': {
    from: ['tiktok', 'affiliate', 'page'],
    request: z.strictObject({ undoId: IdSchema }),
    response: CONTENT_REPLIES['scout.undo'],
  },
  /**
   * A list page received a list response (scout mode's watcher saw the observer's signal): load the
   * list script into the sending frame. Nothing is read or written; a second load is a no-op.
   */
  'scout.start': {
    from: ['tiktok', 'affiliate'],
    request: z.strictObject({}),
    response: CONTENT_REPLIES['scout.start'],
  },
  /** A chip was clicked: show that creator in the side panel's Scouted view. */
  'scout.open': {
    from: ['tiktok', 'affiliate'],
    request: z.strictObject({ handle: HandleSchema }),
    response: CONTENT_REPLIES['scout.open'],
  },
  /**
   * The card's collaboration line was clicked: show that creator's collaboration (the one its note
   * came from, when named) in the side panel's Collaborations tab. Opens a view, writes nothing.
   */
  'collab.open': {
    from: ['tiktok', 'affiliate'],
    request: z.strictObject({ handle: HandleSchema, collaborationId: z.nullable(IdSchema) }),
    response: CONTENT_REPLIES['collab.open'],
  },
  'list.create': {
    from: ['page'],
    request: z.strictObject({ name: ListName }),
    response: z.object({ list: ShortlistSchema }),
  },
  'list.rename': {
    from: ['page'],
    request: z.strictObject({ listId: IdSchema, name: ListName }),
    response: z.object({ list: ShortlistSchema }),
  },
  'list.archive': {
    from: ['page'],
    request: z.strictObject({ listId: IdSchema, archived: z.boolean() }),
    response: z.object({ list: ShortlistSchema }),
  },
  /** Deletes a list and its entries (undoable with `undo.apply`). */
  'list.delete': {
    from: ['page'],
    request: z.strictObject({ listId: IdSchema }),
    response: Undo,
  },
  /** Status, priority, tags or note of one entry. */
  'entry.update': {
    from: ['page'],
    request: z.strictObject({
      entryId: IdSchema,
      patch: z.strictObject({
        status: z.optional(EntryStatusSchema),
        priority: z.optional(PrioritySchema),
        tags: z.optional(z.array(Tag).check(z.maxLength(20))),
        note: z.optional(z.string().check(z.maxLength(2000))),
      }),
    }),
    response: z.object({ entry: ShortlistEntrySchema, undoId: IdSchema }),
  },
  /** One action on many entries, all or nothing (undoable). */
  'entries.bulk': {
    from: ['page'],
    request: z.strictObject({ entryIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(MAX_BULK_ENTRIES)), action: BulkActionSchema }),
    response: Undo,
  },
  /**
   * Reverts a recent change (kept in the background's memory; gone after a restart), merged with
   * what happened since: `merged` entries re-added meanwhile were merged with the restored ones. A
   * refusal writes nothing and keeps the undo (`list-gone`: an entry's list was deleted since;
   * `gone`: no such undo any more).
   */
  'undo.apply': {
    from: ['page'],
    request: z.strictObject({ undoId: IdSchema }),
    response: z.object({ restored: z.boolean(), merged: z.number(), refusal: z.nullable(z.enum(['gone', 'list-gone'])) }),
  },
  /**
   * Starts an import: the backup's text follows in chunks (a whole backup can exceed one message),
   * or, with `staged`, the background reads the whole file the side panel stored under that key
   * (lib/db/import-staging.ts) and no chunk follows.
   */
  'backup.import.begin': {
    from: ['page'],
    request: z.strictObject({
      chunks: z.number().check(z.int(), z.positive(), z.maximum(1000)),
      totalChars: z.number().check(z.int(), z.positive()),
      staged: z.optional(IdSchema),
    }),
    response: z.object({ sessionId: IdSchema }),
  },
  'backup.import.chunk': {
    from: ['page'],
    request: z.strictObject({
      sessionId: IdSchema,
      index: z.number().check(z.int(), z.nonnegative()),
      text: z.string().check(z.maxLength(IMPORT_CHUNK_CHARS)),
    }),
    response: z.object({ received: z.number() }),
  },
  /** Validates the whole file (the only check) and answers with the preview, or refuses it. */
  'backup.import.check': {
    from: ['page'],
    request: z.strictObject({ sessionId: IdSchema }),
    response: z.union([
      z.object({
        checked: z.literal(true),
        createdAt: z.string(),
        counts: z.record(z.string(), z.number()),
        plans: z.object({ merge: ImportPlanSchema, replace: ImportPlanSchema }),
      }),
      ImportRefusalSchema,
    ]),
  },
  /** Writes the checked file in one transaction (merge or replace), or writes nothing. */
  'backup.import.commit': {
    from: ['page'],
    request: z.strictObject({ sessionId: IdSchema, mode: z.enum(['merge', 'replace']) }),
    response: z.union([
      z.object({
        imported: z.literal(true),
        counts: z.record(z.string(), z.number()),
      }),
      ImportRefusalSchema,
    ]),
  },
  /** The side panel saved a backup file: remember when (for the "backup is old" reminder). */
  'backup.recorded': {
    from: ['page'],
    request: z.strictObject({}),
    response: z.object({ at: z.number() }),
  },
  /** Deletes all Vettok data (after the merchant typed the confirmation). */
  'data.erase': {
    from: ['page'],
    request: z.strictObject({ confirm: z.literal('erase') }),
    response: z.object({ erased: z.boolean() }),
  },
  /** The creator last read in a tab, for the popup. */
  /** The merchant's settings (validated and repaired). */
  'settings.get': {
    from: ['page'],
    request: z.strictObject({}),
    response: SettingsSchema,
  },
  /** Replace the merchant's settings; they apply to every assessment from then on. */
  'settings.save': {
    from: ['page'],
    request: z.strictObject({ settings: SettingsSchema }),
    response: SettingsSchema,
  },
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
    request: z.strictObject({ id: IdSchema }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Remove one record a view cannot show (named in the view's bad-record notice). */
  'record.remove': {
    from: ['page'],
    request: z.strictObject({ table: RecordTableSchema, id: RecordIdSchema }),
    response: z.object({ removed: z.boolean() }),
  },
  /** Mend one record a view cannot show, where that loses nothing (dates out of range; a draft's missing terms). */
  'record.fix': {
    from: ['page'],
    request: z.strictObject({ table: RecordTableSchema, id: RecordIdSchema }),
    response: z.object({ fixed: z.boolean() }),
  },
  /** Apply a ready draft to creators: one invitation per batch of ≤ 50 creators. */
  'invitation.apply': {
    from: ['page'],
    request: z.strictObject({ draftId: IdSchema, handles: z.array(HandleSchema).check(z.minLength(1), z.maxLength(10_000)) }),
    response: z.object({ invitations: z.array(InvitationSchema) }),
  },
  /** The overlay's "invite this creator": the named draft, else the newest ready one. */
  'invitation.inviteCreator': {
    from: ['tiktok', 'affiliate'],
    request: z.strictObject({ handle: HandleSchema, draftId: z.optional(z.nullable(IdSchema)) }),
    response: CONTENT_REPLIES['invitation.inviteCreator'],
  },
  /** Drafts for the Target-collaboration helper on the Affiliate Center form (not templates). */
  'invitation.drafts': {
    from: ['affiliate'],
    request: z.strictObject({}),
    response: CONTENT_REPLIES['invitation.drafts'],
  },
  /** Start tracking a creator, optionally from an applied invitation (one per creator and invitation). */
  'collab.start': {
    from: ['page'],
    request: z.strictObject({
      handle: HandleSchema,
      invitationId: z.optional(z.nullable(IdSchema)),
      draftId: z.optional(z.nullable(IdSchema)),
      roiThreshold: z.optional(RoiThreshold),
      consecutiveCount: z.optional(ConsecutiveCount),
    }),
    response: z.object({ collaboration: CollaborationSchema, created: z.boolean() }),
  },
  /** Status, dates, sample shipping, content links, notes or the stop-loss rule of a collaboration. */
  'collab.update': {
    from: ['page'],
    request: z.strictObject({
      id: IdSchema,
      patch: z.strictObject({
        status: z.optional(CollaborationStatusSchema),
        terminationReason: z.optional(z.nullable(TerminationReasonSchema)),
        dates: z.optional(z.partial(z.strictObject(CollaborationDatesSchema.shape))),
        carrier: z.optional(ShortText),
        trackingNumber: z.optional(ShortText),
        contentLinks: z.optional(z.array(ContentLinkSchema.check(z.maxLength(2000))).check(z.maxLength(50))),
        notes: z.optional(z.string().check(z.maxLength(5000))),
        settlementDisputed: z.optional(z.boolean()),
        roiThreshold: z.optional(RoiThreshold),
        consecutiveCount: z.optional(ConsecutiveCount),
      }),
    }),
    response: Collab,
  },
  /** Adds the figures of one published video or live. */
  'collab.result.add': {
    from: ['page'],
    request: z.strictObject({ id: IdSchema, result: ResultInputSchema }),
    response: Collab,
  },
  /** Corrects the figures of one result; it keeps its id and its place in entry order. */
  'collab.result.update': {
    from: ['page'],
    request: z.strictObject({ id: IdSchema, resultId: IdSchema, result: ResultInputSchema }),
    response: Collab,
  },
  'collab.result.remove': {
    from: ['page'],
    request: z.strictObject({ id: IdSchema, resultId: IdSchema }),
    response: Collab,
  },
  /** Records the creator's one 7-day extension of the sample posting deadline. */
  'collab.extend': {
    from: ['page'],
    request: z.strictObject({ id: IdSchema }),
    response: Collab,
  },
  /** The team workspace (lib/team/service/team-protocol.ts). */
  ...TEAM_PROTOCOL,
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

export { ErrorCodeSchema, ReplySchema } from './reply';
export type { ErrorCode, Reply } from './reply';

/** `storage.local` key where the background reports a running import's progress ({ done, total } rows). */
export const IMPORT_PROGRESS_KEY = 'importProgress';

/** Largest message accepted, in characters of its JSON form (a snapshot with 30 videos is ~30 KB). */
export const MAX_MESSAGE_CHARS = 1_000_000;
