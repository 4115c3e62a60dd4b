import * as z from 'zod/mini';
import { AssessmentSchema, type Confidence, type MerchantTier, type Tier } from './assessment';
import type { CreatorSnapshot } from './creator-snapshot';
import type { Draft } from '../invitations/draft';
import { HandleSchema, IdSchema, InstantSchema, PrioritySchema } from './field-rules';

/** A creator as stored: identity, the latest figures and the latest assessment. */
export const CreatorRecordSchema = z.object({
  handle: HandleSchema,
  userId: z.nullable(z.string()),
  nickname: z.nullable(z.string()),
  verified: z.nullable(z.boolean()),
  language: z.nullable(z.string()),
  region: z.nullable(z.string()),
  followers: z.nullable(z.number()),
  followersExact: z.boolean(),
  following: z.nullable(z.number()),
  likes: z.nullable(z.number()),
  videos: z.nullable(z.number()),
  /** Denormalised from the assessment for indexed filtering and sorting. */
  score: z.nullable(z.number()),
  tier: z.nullable(z.string()),
  assessment: AssessmentSchema,
  firstSeenAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type CreatorRecord = z.infer<typeof CreatorRecordSchema>;

export const ShortlistSchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: InstantSchema,
  archived: z.boolean(),
});
export type Shortlist = z.infer<typeof ShortlistSchema>;

export const EntryStatusSchema = z.enum([
  'scouting',
  'contacted',
  'invited',
  'sample-sent',
  'content-review',
  'published',
  'settled',
  'dropped',
]);
export type EntryStatus = z.infer<typeof EntryStatusSchema>;

export const ShortlistEntrySchema = z.object({
  id: IdSchema,
  listId: IdSchema,
  handle: HandleSchema,
  status: EntryStatusSchema,
  priority: PrioritySchema,
  tags: z.array(z.string()),
  note: z.string(),
  addedAt: InstantSchema,
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

/**
 * What the table shows of an entry's creator. The background copies it onto every entry of the
 * creator (`view`) whenever the creator or the entry changes, so the side panel reads one table.
 * Derived data: never part of a backup, rebuilt on import.
 */
export interface CreatorColumns {
  nickname: string | null;
  followers: number | null;
  score: number | null;
  grade: string | null;
  tier: Tier | null;
  merchantTier: MerchantTier | null;
  confidence: Confidence | null;
  /** Pitfall numbers of the creator's flags (P1…P10), unique, sorted. */
  pitfalls: string[];
  flagIds: string[];
  language: string | null;
  region: string | null;
}

/** Who added a team list's entry and who changed it last (set by the team workspace's sync). */
export interface TeamMarks {
  addedBy: string;
  addedAt: number;
  editedBy: string;
  editedAt: number;
  /** The note holds versions written apart on two seats, until a merchant edits it. */
  twoSeats: boolean;
}

/**
 * An entry as stored: `view` is undefined when never computed, null when the creator is unknown;
 * `team` only on an entry of a team list that came through the team workspace.
 */
export type EntryWithView = ShortlistEntry & { view?: CreatorColumns | null; team?: TeamMarks };

/** An invitation draft or template; its terms and schema (`DraftSchema`) belong to the invitations feature. */
export type InvitationDraft = Draft;
export type { Invitation } from '../invitations/invitation';

/** A stored visit: the snapshot as read, keyed by an auto-increment id. */
export interface SnapshotRow {
  id?: number;
  handle: string;
  capturedAt: number;
  snapshot: CreatorSnapshot;
}

/** Small facts about the data itself (last backup, last list used), keyed by name. */
export interface MetaRow {
  key: string;
  value: string | number | null;
}

/** A reminder already shown (id from lib/collaborations/reminders.ts), so it is shown once. */
export interface NotifiedReminderRow {
  id: string;
  at: number;
}

/**
 * Shortlist entries as stored since database version 9 (lib/db/entry-layout.ts): the entries of a
 * list in a fixed number of chunks chosen by a hash of the handle, each one record holding its
 * entries as JSON texts in the order of `ids` and `handles`. Fewer, larger records: a write costs
 * per record in IndexedDB, so an import of 100,000 creators writes a few hundred entry records.
 */
export interface EntryChunk {
  listId: string;
  slot: number;
  ids: string[];
  handles: string[];
  /** JSON of each `EntryWithView`, in the order of `ids`. */
  texts: string[];
}

/** Where each entry is, by id (since v9): the ids of a hash bucket, with the list and creator of each. */
export interface EntryDirectoryBucket {
  bucket: number;
  ids: string[];
  lists: string[];
  handles: string[];
}

/**
 * A list's entry count and its newest entries as JSON texts, newest first (since v9): what the
 * side panel shows first, without reading the whole list. Stored only for a list holding entries.
 */
export interface ListEntrySummary {
  listId: string;
  count: number;
  newest: string[];
}

/**
 * Creators as stored since database version 6: in a fixed number of buckets chosen by a hash of
 * the handle (lib/db/queries/creators.ts), each one record holding its creators as one JSON text,
 * in the order of `handles`. Fewer, larger records: a write costs per record in IndexedDB, so an
 * import of 100,000 creators writes about a thousand records instead of 100,000.
 */
export interface CreatorBucket {
  bucket: number;
  handles: string[];
  /** JSON of `CreatorRecord[]`, one per handle, same order. */
  creators: string;
}
