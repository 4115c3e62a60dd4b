import { DEFAULT_SETTINGS } from '../../lib/schemas/settings';
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../lib/invitations/draft';
import { MAX_MESSAGE_CHARS, PROTOCOL, type MessageName } from '../../lib/messaging/protocol';
import { createRouter, type Handlers } from '../../lib/messaging/router';
import type { SenderInfo } from '../../lib/messaging/sender';
import { realSnapshot } from '../fixtures-snapshots';

/**
 * Issue 9 §2: every message the background accepts, against every kind of sender and every kind
 * of malformed request. The handlers are stubs that count calls: a refused request must never
 * reach one. Figures: see docs/security.md.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };

const SENDERS: Record<string, { sender: SenderInfo; kind: 'page' | 'content' | null }> = {
  'side panel': { sender: { id: ID, url: `chrome-extension://${ID}/sidepanel.html` }, kind: 'page' },
  popup: { sender: { id: ID, url: `chrome-extension://${ID}/popup.html` }, kind: 'page' },
  'content script on a profile': { sender: { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 7 }, frameId: 0 }, kind: 'content' },
  'content script on the Affiliate Center': {
    sender: { id: ID, url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=1', tab: { id: 7 }, frameId: 0 },
    kind: 'content',
  },
  'another extension': { sender: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }, kind: null },
  'another extension posing as our page': { sender: { id: 'zzzz', url: `chrome-extension://${ID}/sidepanel.html` }, kind: null },
  'a web page (externally_connectable)': { sender: { url: 'https://evil.example/' }, kind: null },
  'our content script on a foreign site': { sender: { id: ID, url: 'https://evil.example/@a', tab: { id: 7 } }, kind: null },
  'a look-alike host': { sender: { id: ID, url: 'https://www.tiktok.com.evil.example/@a', tab: { id: 7 } }, kind: null },
  'an http TikTok page': { sender: { id: ID, url: 'http://www.tiktok.com/@a', tab: { id: 7 } }, kind: null },
  'a TikTok URL without a tab': { sender: { id: ID, url: 'https://www.tiktok.com/@a' }, kind: null },
  'a data: URL frame': { sender: { id: ID, url: 'data:text/html,<script>1</script>', tab: { id: 7 } }, kind: null },
  'a javascript: URL': { sender: { id: ID, url: 'javascript:alert(1)', tab: { id: 7 } }, kind: null },
  'no URL': { sender: { id: ID, tab: { id: 7 } }, kind: null },
  'an empty sender': { sender: {}, kind: null },
};

/** A minimal valid payload for every message (the table fails if a message is added without one). */
const VALID: { [N in MessageName]: unknown } = {
  'snapshot.submit': { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') },
  'page.unreadable': { reason: 'no-creator-data' },
  'shortlist.add': { handle: 'a', listId: null },
  'shortlist.options': { handle: 'a' },
  'list.create': { name: 'Autumn' },
  'list.rename': { listId: 'l1', name: 'Winter' },
  'list.archive': { listId: 'l1', archived: true },
  'list.delete': { listId: 'l1' },
  'entry.update': { entryId: 'e1', patch: { status: 'contacted' } },
  'entries.bulk': { entryIds: ['e1'], action: { kind: 'remove' } },
  'undo.apply': { undoId: 'u1' },
  'backup.import.begin': { chunks: 1, totalChars: 10 },
  'backup.import.chunk': { sessionId: 's1', index: 0, text: '{}' },
  'backup.import.check': { sessionId: 's1' },
  'backup.import.commit': { sessionId: 's1', mode: 'merge' },
  'backup.recorded': {},
  'data.erase': { confirm: 'erase' },
  'tab.creator': { tabId: 1 },
  'invitation.draft.save': { draft: newDraft('d1', 'Draft', 1) },
  'invitation.draft.delete': { id: 'd1' },
  'invitation.apply': { draftId: 'd1', handles: ['a'] },
  'invitation.inviteCreator': { handle: 'a' },
  'invitation.drafts': {},
  'settings.get': {},
  'settings.save': { settings: DEFAULT_SETTINGS },
  'collab.start': { handle: 'a' },
  'collab.update': { id: 'c1', patch: { notes: 'ok' } },
  'collab.result.add': {
    id: 'c1',
    result: {
      date: 1,
      kind: 'video',
      link: null,
      views: 1000,
      orders: 1,
      gmv: 10,
      refunds: 0,
      costs: { commission: 1, fee: 0, sample: 0, shipping: 0 },
      currency: 'USD',
    },
  },
  'collab.result.remove': { id: 'c1', resultId: 'r1' },
  'collab.extend': { id: 'c1' },
};

/**
 * The only messages a content script (TikTok page context) may send. Widening this list is a
 * deliberate act: update docs/security.md and this test together.
 */
const CONTENT_ALLOWED = [
  'invitation.drafts',
  'invitation.inviteCreator',
  'page.unreadable',
  'shortlist.add',
  'shortlist.options',
  'snapshot.submit',
];
/** Destructive or whole-database messages: extension pages only, never a content script. */
const PAGE_ONLY = ['settings.save', 'settings.get', 'collab.start', 'collab.update', 'collab.result.add', 'collab.result.remove', 'collab.extend', 'data.erase', 'backup.import.begin', 'backup.import.chunk', 'backup.import.check', 'backup.import.commit', 'list.delete', 'entries.bulk', 'entry.update', 'invitation.draft.delete', 'invitation.draft.save', 'tab.creator', 'undo.apply'];

const NAMES = Object.keys(PROTOCOL) as MessageName[];

function stubs() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    NAMES.map((name) => [
      name,
      async () => {
        calls.push(name);
        throw new Error('stub reached');
      },
    ]),
  ) as unknown as Handlers;
  return { calls, route: createRouter(handlers, SELF) };
}

let cases = 0;

describe('message protocol: who may send what', () => {
  it('content scripts reach exactly the handlers meant for them', () => {
    const content = NAMES.filter((n) => (PROTOCOL[n].from as readonly string[]).includes('content')).sort();
    expect(content).toEqual(CONTENT_ALLOWED);
    for (const name of PAGE_ONLY) expect(PROTOCOL[name as MessageName].from).toEqual(['page']);
  });

  const matrix = NAMES.flatMap((name) => Object.entries(SENDERS).map(([label, s]) => [name, label, s] as const));
  it.each(matrix)('%s from %s', async (name, _label, { sender, kind }) => {
    const { calls, route } = stubs();
    const reply = await route({ vettok: 1, name, payload: VALID[name] }, sender);
    cases++;
    const allowed = kind !== null && (PROTOCOL[name].from as readonly string[]).includes(kind);
    if (allowed) {
      // Passed every check and reached its handler (the stub's throw becomes an internal error).
      expect(calls).toEqual([name]);
      expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    } else {
      expect(calls).toEqual([]);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('message protocol: malformed requests never reach a handler', () => {
  const PAGE = SENDERS['side panel']!.sender;
  const CONTENT = SENDERS['content script on a profile']!.sender;
  const senderFor = (name: MessageName) => ((PROTOCOL[name].from as readonly string[]).includes('page') ? PAGE : CONTENT);

  type Make = (n: MessageName) => unknown;
  const shapes: [string, Make][] = [
    ['an extra payload field', (n) => ({ vettok: 1, name: n, payload: { ...(VALID[n] as object), admin: true } })],
    ['a __proto__ payload field', (n) => ({ vettok: 1, name: n, payload: JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(VALID[n]).slice(1)}`.replace(',}', '}')) })],
    ['a missing payload', (n) => ({ vettok: 1, name: n })],
    ['a null payload', (n) => ({ vettok: 1, name: n, payload: null })],
    ['an array payload', (n) => ({ vettok: 1, name: n, payload: [VALID[n]] })],
    ['an extra envelope field', (n) => ({ vettok: 1, name: n, payload: VALID[n], sender: 'page' })],
    ['a wrong envelope version', (n) => ({ vettok: 2, name: n, payload: VALID[n] })],
    ['a string instead of an envelope', (n) => JSON.stringify({ vettok: 1, name: n, payload: VALID[n] })],
  ];
  const malformed: [string, Make, string][] = shapes.map(([label, make]) => [label, make, 'invalid-payload']);
  malformed.push(['an oversized payload', (n) => ({ vettok: 1, name: n, payload: { ...(VALID[n] as object), pad: 'x'.repeat(MAX_MESSAGE_CHARS) } }), 'too-large']);
  malformed.push(['a name with different case', (n) => ({ vettok: 1, name: n.toUpperCase(), payload: VALID[n] }), 'unknown-message']);
  malformed.push(['a name with a zero-width space', (n) => ({ vettok: 1, name: `${n}\u200b`, payload: VALID[n] }), 'unknown-message']);

  const matrix = NAMES.flatMap((name) => malformed.map(([label, make, code]) => [name, label, make, code] as const));
  it.each(matrix)('%s with %s', async (name, _label, make, code) => {
    const { calls, route } = stubs();
    const reply = await route(make(name), senderFor(name));
    cases++;
    expect(calls).toEqual([]);
    expect(reply).toMatchObject({ ok: false, error: { code } });
  });

  it.each(['db.drop', 'settings.set', 'constructor', 'toString', 'hasOwnProperty', '__proto__', '', 'x'.repeat(64)])('an unknown message "%s"', async (name) => {
    const { calls, route } = stubs();
    for (const sender of [PAGE, CONTENT]) {
      const reply = await route({ vettok: 1, name, payload: {} }, sender);
      cases++;
      expect(calls).toEqual([]);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    }
  });

  it('refuses a message that cannot be serialised (cycle) or is a BigInt', async () => {
    const { calls, route } = stubs();
    const cyclic: Record<string, unknown> = { vettok: 1, name: 'tab.creator' };
    cyclic['payload'] = cyclic;
    expect(await route(cyclic, PAGE)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await route({ vettok: 1, name: 'tab.creator', payload: { tabId: 1n } }, PAGE)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    cases += 2;
    expect(calls).toEqual([]);
  });

  it('counts the cases (figure for docs/security.md)', () => {
    console.log(`[security] message cases tried: ${cases}`);
    expect(cases).toBeGreaterThan(500);
  });
});
