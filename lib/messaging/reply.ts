import * as z from 'zod/mini';
import { ERROR_CODES, type ErrorCode } from './reply-shape';

/**
 * The reply every message gets. Its own module, so that a content script checking replies does
 * not load (and build) the whole protocol.
 */
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type { ErrorCode };

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
