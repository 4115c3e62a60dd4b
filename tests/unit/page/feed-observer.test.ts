import { describe, expect, it, vi } from 'vitest';
import { FEED_CHANNEL, FEED_REPLAY } from '../../../lib/page/feed-channel';
import { observeFeed } from '../../../lib/page/feed-observer';

const ORIGIN = 'https://www.tiktok.com';
const toSource = (fn: unknown) => Function.prototype.toString.call(fn);

/** A page window with its own fetch and XMLHttpRequest (plain functions here: their source is visible). */
function pageWindow() {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const response = new Response(JSON.stringify({ itemList: [] }));
  Object.defineProperty(response, 'url', { value: `${ORIGIN}/api/post/item_list/?id=1` });
  function fetch(_input: unknown, _init?: unknown) {
    return Promise.resolve(response);
  }
  class XMLHttpRequest {
    open(_method: string, _url: string) {}
    send(_body?: unknown) {}
    addEventListener() {}
  }
  const win = {
    location: { origin: ORIGIN, href: `${ORIGIN}/@alpha` },
    fetch,
    XMLHttpRequest,
    postMessage: vi.fn(),
    addEventListener: (_type: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
  };
  return { win, pageFetch: fetch, pageOpen: XMLHttpRequest.prototype.open, listeners, response };
}

describe('observeFeed (lib/page/feed-observer.ts, MAIN world)', () => {
  it("wraps fetch and XMLHttpRequest without showing Vettok's code: [native code], the original name and length", () => {
    const { win, pageFetch, pageOpen } = pageWindow();
    observeFeed(win as unknown as Parameters<typeof observeFeed>[0]);
    expect(win.fetch).not.toBe(pageFetch);
    for (const [wrapped, original] of [
      [win.fetch, pageFetch],
      [win.XMLHttpRequest.prototype.open, pageOpen],
    ] as const) {
      expect(toSource(wrapped)).toContain('[native code]');
      expect(toSource(wrapped)).not.toMatch(/publish|relevant|postMessage|feed/i);
      expect(wrapped.name).toBe(original.name);
      expect(wrapped.length).toBe(original.length);
    }
  });

  it("returns the page's own response untouched and passes a copy on a channel that does not name the extension", async () => {
    const { win, response } = pageWindow();
    observeFeed(win as unknown as Parameters<typeof observeFeed>[0]);
    expect(await win.fetch('/api/post/item_list/?id=1')).toBe(response);
    await vi.waitFor(() => expect(win.postMessage).toHaveBeenCalledOnce());
    expect(win.postMessage).toHaveBeenCalledWith({ channel: FEED_CHANNEL, url: response.url, body: { itemList: [] } }, ORIGIN);
    expect(await response.json()).toEqual({ itemList: [] });
    for (const name of [FEED_CHANNEL, FEED_REPLAY]) expect(name).not.toMatch(/vettok|wxt/i);
  });
});
