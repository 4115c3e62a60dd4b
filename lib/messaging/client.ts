import type { z } from 'zod/mini';
import { ask } from './ask';
import type { MessageName, RequestOf, ResponseOf } from './protocol';
import { PROTOCOL } from './protocol';

export { MessageError } from './ask';

/**
 * Sends a request to the background and validates the reply against the protocol. For extension
 * pages; content scripts use `ask` with the one reply schema they need.
 */
export function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return ask(name, payload, PROTOCOL[name].response as unknown as z.ZodMiniType<ResponseOf<N>>);
}
