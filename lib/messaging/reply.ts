import * as z from 'zod/mini';

/**
 * The reply every message gets. Its own module, so that a content script checking replies does
 * not load (and build) the whole protocol.
 */
export const ErrorCodeSchema = z.enum(['unknown-message', 'invalid-payload', 'forbidden', 'too-large', 'storage-full', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
