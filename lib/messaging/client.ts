import { browser } from 'wxt/browser';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';
import { PROTOCOL, ReplySchema } from './protocol';

/** A failed request, with the background's error code. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Sends a request to the background and validates the reply against the protocol. */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ vettok: 1, name, payload });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError('internal', 'no valid reply from the background');
  const data = reply.data as Reply;
  if (!data.ok) throw new MessageError(data.error.code, data.error.message);
  const response = PROTOCOL[name].response.safeParse(data.data);
  if (!response.success) throw new MessageError('internal', 'reply does not match the protocol');
  return response.data as ResponseOf<N>;
}
