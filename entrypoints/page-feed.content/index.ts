import { defineContentScript } from 'wxt/utils/define-content-script';
import { FEED_CHANNEL, FEED_PATH, FEED_REPLAY } from '@/lib/page/feed-channel';

/**
 * MAIN world, before TikTok's own scripts: watches the page's fetch and XMLHttpRequest for a
 * creator's video list and Affiliate Center profile responses (FEED_PATH) and passes a parsed copy to Vettok's isolated content script.
 * Requests and responses are left exactly as they are (responses are cloned, never consumed).
 * This world has no extension APIs and holds nothing of the merchant's.
 */
export default defineContentScript({
  matches: ['https://www.tiktok.com/*', 'https://affiliate.tiktok.com/*', 'https://affiliate.tiktokshopglobalselling.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const recent: { url: string; body: unknown }[] = [];
    const publish = (url: string, body: unknown) => {
      recent.push({ url, body });
      if (recent.length > 6) recent.shift();
      window.postMessage({ channel: FEED_CHANNEL, url, body }, location.origin);
    };
    const relevant = (url: string) => {
      try {
        return FEED_PATH.test(new URL(url, location.href).pathname);
      } catch {
        return false;
      }
    };

    const pageFetch = window.fetch;
    window.fetch = function fetch(this: unknown, ...args: Parameters<typeof pageFetch>) {
      const pending = pageFetch.apply(this, args);
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
    } as typeof pageFetch;

    const open = XMLHttpRequest.prototype.open;
    const urls = new WeakMap<XMLHttpRequest, string>();
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      urls.set(this, String(args[1]));
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof open;
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, ...args: Parameters<typeof send>) {
      const url = urls.get(this);
      if (url && relevant(url)) {
        this.addEventListener('load', () => {
          try {
            const body: unknown =
              this.responseType === 'json' ? this.response : JSON.parse(this.responseType === '' || this.responseType === 'text' ? this.responseText : 'null');
            if (body !== null) publish(this.responseURL || url, body);
          } catch {
            // Not JSON: nothing to pass on.
          }
        });
      }
      return send.apply(this, args);
    };

    // The overlay script loads after the page's first requests: it asks for what it missed.
    window.addEventListener('message', (event) => {
      if (event.source !== window || (event.data as { channel?: unknown } | null)?.channel !== FEED_REPLAY) return;
      for (const item of recent) window.postMessage({ channel: FEED_CHANNEL, ...item }, location.origin);
    });
  },
});
