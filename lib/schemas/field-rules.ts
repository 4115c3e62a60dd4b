import * as z from 'zod/mini';
import { HANDLE_MAX_CHARS, HANDLE_PATTERN } from './handle-rule';

/**
 * The rules every id, handle and timestamp follows wherever it travels: in messages (the protocol),
 * in replies, in stored records and in backups. One source, so that a value a backup may bring in
 * is always one the messages and the views accept.
 */

/** Ids of lists, entries, drafts, invitations, collaborations, results, undo records and import sessions. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A TikTok handle as Vettok keeps it: lower case, without "@" (lib/readers/user-fields.ts reads it so). */
export const HandleSchema = z.string().check(z.minLength(1), z.maxLength(HANDLE_MAX_CHARS), z.regex(HANDLE_PATTERN));

/**
 * The latest instant accepted: the last millisecond of year 9999. Every date is shown and exported
 * through `Date` (toISOString, Intl), which throws beyond ±8.64e15 ms, and deadlines add days to
 * dates; four-digit years keep every formatted date and every sum of days valid.
 */
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A point in time: whole epoch milliseconds from 1970 to the end of year 9999. */
export const InstantSchema = z.number().check(z.int(), z.minimum(0), z.maximum(LATEST_INSTANT));

/** An entry's priority: 0 (none) to 3. */
export const PrioritySchema = z.number().check(z.int(), z.minimum(0), z.maximum(3));
