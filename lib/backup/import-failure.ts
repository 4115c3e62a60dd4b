/**
 * What went wrong with an import, in terms a merchant can act on, from the error a message to the
 * background failed with. `interrupted`: the background stopped (the browser may stop an extension's
 * service worker at any moment) while it held the import — nothing was written, and choosing the
 * same file again works. Null: an error this does not recognise (shown as it is).
 */
export type ImportFailure = 'interrupted';

/** How Chromium and Firefox report a message whose receiver went away before it answered. */
const RECEIVER_GONE = [
  /message channel closed before a response was received/i,
  /receiving end does not exist/i,
  /could not establish connection/i,
  /message manager disconnected/i,
  /extension context invalidated/i,
];
/** The background's own answer when the import session it held is gone (it restarted). */
export const LOST_SESSION_MESSAGE = 'import session unknown or chunk out of order';

export function importFailureOf(error: unknown): ImportFailure | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (RECEIVER_GONE.some((pattern) => pattern.test(message))) return 'interrupted';
  if (message.startsWith(LOST_SESSION_MESSAGE)) return 'interrupted';
  return null;
}
