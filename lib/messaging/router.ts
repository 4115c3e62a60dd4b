import type { z } from 'zod/mini';
import type { ErrorCode, MessageName, Reply, RequestOf, ResponseOf } from './protocol';
import { EnvelopeSchema, MAX_MESSAGE_CHARS, PROTOCOL } from './protocol';
import type { ExtensionIdentity, SenderInfo } from './sender';
import { classifySender } from './sender';

export interface HandlerContext {
  sender: SenderInfo;
  tabId: number | null;
}

export type Handlers = {
  [N in MessageName]: (request: RequestOf<N>, context: HandlerContext) => Promise<ResponseOf<N>>;
};

/** An error a handler throws to reply with a specific code (e.g. storage full). */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One row of the table that turns an error a handler throws into a reply code (lib/background's
 * table lists the database's error classes); `message` replaces the error's own when given.
 */
export interface ErrorReply {
  matches(error: unknown): boolean;
  code: ErrorCode;
  message?: string;
}

const fail = (code: ErrorCode, message: string): Reply => ({ ok: false, error: { code, message } });

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The background's single entry for messages: checks size, envelope, name, sender and payload,
 * runs the handler, and validates the handler's own reply before sending it. A handler's error
 * replies with its HandlerError code, else the first matching row of `errorReplies`, else `internal`.
 */
export function createRouter(handlers: Handlers, self: ExtensionIdentity, errorReplies: readonly ErrorReply[] = []) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    let size: number;
    try {
      size = JSON.stringify(message ?? null).length;
    } catch {
      return fail('invalid-payload', 'message is not serialisable');
    }
    if (size > MAX_MESSAGE_CHARS) return fail('too-large', `message of ${size} characters exceeds ${MAX_MESSAGE_CHARS}`);

    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return fail('invalid-payload', describeIssues(envelope.error));
    const name = envelope.data.name;
    if (!Object.prototype.hasOwnProperty.call(PROTOCOL, name)) return fail('unknown-message', `unknown message "${name}"`);
    const spec = PROTOCOL[name as MessageName];

    const kind = classifySender(sender, self);
    if (!kind || !(spec.from as readonly string[]).includes(kind)) {
      return fail('forbidden', `"${name}" is not accepted from this sender`);
    }

    const request = spec.request.safeParse(envelope.data.payload);
    if (!request.success) return fail('invalid-payload', describeIssues(request.error));

    try {
      const handler = handlers[name as MessageName] as (r: unknown, c: HandlerContext) => Promise<unknown>;
      const data = await handler(request.data, { sender, tabId: sender.tab?.id ?? null });
      const checked = spec.response.safeParse(data);
      if (!checked.success) return fail('internal', `reply failed validation: ${describeIssues(checked.error)}`);
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof HandlerError) return fail(error.code, error.message);
      const known = errorReplies.find((reply) => reply.matches(error));
      if (known) return fail(known.code, known.message ?? (error instanceof Error ? error.message : String(error)));
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
