import * as z from 'zod/mini';
import { CreatorRecordSchema, ShortlistEntrySchema } from '../schemas/records';
import { BackupDataSchema, BackupEnvelopeSchema } from './backup-format';
import {
  isExactCreatorRecord,
  isExactShortlistEntry,
  isExactSnapshotRow,
  parseCreatorRecord,
  parseShortlistEntry,
  parseSnapshotRow,
} from './compiled-validators';
import { SnapshotRowSchema } from './snapshot-row';

/**
 * The schema with zod's compiled parser of it (scripts/compile-validators.ts). A row that is
 * already what that parser would return (valid, no key the schema does not name, at any depth:
 * `isExact`) is kept as it is, JSON.parse's own object, instead of being copied; any other row goes
 * through the compiled parser, which returns a fresh object without unknown keys as the
 * interpreter does, or refuses it, and then the schema's interpreter parses it again for its
 * message. Same rules, same answers (tests/unit/backup/compiled-validators.test.ts).
 *
 * Kept rows are the caller's objects: this is for a freshly parsed file nothing else holds, with
 * no `__proto__` key in it (a record's `__proto__` key passes `isExact` and would be kept; the
 * parser drops it). `readBackup` refuses every such key before it validates.
 */
function compiled<T extends z.ZodMiniType>(schema: T, parser: (input: unknown) => unknown, isExact: (input: unknown) => boolean): T {
  return z.withParser(schema, ((input: unknown) => (isExact(input) ? input : parser(input))) as (input: unknown) => z.output<T>);
}

/**
 * The backup envelope as the import checks it: `BackupEnvelopeSchema` with its three tables of
 * up to 100,000 rows and more (creators, visits, entries) checked by their compiled parsers. The
 * extension's pages and service worker may not compile code at run time (MV3 forbids eval), so
 * zod's interpreter checked them: 3–5 s of the check of a 100,000-creator backup, most of it the
 * creators' assessments (docs/shortlists.md). A Vettok export's rows are exact: they are checked
 * without being copied, so the check no longer allocates a second copy of the file's rows (in a
 * profile of the service worker, the creators took 0.52 s and 0.37 s of garbage collection with
 * the copies, 0.28 s without). Only the background imports this module.
 */
export const CheckedEnvelopeSchema = z.extend(BackupEnvelopeSchema, {
  data: z.extend(BackupDataSchema, {
    creators: z.array(compiled(CreatorRecordSchema, parseCreatorRecord, isExactCreatorRecord)),
    snapshots: z.array(compiled(SnapshotRowSchema, parseSnapshotRow, isExactSnapshotRow)),
    shortlistEntries: z.array(compiled(ShortlistEntrySchema, parseShortlistEntry, isExactShortlistEntry)),
  }),
});
