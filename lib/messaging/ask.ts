import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { MessageName, RequestOf, ResponseOf } from './protocol';
import type { Reply } from './reply';
import { ReplySchema } from './reply';

/** A failed request, with the background's error code. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends a request to the background and checks the reply with the schema given, which must be
 * the message's protocol reply (`lib/messaging/replies.ts` for the messages content scripts send).
 * The background validates the request itself, whoever sent it.
 */
export async function ask<N extends MessageName>(name: N, payload: RequestOf<N>, replySchema: z.ZodMiniType<ResponseOf<N>>): Promise<ResponseOf<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ vettok: 1, name, payload });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError('internal', 'no valid reply from the background');
  const data = reply.data as Reply;
  if (!data.ok) throw new MessageError(data.error.code, data.error.message);
  const response = replySchema.safeParse(data.data);
  if (!response.success) throw new MessageError('internal', 'reply does not match the protocol');
  return response.data;
}
