import { FEED_CHANNEL, FEED_REPLAY } from './feed-channel';

/** Largest payload accepted from the page, in characters of its JSON form. */
const MAX_PAYLOAD_CHARS = 2_000_000;

/**
 * Receives the responses the MAIN-world observer passes on. Only messages from this very window
 * on the feed channel are taken, and only as untrusted data (`body` is validated by the caller's
 * reader). Asks the observer to replay what arrived before this script loaded (right after the
 * current task's script).
 */
export function listenToFeed(win: Window, onPayload: (url: string, body: unknown) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== win.location.origin) return;
    const data = event.data as { channel?: unknown; url?: unknown; body?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.channel !== FEED_CHANNEL) return;
    if (typeof data.url !== 'string' || data.url.length > 4096) return;
    try {
      if (JSON.stringify(data.body ?? null).length > MAX_PAYLOAD_CHARS) return;
    } catch {
      return;
    }
    onPayload(data.url, data.body);
  };
  win.addEventListener('message', onMessage);
  // Posted from a microtask, not from the script's first task: the browser notes where a message
  // was posted from, and doing that under the content script's top-level frame made V8 recover
  // source positions for the whole bundle on every creator page (measured: docs/performance.md).
  queueMicrotask(() => win.postMessage({ channel: FEED_REPLAY }, win.location.origin));
  return () => win.removeEventListener('message', onMessage);
}
