import type { z } from 'zod/mini';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  BackupHeadSchema,
  countsOf,
  MAX_BACKUP_BYTES,
  type BackupEnvelope,
} from './backup-format';
import { CheckedEnvelopeSchema } from './checked-envelope';
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

/**
 * The forbidden keys as a key is written in the text (quoted), and the escape that could spell one
 * otherwise: JSON has no other escape that yields a letter or an underscore, so a text holding none
 * of these holds no forbidden key. (A note reading "a prototype" does not match: no quotes around.)
 * One pattern (the keys are plain names: nothing in them to escape), so the text is read once:
 * four `includes` read a 200 MB text four times (0.20 s in the service worker against 0.06 s).
 */
const FORBIDDEN_NAMES = new RegExp([...[...FORBIDDEN_KEYS].map((key) => `"${key}"`), String.raw`\\u`].join('|'));

/** The steps of the check, each reported with its duration (`onPhase`), in this order. */
export type BackupCheckPhase = 'scan' | 'parse' | 'validate' | 'checksum';

/** What Vettok's export writes between the envelope's head and its data (`backupText`). */
const DATA_KEY = ',"data":';

/**
 * A text as Vettok's export writes it: the head's fields, then `,"data":`, the data, and the
 * closing `}`. Split at the first `,"data":` (null when there is none or the text does not end
 * with `}`); whether it is that layout is known once the parts parse (`parseExportLayout`).
 */
function splitExportLayout(text: string): { headText: string; dataText: string } | null {
  const at = text.indexOf(DATA_KEY);
  if (at === -1 || !text.endsWith('}')) return null;
  return { headText: text.slice(0, at), dataText: text.slice(at + DATA_KEY.length, -1) };
}

/**
 * The export's layout parsed in two parts, the data's own text kept for the checksum: the head
 * (closed with `}`), then the data's text alone. When the head parses, the `,"data":` it was cut
 * at is at the envelope's top level (a cut inside a string or a nested value would not parse), so
 * the text is exactly head + data: the same envelope JSON.parse of the whole text gives. Null for
 * any other layout (spaces, keys in another order, a second "data" key): then the whole text is
 * parsed as before.
 */
function parseExportLayout(split: { headText: string; dataText: string }): { raw: Record<string, unknown>; dataText: string } | null {
  try {
    const head: unknown = JSON.parse(`${split.headText}}`);
    if (head === null || typeof head !== 'object' || Array.isArray(head)) return null;
    const data: unknown = JSON.parse(split.dataText);
    return { raw: { ...head, data }, dataText: split.dataText };
  } catch {
    return null;
  }
}

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

/** The first key two rows share (rows read in place: no array of keys is made). */
function firstDuplicate<T>(rows: readonly T[], keyOf: (row: T) => string | number): string | number | null {
  const seen = new Set<string | number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

export interface ReadBackupOptions {
  /** The file's size in bytes, checked before parsing (else the text's length). */
  sizeBytes?: number;
  maxBytes?: number;
  sha256?: Sha256;
  /**
   * The file's bytes, when `text` is exactly their UTF-8 decoding (a byte-order mark left out of
   * both): the checksum of an export is then taken over the data's bytes as the file holds them,
   * with no text encoded again (in the service worker, encoding a 200 MB text took 3–6 s).
   */
  bytes?: Uint8Array;
  /** Called as each step of the check ends, with its duration. */
  onPhase?: (phase: BackupCheckPhase, ms: number) => void;
}

/** The data's bytes within the file's, for an export read in its own layout (null if they do not line up). */
function dataBytesOf(bytes: Uint8Array, text: string, dataText: string): Uint8Array | null {
  const start = new TextEncoder().encode(text.slice(0, text.length - dataText.length - 1)).length;
  const end = bytes.length - 1;
  if (start > end || bytes[start - 1] !== 0x3a /* : */ || bytes[end] !== 0x7d /* } */) return null;
  return bytes.subarray(start, end);
}

/**
 * Reads a backup file's text and checks everything before anything is written: size, JSON, no
 * prototype-polluting keys, the envelope and every row (zod), the schema version, the counts, the
 * checksum, unique ids and that every entry points at a list in the file. `sizeBytes` is the file's
 * size, checked before parsing.
 */
export async function readBackup(
  text: string,
  options: ReadBackupOptions = {},
): Promise<BackupReadResult> {
  let phaseStart = performance.now();
  const phaseDone = (phase: BackupCheckPhase) => {
    const now = performance.now();
    options.onPhase?.(phase, now - phaseStart);
    phaseStart = now;
  };
  const max = options.maxBytes ?? MAX_BACKUP_BYTES;
  const size = options.sizeBytes ?? text.length;
  if (size > max || text.length > max) return { ok: false, code: 'too-large', detail: `${size} bytes > ${max}` };

  const tooDeep = { ok: false, code: 'too-deep', detail: `nested deeper than ${MAX_BACKUP_NESTING} levels` } as const;
  const namesFound = FORBIDDEN_NAMES.test(text);
  // What recurses once per level: the walk of the head for forbidden keys, the key-by-key walk of
  // the data (only when a forbidden name is in the text), zod, and the database's structured clone.
  // JSON.parse does not (V8 and SpiderMonkey parse iteratively), and zod goes no deeper into the
  // data than its schemas, which have none of unbounded depth (no unknown, any, lazy or recursive
  // schema): what zod accepts is nested as its schemas are. So for an export's layout without a
  // forbidden name, the head is scanned here and the data is left to zod; any other text is scanned whole.
  const split = splitExportLayout(text);
  // Whether the data's own text was scanned too (else it is, before anything walks the parsed data).
  let dataScanned = !(split && !namesFound);
  if (nestingExceeds(dataScanned || !split ? text : split.headText, MAX_BACKUP_NESTING)) return tooDeep;
  phaseDone('scan');

  const exported = split && parseExportLayout(split);
  let raw: unknown = exported?.raw;
  if (!exported) {
    if (!dataScanned && nestingExceeds(text, MAX_BACKUP_NESTING)) return tooDeep;
    dataScanned = true;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { ok: false, code: 'not-json', detail: error instanceof Error ? error.message : String(error) };
    }
  }
  phaseDone('parse');
  // JSON.parse keeps "__proto__" as a plain own key; refuse it (and its kin) before anything copies it.
  const outside = forbiddenKeyOutsideData(raw);
  if (outside) return { ok: false, code: 'forbidden-key', detail: outside };
  const rawData = (raw as { data?: unknown } | null)?.data ?? null;
  // A text with none of the forbidden names and no \u escape (which could spell one) holds no such
  // key; any other text is walked key by key, which also gives its canonical form.
  let canonicalData: string | null = null;
  if (namesFound) {
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

  const parsed = CheckedEnvelopeSchema.safeParse(raw);
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
    ['creators', firstDuplicate(d.creators, (c) => c.handle)],
    ['snapshots', firstDuplicate(d.snapshots, (s) => s.id)],
    ['shortlists', firstDuplicate(d.shortlists, (l) => l.id)],
    ['shortlistEntries', firstDuplicate(d.shortlistEntries, (e) => e.id)],
    ['shortlistEntries', firstDuplicate(d.shortlistEntries, (e) => `${e.listId}\u0000${e.handle}`)],
    ['invitationDrafts', firstDuplicate(d.invitationDrafts, (x) => x.id)],
    ['invitations', firstDuplicate(d.invitations, (x) => x.id)],
    ['collaborations', firstDuplicate(d.collaborations, (x) => x.id)],
  ];
  for (const [table, duplicate] of duplicates) {
    if (duplicate !== null) return { ok: false, code: 'duplicate-id', detail: `${table}: ${String(duplicate).replace('\u0000', ' / ')}` };
  }

  const listIds = new Set(d.shortlists.map((l) => l.id));
  const dangling = d.shortlistEntries.find((e) => !listIds.has(e.listId));
  if (dangling) return { ok: false, code: 'dangling-reference', detail: `entry ${dangling.id} → list ${dangling.listId}` };
  phaseDone('validate');

  // The checksum is over the data exactly as the file holds it (canonical form). A file Vettok wrote
  // holds it in canonical form already (backupText): its data's own text is hashed as it is, with
  // no copy made. Otherwise JSON.stringify of the parsed data, and last (an older file, keys in
  // another order) the data put in canonical form.
  // Zod keeps unknown keys' values out of what it returns, not out of the parsed data: the data's
  // text is scanned before anything walks the parsed data (JSON.stringify, canonicalJson recurse).
  const sha256 = options.sha256 ?? webCryptoSha256;
  const dataBytes = exported && options.bytes ? dataBytesOf(options.bytes, text, exported.dataText) : null;
  let checksum = exported ? await sha256(dataBytes ?? exported.dataText) : '';
  if (checksum !== backup.checksum.value) {
    if (!dataScanned && nestingExceeds(text, MAX_BACKUP_NESTING)) return tooDeep;
    if (canonicalData === null) checksum = await sha256(JSON.stringify(rawData));
    if (checksum !== backup.checksum.value) checksum = await sha256(canonicalData ?? canonicalJson(rawData));
  }
  phaseDone('checksum');
  if (checksum !== backup.checksum.value) return { ok: false, code: 'checksum-mismatch', detail: `${checksum} ≠ ${backup.checksum.value}` };

  return { ok: true, backup };
}
