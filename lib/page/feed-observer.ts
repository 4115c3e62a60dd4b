import { FEED_CHANNEL, FEED_PATH, FEED_REPLAY } from './feed-channel';

/** Responses kept for the overlay script, which loads after the page's first requests. */
const RECENT_KEPT = 6;

/**
 * MAIN world, before the page's own scripts: watches the page's fetch and XMLHttpRequest for the
 * responses FEED_PATH names and passes a parsed copy on the feed channel. Requests and responses are
 * left exactly as they are (responses are cloned, never consumed).
 *
 * The wrappers are Proxies of the page's own functions: `Function.prototype.toString` shows
 * `[native code]` (never Vettok's source), and `name`, `length` and `prototype` are the originals'
 * (docs/security.md, "What a page can tell about Vettok").
 */
export function observeFeed(win: Window & { XMLHttpRequest: typeof XMLHttpRequest }): void {
  const recent: { url: string; body: unknown }[] = [];
  const publish = (url: string, body: unknown) => {
    recent.push({ url, body });
    if (recent.length > RECENT_KEPT) recent.shift();
    win.postMessage({ channel: FEED_CHANNEL, url, body }, win.location.origin);
  };
  const relevant = (url: string) => {
    try {
      return FEED_PATH.test(new URL(url, win.location.href).pathname);
    } catch {
      return false;
    }
  };

  win.fetch = new Proxy(win.fetch, {
    apply(target, thisArg, args: Parameters<typeof fetch>) {
      const pending = Reflect.apply(target, thisArg, args) as Promise<Response>;
      pending
        .then((response) => {
          if (!relevant(response.url)) return;
          response
            .clone()
            .json()
            .then((body: unknown) => publish(response.url, body))
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
      if (url && relevant(url)) {
        thisArg.addEventListener('load', () => {
          try {
            const type = thisArg.responseType;
            const body: unknown = type === 'json' ? thisArg.response : JSON.parse(type === '' || type === 'text' ? thisArg.responseText : 'null');
            if (body !== null) publish(thisArg.responseURL || url, body);
          } catch {
            // Not JSON: nothing to pass on.
          }
        });
      }
      return Reflect.apply(target, thisArg, args) as void;
    },
  });

  // The overlay script loads after the page's first requests: it asks for what it missed.
  win.addEventListener('message', (event) => {
    if (event.source !== win || (event.data as { channel?: unknown } | null)?.channel !== FEED_REPLAY) return;
    for (const item of recent) win.postMessage({ channel: FEED_CHANNEL, ...item }, win.location.origin);
  });
}
