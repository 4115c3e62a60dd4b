import { describe, expect, it, vi } from 'vitest';
import { FEED_CHANNEL, FEED_REPLAY, LIST_CHANNEL, LIST_QUERY, LIST_REPLAY, LIST_SIGNAL } from '../../../lib/page/feed-channel';
import { listKindOf } from '../../../lib/readers/list-kind';
import { observeFeed } from '../../../lib/page/feed-observer';

const ORIGIN = 'https://www.tiktok.com';
const toSource = (fn: unknown) => Function.prototype.toString.call(fn);

/** A page window with its own fetch and XMLHttpRequest (plain functions here: their source is visible). */
function pageWindow() {
  const listeners: { type: string; fn: (event: Event) => void }[] = [];
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
    dispatchEvent: vi.fn(),
    addEventListener: (type: string, fn: (event: Event) => void) => listeners.push({ type, fn }),
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
    expect(win.postMessage).toHaveBeenCalledWith({ channel: FEED_CHANNEL, url: response.url, body: { itemList: [] }, seq: 1 }, ORIGIN);
    expect(await response.json()).toEqual({ itemList: [] });
    for (const name of [FEED_CHANNEL, FEED_REPLAY]) expect(name).not.toMatch(/vettok|wxt/i);
  });
});

describe('observeFeed: list responses for scout mode', () => {
  function listWindow(path: string) {
    const page = pageWindow();
    const response = new Response(JSON.stringify({ userList: [] }));
    Object.defineProperty(response, 'url', { value: `${ORIGIN}${path}` });
    page.win.fetch = () => Promise.resolve(response);
    return { ...page, response };
  }

  it('passes every list endpoint lib/readers/list-kind.ts reads on the list channel, never on the feed channel', async () => {
    for (const path of [
      '/api/search/general/full/?keyword=a',
      '/api/search/user/full/?keyword=a',
      '/api/search/item/full/?keyword=a',
      '/api/user/list/?scene=67',
      '/api/recommend/item_list/?count=9',
      '/api/explore/item_list/?count=9',
      '/api/v1/oec/affiliate/creator/marketplace/find?user_language=en',
    ]) {
      const { win, response } = listWindow(path);
      observeFeed(win as unknown as Parameters<typeof observeFeed>[0]);
      expect(await win.fetch(path)).toBe(response);
      await vi.waitFor(() => expect(win.postMessage).toHaveBeenCalledOnce());
      // The response's bytes, not parsed in the page's world.
      const [message, origin] = win.postMessage.mock.calls[0]! as [{ body: ArrayBuffer }, string];
      expect(message).toMatchObject({ channel: LIST_CHANNEL, url: response.url, seq: 1 });
      expect(origin).toBe(ORIGIN);
      expect(new TextDecoder().decode(message.body)).toBe(JSON.stringify({ userList: [] }));
      // And the list watcher's signal: a DOM event without data.
      expect((win.dispatchEvent.mock.calls[0]![0] as Event).type).toBe(LIST_SIGNAL);
      expect(listKindOf(path)).not.toBeNull();
    }
  });

  it('replays only the channel asked for, on DOM events, and never listens to window messages', async () => {
    const { win, listeners } = listWindow('/api/user/list/');
    observeFeed(win as unknown as Parameters<typeof observeFeed>[0]);
    // Reading a window message's data would deserialise every list response in this world too.
    expect(listeners.map((l) => l.type)).not.toContain('message');
    await win.fetch('/api/user/list/');
    await vi.waitFor(() => expect(win.postMessage).toHaveBeenCalledOnce());
    const fire = (type: string) => {
      for (const l of listeners) if (l.type === type) l.fn(new Event(type));
    };
    fire(FEED_REPLAY);
    expect(win.postMessage).toHaveBeenCalledOnce();
    fire(LIST_REPLAY);
    expect(win.postMessage).toHaveBeenCalledTimes(2);
    expect(win.postMessage.mock.calls[1]![0]).toMatchObject({ channel: LIST_CHANNEL, seq: 1 });
    // A watcher loaded late asks whether a list came: signalled again.
    win.dispatchEvent.mockClear();
    fire(LIST_QUERY);
    expect((win.dispatchEvent.mock.calls[0]![0] as Event).type).toBe(LIST_SIGNAL);
    for (const name of [LIST_CHANNEL, LIST_REPLAY, LIST_SIGNAL, LIST_QUERY]) expect(name).not.toMatch(/vettok|wxt|scout/i);
  });

  it('answers a watcher\'s query with nothing while no list has come', () => {
    const { win, listeners } = listWindow('/api/user/list/');
    observeFeed(win as unknown as Parameters<typeof observeFeed>[0]);
    for (const l of listeners) if (l.type === LIST_QUERY) l.fn(new Event(LIST_QUERY));
    expect(win.dispatchEvent).not.toHaveBeenCalled();
  });
});
