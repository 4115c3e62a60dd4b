import * as z from 'zod/mini';
import { CollaborationResultSchema, CollaborationSchema } from '../../collaborations/collaboration';
import { DraftSchema } from '../../invitations/draft';
import { CreatorSnapshotSchema } from '../../schemas/creator-snapshot';
import { HandleSchema, IdSchema, InstantSchema, PrioritySchema } from '../../schemas/field-rules';
import { CreatorRecordSchema, EntryStatusSchema } from '../../schemas/records';
import { MAX_NOTE_VERSIONS, NoteVersionSchema } from './notes';
import { registerSchema, StampSchema } from './stamps';

/**
 * The documents a team database holds, one per shared record. Each names its kind, carries who
 * added it (`added`), who changed it last (`edited`) and, once deleted, a tombstone (`deleted`):
 * a deleted record stays a document, so a seat that was offline learns of the deletion.
 *
 * Ids say what a document is: `list:<id>`, `entry:<id>`, `creator:<handle>`,
 * `visit:<handle>:<capturedAt>`, `draft:<id>`, `collab:<id>`.
 */

/** Most tags an entry's document may carry (a merge of two seats' tags can exceed one seat's 20). */
export const MAX_DOC_TAGS = 50;
/** Most results a collaboration's document may carry (the app keeps at most 500). */
export const MAX_DOC_RESULTS = 1000;

const Meta = {
  _id: z.string().check(z.maxLength(200)),
  _rev: z.optional(z.string().check(z.maxLength(200))),
  _conflicts: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000))),
  added: StampSchema,
  edited: StampSchema,
  deleted: z.nullable(StampSchema),
};

const ListName = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const Tag = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

export const ListDocSchema = z.strictObject({
  ...Meta,
  kind: z.literal('list'),
  id: IdSchema,
  createdAt: InstantSchema,
  name: registerSchema(ListName),
  archived: registerSchema(z.boolean()),
});
export type ListDoc = z.infer<typeof ListDocSchema>;

export const EntryDocSchema = z.strictObject({
  ...Meta,
  kind: z.literal('entry'),
  id: IdSchema,
  listId: IdSchema,
  handle: HandleSchema,
  addedAt: InstantSchema,
  status: registerSchema(EntryStatusSchema),
  priority: registerSchema(PrioritySchema),
  tags: z.array(Tag).check(z.maxLength(MAX_DOC_TAGS)),
  notes: z.array(NoteVersionSchema).check(z.maxLength(MAX_NOTE_VERSIONS)),
});
export type EntryDoc = z.infer<typeof EntryDocSchema>;

export const CreatorDocSchema = z.strictObject({
  ...Meta,
  kind: z.literal('creator'),
  handle: HandleSchema,
  record: registerSchema(CreatorRecordSchema),
});
export type CreatorDoc = z.infer<typeof CreatorDocSchema>;

export const VisitDocSchema = z.strictObject({
  ...Meta,
  kind: z.literal('visit'),
  handle: HandleSchema,
  capturedAt: InstantSchema,
  snapshot: CreatorSnapshotSchema,
});
export type VisitDoc = z.infer<typeof VisitDocSchema>;

export const DraftDocSchema = z.strictObject({
  ...Meta,
  kind: z.literal('draft'),
  id: IdSchema,
  draft: registerSchema(DraftSchema),
});
export type DraftDoc = z.infer<typeof DraftDocSchema>;

/** A collaboration without its notes and results, which merge on their own rules. */
export const CollaborationBodySchema = z.omit(CollaborationSchema, { notes: true, results: true });
export type CollaborationBody = z.infer<typeof CollaborationBodySchema>;

export const CollabDocSchema = z.strictObject({
  ...Meta,
  kind: z.literal('collab'),
  id: IdSchema,
  body: registerSchema(CollaborationBodySchema),
  notes: z.array(NoteVersionSchema).check(z.maxLength(MAX_NOTE_VERSIONS)),
  results: z.array(CollaborationResultSchema).check(z.maxLength(MAX_DOC_RESULTS)),
  /** Ids of results removed on some seat: a union, so a removal is never undone by a merge. */
  removedResults: z.array(IdSchema).check(z.maxLength(MAX_DOC_RESULTS)),
});
export type CollabDoc = z.infer<typeof CollabDocSchema>;

export const TeamDocSchema = z.discriminatedUnion('kind', [
  ListDocSchema,
  EntryDocSchema,
  CreatorDocSchema,
  VisitDocSchema,
  DraftDocSchema,
  CollabDocSchema,
]);
export type TeamDoc = z.infer<typeof TeamDocSchema>;
export type TeamDocKind = TeamDoc['kind'];

/** The id a document of this content must have. */
export function docIdOf(doc: TeamDoc): string {
  switch (doc.kind) {
    case 'list':
      return `list:${doc.id}`;
    case 'entry':
      return `entry:${doc.id}`;
    case 'creator':
      return `creator:${doc.handle}`;
    case 'visit':
      return `visit:${doc.handle}:${doc.capturedAt}`;
    case 'draft':
      return `draft:${doc.id}`;
    case 'collab':
      return `collab:${doc.id}`;
  }
}

/** A document's content without what the database adds (`_rev`, `_conflicts`). */
export function contentOf<D extends TeamDoc>(doc: D): D {
  const { _rev: _r, _conflicts: _c, ...content } = doc;
  return content as D;
}
