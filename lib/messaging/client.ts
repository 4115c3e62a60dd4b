import type { z } from 'zod/mini';
import { checkReply, post } from './ask';
import type { MessageName, RequestOf, ResponseOf } from './protocol';
import { PROTOCOL, ReplySchema } from './protocol';

export { MessageError } from './ask';

/** Sends a request to the background and validates the reply against the protocol (extension pages; content scripts use `ask`). */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return checkReply(await post(name, payload), ReplySchema, PROTOCOL[name].response as unknown as z.ZodMiniType<ResponseOf<N>>);
}
