import { FEED_CHANNEL, FEED_PATH, FEED_REPLAY, LIST_CHANNEL, LIST_PATH, LIST_QUERY, LIST_REPLAY, LIST_SIGNAL } from './feed-channel';

/** Responses kept per channel for the overlay and scout scripts, which load after the page's first requests. */
const RECENT_KEPT = 6;

/**
 * MAIN world, before the page's own scripts: watches the page's fetch and XMLHttpRequest for the
 * responses FEED_PATH names (passed on the feed channel) and those LIST_PATH names (on the list
 * channel), as parsed copies. Requests and responses are
 * left exactly as they are (responses are cloned, never consumed).
 *
 * The wrappers are Proxies of the page's own functions: `Function.prototype.toString` shows
 * `[native code]` (never Vettok's source), and `name`, `length` and `prototype` are the originals'
 * (docs/security.md, "What a page can tell about Vettok").
 */
export function observeFeed(win: Window & { XMLHttpRequest: typeof XMLHttpRequest }): void {
  type Channel = typeof FEED_CHANNEL | typeof LIST_CHANNEL;
  // Kept per channel: a page full of list responses never pushes out a creator page's.
  const recent: Record<Channel, { channel: Channel; url: string; body: unknown; seq: number }[]> = { [FEED_CHANNEL]: [], [LIST_CHANNEL]: [] };
  // Numbers each response, so a receiver that gets one both live and replayed reads it once.
  let seq = 0;
  const publish = (channel: Channel, url: string, body: unknown) => {
    const kept = recent[channel];
    const item = { channel, url, body, seq: ++seq };
    kept.push(item);
    if (kept.length > RECENT_KEPT) kept.shift();
    win.postMessage(item, win.location.origin);
    if (channel === LIST_CHANNEL) win.dispatchEvent(new Event(LIST_SIGNAL));
  };
  // The channel a response goes on (creator pages' responses, or scout mode's lists), or null.
  const channelOf = (url: string): Channel | null => {
    try {
      const path = new URL(url, win.location.href).pathname;
      return FEED_PATH.test(path) ? FEED_CHANNEL : LIST_PATH.test(path) ? LIST_CHANNEL : null;
    } catch {
      return null;
    }
  };

  win.fetch = new Proxy(win.fetch, {
    apply(target, thisArg, args: Parameters<typeof fetch>) {
      const pending = Reflect.apply(target, thisArg, args) as Promise<Response>;
      pending
        .then((response) => {
          const channel = channelOf(response.url);
          if (!channel) return;
          const copy = response.clone();
          // Lists travel as their bytes (copied, not cloned object by object, and parsed once, by the
          // receiver, with no string made in this world): a page of results is ≈ 300 KB of JSON.
          (channel === LIST_CHANNEL ? copy.arrayBuffer() : copy.json())
            .then((body: unknown) => publish(channel, response.url, body))
            .catch(() => undefined);
        })
        .catch(() => undefined);
      return pending;
    },
  });

  const xhr = win.XMLHttpRequest.prototype;
  const urls = new WeakMap<XMLHttpRequest, string>();
  xhr.open = new Proxy(xhr.open, {
    apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
      urls.set(thisArg, String(args[1]));
      return Reflect.apply(target, thisArg, args) as void;
    },
  });
  xhr.send = new Proxy(xhr.send, {
    apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
      const url = urls.get(thisArg);
      const channel = url ? channelOf(url) : null;
      if (url && channel) {
        thisArg.addEventListener('load', () => {
          try {
            const type = thisArg.responseType;
            const text = type === '' || type === 'text' ? thisArg.responseText : null;
            const body: unknown =
              channel === LIST_CHANNEL ? (text ?? (type === 'json' ? JSON.stringify(thisArg.response) : null)) : type === 'json' ? thisArg.response : JSON.parse(text ?? 'null');
            if (body !== null) publish(channel, thisArg.responseURL || url, body);
          } catch {
            // Not JSON: nothing to pass on.
          }
        });
      }
      return Reflect.apply(target, thisArg, args) as void;
    },
  });

  // The overlay and scout scripts load after the page's first requests: each asks for what it missed,
  // by a DOM event (feed-channel.ts: this world never reads a window message).
  const replay = (channel: Channel) => () => {
    for (const item of recent[channel]) win.postMessage(item, win.location.origin);
  };
  win.addEventListener(FEED_REPLAY, replay(FEED_CHANNEL));
  win.addEventListener(LIST_REPLAY, replay(LIST_CHANNEL));
  win.addEventListener(LIST_QUERY, () => {
    if (recent[LIST_CHANNEL].length > 0) win.dispatchEvent(new Event(LIST_SIGNAL));
  });
}
