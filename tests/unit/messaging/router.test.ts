import { describe, expect, it, vi } from 'vitest';
import { createRouter, HandlerError, type Handlers } from '../../../lib/messaging/router';
import { classifySender } from '../../../lib/messaging/sender';
import { realSnapshot } from '../../fixture-files';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const CONTENT = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 7 }, frameId: 0 };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const never = vi.fn(async () => {
    throw new Error('must not run');
  });
  return {
    'snapshot.submit': never,
    'page.unreadable': never,
    'shortlist.add': never,
    'tab.creator': never,
    ...overrides,
  } as Handlers;
}

describe('classifySender', () => {
  it.each([
    ['an extension page', PAGE, 'page'],
    ['a content script on a profile', CONTENT, 'tiktok'],
    ['a content script on the Affiliate Center', { ...CONTENT, url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=1' }, 'affiliate'],
    ['a content script on the global Affiliate Center', { ...CONTENT, url: 'https://affiliate.tiktokshopglobalselling.com/x' }, 'affiliate'],
    ['a TikTok subframe', { ...CONTENT, frameId: 2 }, null],
    ['another extension', { ...PAGE, id: 'zzzz' }, null],
    ['a content script on another site', { ...CONTENT, url: 'https://evil.example/@a' }, null],
    ['a look-alike host', { ...CONTENT, url: 'https://www.tiktok.com.evil.example/' }, null],
    ['a TikTok page without a tab', { ...CONTENT, tab: undefined }, null],
    ['no sender id', { url: PAGE.url }, null],
    ['a garbage URL', { id: ID, url: 'not a url' }, null],
  ])('%s', (_name, sender, kind) => {
    expect(classifySender(sender, SELF)).toBe(kind);
  });
});

describe('createRouter', () => {
  it.each([
    ['not an object', 'hello', 'invalid-payload'],
    ['no envelope', { name: 'tab.creator', payload: { tabId: 1 } }, 'invalid-payload'],
    ['an extra envelope field', { vettok: 1, name: 'tab.creator', payload: { tabId: 1 }, extra: true }, 'invalid-payload'],
    ['an unknown message', { vettok: 1, name: 'db.drop', payload: {} }, 'unknown-message'],
    ['a prototype key as name', { vettok: 1, name: '__proto__', payload: {} }, 'unknown-message'],
    ['a bad payload type', { vettok: 1, name: 'tab.creator', payload: { tabId: 'one' } }, 'invalid-payload'],
    ['an extra payload field', { vettok: 1, name: 'tab.creator', payload: { tabId: 1, admin: true } }, 'invalid-payload'],
    ['an oversized message', { vettok: 1, name: 'tab.creator', payload: { tabId: 1, pad: 'x'.repeat(1_100_000) } }, 'too-large'],
  ])('refuses %s', async (_name, message, code) => {
    const route = createRouter(handlers(), SELF);
    expect(await route(message, PAGE)).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  });

  it('keeps content scripts to the handlers meant for them', async () => {
    const route = createRouter(handlers(), SELF);
    const reply = await route({ vettok: 1, name: 'tab.creator', payload: { tabId: 1 } }, CONTENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a snapshot from an extension page and from a foreign sender', async () => {
    const route = createRouter(handlers(), SELF);
    const message = { vettok: 1, name: 'snapshot.submit', payload: { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') } };
    expect(await route(message, PAGE)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(message, { ...CONTENT, id: 'other' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('runs a valid request and passes the tab along', async () => {
    const unreadable = vi.fn(async (_r: unknown, context: { tabId: number | null }) => ({ locale: context.tabId === 7 ? ('en' as const) : ('zh-CN' as const) }));
    const route = createRouter(handlers({ 'page.unreadable': unreadable }), SELF);
    expect(await route({ vettok: 1, name: 'page.unreadable', payload: { reason: 'blocked' } }, CONTENT)).toEqual({ ok: true, data: { locale: 'en' } });
  });

  it('turns handler errors into coded replies and checks handler replies', async () => {
    const full = createRouter(
      handlers({
        'tab.creator': async () => {
          throw new HandlerError('storage-full', 'no room');
        },
      }),
      SELF,
    );
    expect(await full({ vettok: 1, name: 'tab.creator', payload: { tabId: 1 } }, PAGE)).toEqual({
      ok: false,
      error: { code: 'storage-full', message: 'no room' },
    });
    const wrong = createRouter(handlers({ 'tab.creator': async () => ({ creator: 'nope' }) as never }), SELF);
    expect(await wrong({ vettok: 1, name: 'tab.creator', payload: { tabId: 1 } }, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
  it('maps a thrown error through the table of error replies, first match wins, else internal', async () => {
    class Missing extends Error {}
    class Full extends Error {}
    const table = [
      { matches: (e: unknown) => e instanceof Full, code: 'storage-full' as const, message: 'no room left' },
      { matches: (e: unknown) => e instanceof Missing, code: 'invalid-payload' as const },
      { matches: (e: unknown) => e instanceof Error, code: 'too-large' as const },
    ];
    const throwing = (error: Error) => createRouter(handlers({ 'tab.creator': async () => { throw error; } }), SELF, table);
    const ask = { vettok: 1, name: 'tab.creator', payload: { tabId: 1 } };
    expect(await throwing(new Full('disk'))(ask, PAGE)).toEqual({ ok: false, error: { code: 'storage-full', message: 'no room left' } });
    expect(await throwing(new Missing('no list x'))(ask, PAGE)).toEqual({ ok: false, error: { code: 'invalid-payload', message: 'no list x' } });
    // A HandlerError keeps its own code, whatever the table says.
    expect(await throwing(new HandlerError('forbidden', 'no'))(ask, PAGE)).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
    // Without a table, an unexpected error is internal.
    const bare = createRouter(handlers({ 'tab.creator': async () => { throw new Missing('x'); } }), SELF);
    expect(await bare(ask, PAGE)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
