import * as z from 'zod/mini';
import { CreatorRecordSchema, ShortlistEntrySchema } from '../schemas/records';
import { BackupDataSchema, BackupEnvelopeSchema } from './backup-format';
import { parseCreatorRecord, parseShortlistEntry, parseSnapshotRow } from './compiled-validators';
import { SnapshotRowSchema } from './snapshot-row';

/**
 * The schema with zod's compiled parser of it (scripts/compile-validators.ts). A row the compiled
 * parser accepts is returned as it returns it (a fresh object without unknown keys, as the
 * interpreter returns it); any other row is parsed again by the schema's interpreter, which refuses
 * it with its message. Same rules, same answers (tests/unit/backup/compiled-validators.test.ts).
 */
function compiled<T extends z.ZodMiniType>(schema: T, parser: (input: unknown) => unknown): T {
  return z.withParser(schema, parser as (input: unknown) => z.output<T>);
}

/**
 * The backup envelope as the import checks it: `BackupEnvelopeSchema` with its three tables of
 * up to 100,000 rows and more (creators, visits, entries) checked by their compiled parsers. The
 * extension's pages and service worker may not compile code at run time (MV3 forbids eval), so
 * zod's interpreter checked them: 3–5 s of the check of a 100,000-creator backup, most of it the
 * creators' assessments (docs/shortlists.md). Only the background imports this module.
 */
export const CheckedEnvelopeSchema = z.extend(BackupEnvelopeSchema, {
  data: z.extend(BackupDataSchema, {
    creators: z.array(compiled(CreatorRecordSchema, parseCreatorRecord)),
    snapshots: z.array(compiled(SnapshotRowSchema, parseSnapshotRow)),
    shortlistEntries: z.array(compiled(ShortlistEntrySchema, parseShortlistEntry)),
  }),
});
