import type { z } from 'zod/mini';
import { post } from './ask';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';
import { PROTOCOL, ReplySchema } from './protocol';
import { MessageError } from './reply-shape';

export { MessageError } from './reply-shape';

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

/** Sends a request to the background and validates the reply against the protocol (extension pages; content scripts use `ask`). */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return checkReply(await post(name, payload), ReplySchema, PROTOCOL[name].response as unknown as z.ZodMiniType<ResponseOf<N>>);
}
