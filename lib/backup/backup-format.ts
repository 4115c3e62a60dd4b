import * as z from 'zod/mini';
import { CollaborationSchema } from '../collaborations/collaboration';
import { InvitationSchema } from '../invitations/invitation';
import { CreatorRecordSchema, ShortlistEntrySchema, ShortlistSchema } from '../schemas/records';
import { DraftSchema } from '../invitations/draft';
import { SnapshotRowSchema } from './snapshot-row';

/** The name every Vettok backup carries; anything else is not a Vettok backup. */
export const BACKUP_FORMAT = 'vettok-backup';
/** The database schema version the backup's rows follow (VettokDatabase's latest version). */
export const BACKUP_SCHEMA_VERSION = 4;
/**
 * Files above this size are refused before they are read. It admits the merchant's own backup of
 * 100,000 creators, the scale Vettok supports: each creator record holds its whole assessment,
 * 2.0–2.3 KB for a creator read from the profile (the real captures in tests/fixtures) and a median
 * of 2.7 KB once its videos were read (the labelled scoring cases), so such a backup weighs
 * ≈ 230–300 MB with its lists and a visit for every tenth creator (the bench's own file, lighter
 * creators, 202 MB). It stays well below what a browser can hold as one string (V8: 2^29 − 24
 * characters, ≈ 512 Mi) and the check's memory (≈ 5–6 × the file at its peak, docs/shortlists.md).
 * A larger file is refused without being parsed (issue 9; tests/security/backup.test.ts).
 */
export const MAX_BACKUP_BYTES = 320 * 1024 * 1024;

export const BACKUP_TABLES = ['creators', 'snapshots', 'shortlists', 'shortlistEntries', 'invitationDrafts', 'invitations', 'collaborations'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const BackupDataSchema = z.strictObject({
  creators: z.array(CreatorRecordSchema),
  snapshots: z.array(SnapshotRowSchema),
  shortlists: z.array(ShortlistSchema),
  shortlistEntries: z.array(ShortlistEntrySchema),
  invitationDrafts: z.array(DraftSchema),
  // Since schema version 4; a backup made before has none (and its checksum still verifies: it is
  // taken over the data exactly as the file holds it).
  invitations: z._default(z.array(InvitationSchema), []),
  collaborations: z._default(z.array(CollaborationSchema), []),
});
export type BackupData = z.infer<typeof BackupDataSchema>;

export const BackupCountsSchema = z.strictObject({
  creators: z.number(),
  snapshots: z.number(),
  shortlists: z.number(),
  shortlistEntries: z.number(),
  invitationDrafts: z.number(),
  invitations: z._default(z.number(), 0),
  collaborations: z._default(z.number(), 0),
});
export type BackupCounts = z.infer<typeof BackupCountsSchema>;

/** Just the head of the envelope: checked first, so a future or foreign file gets a precise message. */
export const BackupHeadSchema = z.object({
  format: z.string(),
  schemaVersion: z.number(),
});

export const BackupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().check(z.int(), z.positive()),
  createdAt: z.string(),
  counts: BackupCountsSchema,
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }),
  data: BackupDataSchema,
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

export function countsOf(data: BackupData): BackupCounts {
  return {
    creators: data.creators.length,
    snapshots: data.snapshots.length,
    shortlists: data.shortlists.length,
    shortlistEntries: data.shortlistEntries.length,
    invitationDrafts: data.invitationDrafts.length,
    invitations: data.invitations.length,
    collaborations: data.collaborations.length,
  };
}
