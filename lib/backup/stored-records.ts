import * as z from 'zod/mini';
import { CollaborationSchema } from '../collaborations/collaboration';
import { DraftSchema } from '../invitations/draft';
import { InvitationSchema } from '../invitations/invitation';
import { repairTerms } from '../invitations/terms';
import { LATEST_INSTANT } from '../schemas/field-rules';
import { EntryStatusSchema, ShortlistEntrySchema } from '../schemas/records';
import { SnapshotRowSchema } from './snapshot-row';

/**
 * The tables whose records the side panel's views list one by one. Each record must pass the
 * schema a backup is checked with (backup-format.ts, field-rules.ts); a record stored before those
 * rules, or damaged since, is named in its view with a way to fix or remove it.
 */
export const RECORD_TABLES = ['shortlistEntries', 'snapshots', 'invitationDrafts', 'invitations', 'collaborations'] as const;
export const RecordTableSchema = z.enum(RECORD_TABLES);
export type RecordTable = z.infer<typeof RecordTableSchema>;

/** A record id: strings everywhere, the snapshot table's auto-increment numbers. */
export const RecordIdSchema = z.union([z.string().check(z.minLength(1), z.maxLength(64)), z.number().check(z.int(), z.positive())]);
export type RecordId = z.infer<typeof RecordIdSchema>;

const SCHEMAS: Record<RecordTable, z.ZodMiniType> = {
  shortlistEntries: ShortlistEntrySchema,
  snapshots: SnapshotRowSchema,
  invitationDrafts: DraftSchema,
  invitations: InvitationSchema,
  collaborations: CollaborationSchema,
};

/** A record a view cannot show: which, whose, what is wrong, and whether "fix" can mend it. */
export interface BadRecord {
  table: RecordTable;
  id: RecordId;
  /** What the merchant knows it by: `@handle`, a draft's name. */
  name: string;
  /** The first failing fields, `path: message` (at most 3). */
  problem: string;
  fixable: boolean;
}

type Row = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function nameOf(table: RecordTable, row: Row): string {
  switch (table) {
    case 'shortlistEntries':
    case 'snapshots':
      return `@${text(row['handle']) || '?'}`;
    case 'collaborations':
      return `@${text(row['creatorHandle']) || '?'}`;
    case 'invitationDrafts':
      return text(row['name']) || String(row['id']);
    case 'invitations': {
      const handles = Array.isArray(row['handles']) ? row['handles'].filter((h) => typeof h === 'string').map((h) => `@${h}`) : [];
      return [text(row['draftName']), handles.slice(0, 3).join(', ')].filter(Boolean).join(' → ') || String(row['id']);
    }
  }
}

/** The stored record as this version reads it (a draft's terms get the fields added since). */
function asRead(table: RecordTable, row: Row): Row {
  return table === 'invitationDrafts' ? { ...row, terms: repairTerms(row['terms']) } : row;
}

/** Whether a record passes its table's rules; if not, the merchant-facing description. */
export function checkRecord(table: RecordTable, row: unknown, now: number): BadRecord | null {
  const record = (row && typeof row === 'object' ? row : {}) as Row;
  const result = SCHEMAS[table].safeParse(asRead(table, record));
  if (result.success) return null;
  const problem = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
  const id = record['id'];
  return {
    table,
    id: typeof id === 'number' || typeof id === 'string' ? id : '',
    name: nameOf(table, record),
    problem,
    fixable: fixRecord(table, record, now) !== null,
  };
}

/** The records a view can show, and the ones it names instead. */
export function partitionRecords<T>(table: RecordTable, rows: readonly T[], now: number): { good: T[]; bad: BadRecord[] } {
  const good: T[] = [];
  const bad: BadRecord[] = [];
  for (const row of rows) {
    const problem = checkRecord(table, row, now);
    if (problem) bad.push(problem);
    else good.push(row);
  }
  return { good, bad };
}

const STATUSES: ReadonlySet<unknown> = new Set(EntryStatusSchema.options);
const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 64;

/**
 * The shortlist entry rules that the table's rows depend on, as plain comparisons: a list holds up
 * to 100,000 entries, and the full schema takes ≈ 11 µs per entry (≈ 1.1 s a list) where these take
 * well under one. Same bounds as field-rules.ts; the full schema then describes the few that fail.
 */
function entryLooksValid(e: Row): boolean {
  const at = e['addedAt'];
  const priority = e['priority'];
  return (
    isId(e['id']) &&
    isId(e['listId']) &&
    typeof e['handle'] === 'string' &&
    STATUSES.has(e['status']) &&
    typeof at === 'number' && Number.isInteger(at) && at >= 0 && at <= LATEST_INSTANT &&
    typeof priority === 'number' && Number.isInteger(priority) && priority >= 0 && priority <= 3 &&
    Array.isArray(e['tags']) &&
    typeof e['note'] === 'string'
  );
}

/** The entries of a list the table can show, and the ones it names instead (see entryLooksValid). */
export function partitionEntries<T extends object>(rows: readonly T[], now: number): { good: T[]; bad: BadRecord[] } {
  const good: T[] = [];
  const bad: BadRecord[] = [];
  for (const row of rows) {
    if (entryLooksValid(row as Row)) {
      good.push(row);
      continue;
    }
    const problem = checkRecord('shortlistEntries', row, now);
    if (problem) bad.push(problem);
    else good.push(row);
  }
  return { good, bad };
}

function parentOf(root: Row, path: readonly PropertyKey[]): Row | null {
  let at: unknown = root;
  for (const key of path) {
    if (!at || typeof at !== 'object') return null;
    at = (at as Row)[key as string];
  }
  return at && typeof at === 'object' ? (at as Row) : null;
}

/**
 * The record mended where that loses nothing the merchant wrote: a date (a field named `…At`)
 * outside the valid range becomes "not set" where the record allows it, else now; a draft's terms
 * get their defaults for what is missing. Null when other fields are wrong (then only removing helps).
 */
export function fixRecord(table: RecordTable, row: unknown, now: number): Row | null {
  if (!row || typeof row !== 'object') return null;
  const copy = structuredClone(asRead(table, row as Row));
  for (let round = 0; round < 4; round++) {
    const result = SCHEMAS[table].safeParse(copy);
    if (result.success) return copy;
    let changed = false;
    for (const issue of result.error.issues) {
      const key = issue.path.at(-1);
      if (typeof key !== 'string' || !key.endsWith('At')) return null;
      const parent = parentOf(copy, issue.path.slice(0, -1));
      if (!parent) return null;
      const value = parent[key];
      if (value !== null && value !== now) {
        parent[key] = null;
        changed = true;
      } else if (value === null) {
        parent[key] = now;
        changed = true;
      }
    }
    if (!changed) return null;
  }
  return null;
}
