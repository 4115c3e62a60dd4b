import type { z } from 'zod/mini';
import { post } from './ask';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';
import { PROTOCOL, ReplySchema } from './protocol';
import { MessageError } from './reply-shape';

export { MessageError } from './reply-shape';

/**
 * Sends a request to the background and validates the reply against the protocol: its envelope,
 * then the message's own reply schema (extension pages; content scripts use `ask`).
 */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = ReplySchema.safeParse(await post(name, payload));
  if (!reply.success) throw new MessageError('internal', 'no valid reply from the background');
  const data: Reply = reply.data;
  if (!data.ok) throw new MessageError(data.error.code, data.error.message);
  const response = (PROTOCOL[name].response as unknown as z.ZodMiniType<ResponseOf<N>>).safeParse(data.data);
  if (!response.success) throw new MessageError('internal', 'reply does not match the protocol');
  return response.data;
}
