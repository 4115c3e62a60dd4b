import { describe, expect, it, vi } from 'vitest';
import { FEED_CHANNEL, FEED_REPLAY, LIST_CHANNEL } from '../../../lib/page/feed-channel';
import { LIST_FEED, listenToFeed } from '../../../lib/page/feed-listener';

const ORIGIN = 'https://www.tiktok.com';

/** The few parts of a window the listener uses; `send` delivers a message event to it. */
function fakeWindow() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    location: { origin: ORIGIN },
    postMessage: vi.fn(),
    dispatchEvent: vi.fn(),
    addEventListener: (_type: string, fn: (event: MessageEvent) => void) => listeners.add(fn),
    removeEventListener: (_type: string, fn: (event: MessageEvent) => void) => listeners.delete(fn),
  };
  const send = (data: unknown, source: unknown = win, origin = ORIGIN) => {
    for (const fn of listeners) fn({ data, source, origin } as MessageEvent);
  };
  return { win: win as unknown as Window, post: win.postMessage, dispatch: win.dispatchEvent, send, listeners };
}

describe('listenToFeed (lib/page/feed-listener.ts)', () => {
  it('asks the page observer to replay by a DOM event (no window message), from a microtask: not under the script that calls it', async () => {
    const { win, post, dispatch } = fakeWindow();
    listenToFeed(win, () => {});
    expect(dispatch).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(dispatch).toHaveBeenCalledOnce();
    expect((dispatch.mock.calls[0]![0] as Event).type).toBe(FEED_REPLAY);
    expect(post).not.toHaveBeenCalled();
  });

  it('parses a list that arrives as bytes (scout mode) or as JSON text, and nothing else', async () => {
    const { win, send } = fakeWindow();
    const got = vi.fn();
    listenToFeed(win, got, LIST_FEED);
    const url = `${ORIGIN}/api/user/list/`;
    send({ channel: LIST_CHANNEL, url, body: new TextEncoder().encode('{"userList":[1]}').buffer, seq: 1 });
    send({ channel: LIST_CHANNEL, url, body: '{"userList":[2]}', seq: 2 });
    send({ channel: LIST_CHANNEL, url, body: new TextEncoder().encode('not json').buffer, seq: 3 });
    send({ channel: LIST_CHANNEL, url, body: { userList: [3] }, seq: 4 });
    await vi.waitFor(() => expect(got).toHaveBeenCalledTimes(2));
    expect(got.mock.calls.map((c) => c[1])).toEqual(expect.arrayContaining([{ userList: [1] }, { userList: [2] }]));
  });

  it('parses a list where it is told to (scout mode: its idle queue), not in the message\'s task', async () => {
    const { win, send } = fakeWindow();
    const got = vi.fn();
    const deferred: (() => void)[] = [];
    listenToFeed(win, got, LIST_FEED, (task) => deferred.push(task));
    const url = `${ORIGIN}/api/user/list/`;
    send({ channel: LIST_CHANNEL, url, body: new TextEncoder().encode('{"userList":[1]}').buffer, seq: 1 });
    send({ channel: LIST_CHANNEL, url, body: '{"userList":[2]}', seq: 2 });
    send({ channel: LIST_CHANNEL, url, body: 'not json', seq: 3 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(got).not.toHaveBeenCalled();
    expect(deferred).toHaveLength(3);
    for (const task of deferred) task();
    await vi.waitFor(() => expect(got).toHaveBeenCalledTimes(2));
    expect(got.mock.calls.map((c) => c[1])).toEqual(expect.arrayContaining([{ userList: [1] }, { userList: [2] }]));
  });

  it('reads a response received both live and replayed once (same sequence number)', () => {
    const { win, send } = fakeWindow();
    const got = vi.fn();
    listenToFeed(win, got);
    const message = { channel: FEED_CHANNEL, url: `${ORIGIN}/api/post/item_list/`, body: { itemList: [] }, seq: 4 };
    send(message);
    send(message);
    send({ ...message, seq: 5 });
    expect(got).toHaveBeenCalledTimes(2);
  });

  it('takes feed messages from this window only, of bounded size, and stops when asked', () => {
    const { win, send, listeners } = fakeWindow();
    const got = vi.fn();
    const stop = listenToFeed(win, got);
    const body = { itemList: [] };
    send({ channel: FEED_CHANNEL, url: `${ORIGIN}/api/post/item_list/`, body });
    send({ channel: FEED_CHANNEL, url: 'x', body }, {}); // another window
    send({ channel: FEED_CHANNEL, url: 'x', body }, win, 'https://evil.example'); // another origin
    send({ channel: 'other', url: 'x', body });
    send({ channel: FEED_CHANNEL, url: 'x'.repeat(4097), body });
    send({ channel: FEED_CHANNEL, url: 'x', body: 'y'.repeat(2_000_001) });
    send(null);
    expect(got).toHaveBeenCalledExactlyOnceWith(`${ORIGIN}/api/post/item_list/`, body);
    stop();
    expect(listeners.size).toBe(0);
  });
});
