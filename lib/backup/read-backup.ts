import type { z } from 'zod/mini';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  BackupEnvelopeSchema,
  BackupHeadSchema,
  countsOf,
  MAX_BACKUP_BYTES,
  type BackupEnvelope,
} from './backup-format';
import { canonicalJson, FORBIDDEN_KEYS, ForbiddenKeyError } from './canonical-json';
import { nestingExceeds } from './json-depth';
import { webCryptoSha256, type Sha256 } from './sha256';

/**
 * Deepest nesting a backup may have. Vettok's own backups nest about 10 levels (envelope → data →
 * table → row → assessment → flag → evidence); 100 leaves room for any future row and stays far
 * below what JSON.parse and the checks after it can recurse through.
 */
export const MAX_BACKUP_NESTING = 100;

/** Why a file was refused; each has its own message in the UI catalogue (`backup.error.<code>`). */
export type BackupErrorCode =
  | 'too-large'
  | 'too-deep'
  | 'not-json'
  | 'forbidden-key'
  | 'not-a-backup'
  | 'future-version'
  | 'old-version'
  | 'invalid'
  | 'count-mismatch'
  | 'checksum-mismatch'
  | 'duplicate-id'
  | 'dangling-reference';

export type BackupReadResult = { ok: true; backup: BackupEnvelope } | { ok: false; code: BackupErrorCode; detail: string };

/** The forbidden key names as they would appear in the text, and the escape that could spell them. */
const FORBIDDEN_NAMES = [...FORBIDDEN_KEYS, '\\u'];

/** A forbidden key in the envelope around the data (the data itself is checked by canonicalJson). */
function forbiddenKeyOutsideData(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  for (const [key, value] of Object.entries(raw)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    if (key !== 'data' && value !== null && typeof value === 'object') {
      const inner = forbiddenKeyOutsideData(value);
      if (inner) return inner;
    }
  }
  return null;
}

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

function firstDuplicate(values: Iterable<string | number>): string | number | null {
  const seen = new Set<string | number>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return null;
}

/**
 * Reads a backup file's text and checks everything before anything is written: size, JSON, no
 * prototype-polluting keys, the envelope and every row (zod), the schema version, the counts, the
 * checksum, unique ids and that every entry points at a list in the file. `sizeBytes` is the file's
 * size, checked before parsing.
 */
export async function readBackup(
  text: string,
  options: { sizeBytes?: number; maxBytes?: number; sha256?: Sha256 } = {},
): Promise<BackupReadResult> {
  const max = options.maxBytes ?? MAX_BACKUP_BYTES;
  const size = options.sizeBytes ?? text.length;
  if (size > max || text.length > max) return { ok: false, code: 'too-large', detail: `${size} bytes > ${max}` };

  if (nestingExceeds(text, MAX_BACKUP_NESTING)) return { ok: false, code: 'too-deep', detail: `nested deeper than ${MAX_BACKUP_NESTING} levels` };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  // JSON.parse keeps "__proto__" as a plain own key; refuse it (and its kin) before anything copies it.
  const outside = forbiddenKeyOutsideData(raw);
  if (outside) return { ok: false, code: 'forbidden-key', detail: outside };
  const rawData = (raw as { data?: unknown } | null)?.data ?? null;
  // A text with none of the forbidden names and no \u escape (which could spell one) holds no such
  // key; any other text is walked key by key, which also gives its canonical form.
  let canonicalData: string | null = null;
  if (FORBIDDEN_NAMES.some((name) => text.includes(name))) {
    try {
      canonicalData = canonicalJson(rawData);
    } catch (error) {
      if (error instanceof ForbiddenKeyError) return { ok: false, code: 'forbidden-key', detail: error.message };
      throw error;
    }
  }

  const head = BackupHeadSchema.safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return { ok: false, code: 'not-a-backup', detail: head.success ? `format "${head.data.format}"` : describe(head.error) };
  }
  if (head.data.schemaVersion > BACKUP_SCHEMA_VERSION) {
    return { ok: false, code: 'future-version', detail: `version ${head.data.schemaVersion} > ${BACKUP_SCHEMA_VERSION}` };
  }
  if (head.data.schemaVersion < 1) return { ok: false, code: 'old-version', detail: `version ${head.data.schemaVersion}` };

  const parsed = BackupEnvelopeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', detail: describe(parsed.error) };
  const backup = parsed.data;

  const counts = countsOf(backup.data);
  for (const table of BACKUP_TABLES) {
    if (counts[table] !== backup.counts[table]) {
      return { ok: false, code: 'count-mismatch', detail: `${table}: ${counts[table]} rows, header says ${backup.counts[table]}` };
    }
  }

  const d = backup.data;
  const duplicates: [string, string | number | null][] = [
    ['creators', firstDuplicate(d.creators.map((c) => c.handle))],
    ['snapshots', firstDuplicate(d.snapshots.map((s) => s.id))],
    ['shortlists', firstDuplicate(d.shortlists.map((l) => l.id))],
    ['shortlistEntries', firstDuplicate(d.shortlistEntries.map((e) => e.id))],
    ['shortlistEntries', firstDuplicate(d.shortlistEntries.map((e) => `${e.listId}\u0000${e.handle}`))],
    ['invitationDrafts', firstDuplicate(d.invitationDrafts.map((x) => x.id))],
    ['invitations', firstDuplicate(d.invitations.map((x) => x.id))],
    ['collaborations', firstDuplicate(d.collaborations.map((x) => x.id))],
  ];
  for (const [table, duplicate] of duplicates) {
    if (duplicate !== null) return { ok: false, code: 'duplicate-id', detail: `${table}: ${String(duplicate).replace('\u0000', ' / ')}` };
  }

  const listIds = new Set(d.shortlists.map((l) => l.id));
  const dangling = d.shortlistEntries.find((e) => !listIds.has(e.listId));
  if (dangling) return { ok: false, code: 'dangling-reference', detail: `entry ${dangling.id} → list ${dangling.listId}` };

  // The checksum is over the data exactly as the file holds it (canonical form). A file Vettok wrote
  // holds it in canonical form already (backupText), so JSON.stringify of the parsed data is that
  // text when the checksum matches; otherwise (an older file, keys in another order) the data is
  // put in canonical form and checked again.
  const sha256 = options.sha256 ?? webCryptoSha256;
  let checksum = canonicalData === null ? await sha256(JSON.stringify(rawData)) : null;
  if (checksum !== backup.checksum.value) checksum = await sha256(canonicalData ?? canonicalJson(rawData));
  if (checksum !== backup.checksum.value) return { ok: false, code: 'checksum-mismatch', detail: `${checksum} ≠ ${backup.checksum.value}` };

  return { ok: true, backup };
}
