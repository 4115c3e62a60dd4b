import { browser } from 'wxt/browser';
import type { RequestOf, ResponseOf } from './protocol';
import type { ContentMessage } from './replies';
import { openReply } from './reply-shape';

export { MessageError } from './reply-shape';

/** Sends a request to the background; the raw reply. The background validates the request itself, whoever sent it. */
export function post(name: string, payload: unknown): Promise<unknown> {
  return browser.runtime.sendMessage({ vettok: 1, name, payload });
}

/**
 * `send` for content scripts. The reply's envelope is checked (plain object, `ok`/`error` shape,
 * known error code) but its data is not parsed with zod a second time: the background's router
 * already validated it against this message's reply schema (lib/messaging/replies.ts) before
 * sending it, and the background is Vettok's own code, not the page. Building those schemas cost
 * every creator page script time (docs/security.md §2; measured: docs/performance.md). The
 * types still come from the protocol.
 */
export async function ask<N extends ContentMessage>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return openReply(await post(name, payload)) as ResponseOf<N>;
}
