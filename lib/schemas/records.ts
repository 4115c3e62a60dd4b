import * as z from 'zod/mini';
import { AssessmentSchema } from './assessment';
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
