import * as z from 'zod/mini';
import { InstantSchema } from '../../schemas/field-rules';
import { SeatIdSchema, SeatNameSchema } from './stamps';

/** A CouchDB database name (CouchDB's own rule: lower case, starting with a letter). */
export const DatabaseNameSchema = z.string().check(z.minLength(1), z.maxLength(238), z.regex(/^[a-z][a-z0-9_$()+/-]*$/));

/** The team server's address: http(s), no credentials, path or query in it. */
export const ServerUrlSchema = z.url({ protocol: /^https?$/ }).check(
  z.refine((url) => {
    const u = new URL(url);
    return u.username === '' && u.password === '' && u.search === '' && u.hash === '';
  }, 'a server address without user, password, query or fragment'),
);

/** What the merchant enters in Settings → Team. */
export const TeamFormSchema = z.strictObject({
  url: ServerUrlSchema,
  database: DatabaseNameSchema,
  user: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(500)),
  seatName: SeatNameSchema,
});
export type TeamForm = z.infer<typeof TeamFormSchema>;

/** The workspace as this seat keeps it in storage.local (credentials never leave it). */
export const TeamConfigSchema = z.strictObject({
  ...TeamFormSchema.shape,
  seatId: SeatIdSchema,
  /** Replication runs; false after Disconnect (the data stays). */
  connected: z.boolean(),
});
export type TeamConfig = z.infer<typeof TeamConfigSchema>;

/** The origin to ask a host permission for: that server only. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** The database's address on the server. */
export function databaseUrl(config: Pick<TeamConfig, 'url' | 'database'>): string {
  return `${config.url.replace(/\/+$/, '')}/${encodeURIComponent(config.database)}`;
}

export const TeamErrorSchema = z.enum(['wrong-password', 'missing-database', 'forbidden', 'unreachable', 'disk-full', 'no-permission', 'other']);
export type TeamError = z.infer<typeof TeamErrorSchema>;

export const RefusalSchema = z.strictObject({ id: z.string().check(z.maxLength(200)), reason: z.string().check(z.maxLength(300)), at: InstantSchema });
export type Refusal = z.infer<typeof RefusalSchema>;
/** How many refusals the side panel lists (the latest). */
export const MAX_REFUSALS = 20;

/** What the side panel's status line shows; written by the background to storage.local. */
export const TeamStatusSchema = z.strictObject({
  state: z.enum(['off', 'connecting', 'connected', 'syncing', 'offline', 'error']),
  /** Documents on their way (syncing) or waiting for the server (offline). */
  pending: z.number().check(z.int(), z.minimum(0)),
  error: z.nullable(TeamErrorSchema),
  /** The server's or browser's own words, for the curious. */
  detail: z.nullable(z.string().check(z.maxLength(300))),
  refusals: z.array(RefusalSchema).check(z.maxLength(MAX_REFUSALS)),
  at: InstantSchema,
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

/**
 * What went wrong, from an error PouchDB or the browser gave: HTTP status first (CouchDB answers
 * 401 to a wrong password, 404 to a missing database, 403 to a user not in `_security`), then
 * the shape of a network failure or a full disk.
 */
export function classifyTeamError(error: unknown): TeamError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; name?: unknown; message?: unknown; reason?: unknown; error?: unknown };
  const text = `${String(e.name ?? '')} ${String(e.error ?? '')} ${String(e.message ?? '')} ${String(e.reason ?? '')}`;
  if (/QuotaExceeded|quota/i.test(text)) return 'disk-full';
  // A user who is not a member: CouchDB answers 403; some compatible servers 401 with these words.
  if (e.status === 403 || /forbidden|not (authorized|allowed) to access this db/i.test(text)) return 'forbidden';
  if (e.status === 401 || /unauthorized|Name or password is incorrect/i.test(text)) return 'wrong-password';
  if (e.status === 404 || /not_found|Database does not exist/i.test(text)) return 'missing-database';
  if (e.status === 0 || e.status === 500 && /fetch|network/i.test(text) || /Failed to fetch|NetworkError|ECONNREFUSED|fetch failed|network/i.test(text)) return 'unreachable';
  return 'other';
}
