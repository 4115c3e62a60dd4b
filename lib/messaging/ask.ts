import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { RequestOf, ResponseOf } from './protocol';
import type { ContentMessage } from './replies';
import type { Reply } from './reply';

/** A failed request, with the background's error code. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Sends a request to the background; the raw reply. The background validates the request itself, whoever sent it. */
export function post(name: string, payload: unknown): Promise<unknown> {
  return browser.runtime.sendMessage({ vettok: 1, name, payload });
}

/** Checks a raw reply: its envelope, then the message's own reply schema. */
export function checkReply<T>(raw: unknown, envelope: z.ZodMiniType<Reply>, schema: z.ZodMiniType<T>): T {
  const reply = envelope.safeParse(raw);
  if (!reply.success) throw new MessageError('internal', 'no valid reply from the background');
  const data = reply.data;
  if (!data.ok) throw new MessageError(data.error.code, data.error.message);
  const response = schema.safeParse(data.data);
  if (!response.success) throw new MessageError('internal', 'reply does not match the protocol');
  return response.data;
}

/**
 * `send` for content scripts: the same checks, but the reply schemas (lib/messaging/replies.ts)
 * are loaded and built once the request is on its way, not when the script loads on the page.
 */
export async function ask<N extends ContentMessage>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const pending = post(name, payload);
  const [{ ReplySchema }, { CONTENT_REPLIES }] = await Promise.all([import('./reply'), import('./replies')]);
  return checkReply(await pending, ReplySchema, CONTENT_REPLIES[name] as unknown as z.ZodMiniType<ResponseOf<N>>);
}
