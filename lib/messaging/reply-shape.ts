/**
 * The reply envelope without zod: its error codes, and the shape check content scripts apply to the
 * background's replies (docs/security.md §2). Nothing here builds a schema, so a content script
 * that loads it on a creator page does no work for it until a reply arrives.
 */
export const ERROR_CODES = ['unknown-message', 'invalid-payload', 'forbidden', 'too-large', 'storage-full', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failed request, with the background's error code. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An object made by an object literal or JSON (not an array, not a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/**
 * The data of a successful reply, or a `MessageError` with the background's code. Checks the
 * envelope only: a plain object that is `{ ok: true, data: <plain object> }` or
 * `{ ok: false, error: { code, message } }` with a known code. The data itself is not parsed again:
 * the background's router validated it against the message's reply schema before sending it.
 */
export function openReply(raw: unknown): unknown {
  if (isPlainObject(raw)) {
    if (raw['ok'] === true && isPlainObject(raw['data'])) return raw['data'];
    const error = raw['error'];
    if (raw['ok'] === false && isPlainObject(error) && isErrorCode(error['code']) && typeof error['message'] === 'string') {
      throw new MessageError(error['code'], error['message']);
    }
  }
  throw new MessageError('internal', 'no valid reply from the background');
}
