import { FEED_CHANNEL, FEED_REPLAY, LIST_CHANNEL, LIST_REPLAY } from './feed-channel';

/** Which channel to listen on: creator pages' responses, or scout mode's lists. */
export interface FeedChannels {
  response: string;
  replay: string;
  /**
   * The body travels as the response's bytes (scout mode's lists; or as its JSON text, from an
   * XMLHttpRequest), parsed here: copying bytes between worlds costs far less than cloning the
   * objects, and the browser's own `Response.json()` reads them without first making a string.
   */
  text?: boolean;
}
export const CREATOR_FEED: FeedChannels = { response: FEED_CHANNEL, replay: FEED_REPLAY };
export const LIST_FEED: FeedChannels = { response: LIST_CHANNEL, replay: LIST_REPLAY, text: true };

/** Largest payload accepted from the page, in characters of its JSON form. */
const MAX_PAYLOAD_CHARS = 2_000_000;

/**
 * Receives the responses the MAIN-world observer passes on. Only messages from this very window
 * on the feed channel are taken, and only as untrusted data (`body` is validated by the caller's
 * reader). Asks the observer to replay what arrived before this script loaded (right after the
 * current task's script).
 */
export function listenToFeed(
  win: Window,
  onPayload: (url: string, body: unknown) => void,
  channels: FeedChannels = CREATOR_FEED,
  /**
   * Where a body that arrives as bytes or text is parsed (and `onPayload` called): by default at
   * once, in the message's task. Scout mode passes its idle queue: parsing a page of results is
   * ≈ 1–3 ms that a scrolling page should not spend inside a frame.
   */
  defer: (task: () => void) => void = (task) => task(),
): () => void {
  const read = new Set<number>();
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== win.location.origin) return;
    const data = event.data as { channel?: unknown; url?: unknown; body?: unknown; seq?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.channel !== channels.response) return;
    if (typeof data.url !== 'string' || data.url.length > 4096) return;
    // Received live and again in the replay asked for below: read once.
    if (typeof data.seq === 'number') {
      if (read.has(data.seq)) return;
      read.add(data.seq);
    }
    const url = data.url;
    let body: unknown;
    try {
      // By its tag, not `instanceof`: in Firefox the page's ArrayBuffer reaches the content script from
      // another compartment, where it is not an instance of this world's ArrayBuffer.
      if (channels.text && Object.prototype.toString.call(data.body) === '[object ArrayBuffer]') {
        const bytes = data.body as ArrayBuffer;
        if (bytes.byteLength > MAX_PAYLOAD_CHARS) return;
        defer(() => {
          new Response(bytes).json().then(
            (parsed: unknown) => onPayload(url, parsed),
            () => undefined,
          );
        });
        return;
      } else if (channels.text) {
        const text = data.body;
        if (typeof text !== 'string' || text.length > MAX_PAYLOAD_CHARS) return;
        defer(() => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            return;
          }
          onPayload(url, parsed);
        });
        return;
      } else {
        if (JSON.stringify(data.body ?? null).length > MAX_PAYLOAD_CHARS) return;
        body = data.body;
      }
    } catch {
      return;
    }
    onPayload(url, body);
  };
  win.addEventListener('message', onMessage);
  // Posted from a microtask, not from the script's first task: the browser notes where a message
  // was posted from, and doing that under the content script's top-level frame made V8 recover
  // source positions for the whole bundle on every creator page (measured: docs/performance.md).
  queueMicrotask(() => win.dispatchEvent(new Event(channels.replay)));
  return () => win.removeEventListener('message', onMessage);
}
