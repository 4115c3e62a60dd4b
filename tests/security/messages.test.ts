import { DEFAULT_SETTINGS } from '../../lib/schemas/settings';
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../lib/invitations/draft';
import { MAX_MESSAGE_CHARS, PROTOCOL, type MessageName, type SenderKind } from '../../lib/messaging/protocol';
import { createRouter, type Handlers } from '../../lib/messaging/router';
import type { SenderInfo } from '../../lib/messaging/sender';
import { realSnapshot } from '../fixture-files';

/**
 * Issue 9 §2: every message the background accepts, against every kind of sender and every kind
 * of malformed request. The handlers are stubs that count calls: a refused request must never
 * reach one. Figures: see docs/security.md.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };

const TAB = { tab: { id: 7 }, frameId: 0 };
const SENDERS: Record<string, { sender: SenderInfo; kind: SenderKind | null }> = {
  'side panel': { sender: { id: ID, url: `chrome-extension://${ID}/sidepanel.html` }, kind: 'page' },
  popup: { sender: { id: ID, url: `chrome-extension://${ID}/popup.html` }, kind: 'page' },
  'content script on a profile': { sender: { id: ID, url: 'https://www.tiktok.com/@a', ...TAB }, kind: 'tiktok' },
  'content script on a TikTok video page': { sender: { id: ID, url: 'https://www.tiktok.com/@a/video/1', ...TAB }, kind: 'tiktok' },
  'content script on the Affiliate Center': {
    sender: { id: ID, url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=1', ...TAB },
    kind: 'affiliate',
  },
  'content script on the global Affiliate Center': {
    sender: { id: ID, url: 'https://affiliate.tiktokshopglobalselling.com/connection/target-invitation/create', ...TAB },
    kind: 'affiliate',
  },
  'a TikTok subframe': { sender: { id: ID, url: 'https://www.tiktok.com/embed/@a', tab: { id: 7 }, frameId: 3 }, kind: null },
  'an Affiliate Center subframe': { sender: { id: ID, url: 'https://affiliate.tiktok.com/frame', tab: { id: 7 }, frameId: 1 }, kind: null },
  'another extension': { sender: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }, kind: null },
  'another extension posing as our page': { sender: { id: 'zzzz', url: `chrome-extension://${ID}/sidepanel.html` }, kind: null },
  'a web page (externally_connectable)': { sender: { url: 'https://evil.example/' }, kind: null },
  'our content script on a foreign site': { sender: { id: ID, url: 'https://evil.example/@a', tab: { id: 7 } }, kind: null },
  'a look-alike host': { sender: { id: ID, url: 'https://www.tiktok.com.evil.example/@a', tab: { id: 7 } }, kind: null },
  'a look-alike Affiliate Center': { sender: { id: ID, url: 'https://affiliate.tiktok.com.evil.example/', tab: { id: 7 } }, kind: null },
  'an http TikTok page': { sender: { id: ID, url: 'http://www.tiktok.com/@a', tab: { id: 7 } }, kind: null },
  'another TikTok host': { sender: { id: ID, url: 'https://seller.tiktok.com/', tab: { id: 7 } }, kind: null },
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
  'record.remove': { table: 'shortlistEntries', id: 'e1' },
  'record.fix': { table: 'snapshots', id: 1 },
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
  'collab.result.update': {
    id: 'c1',
    resultId: 'r1',
    result: { date: 1, kind: 'video', link: null, views: 1000, orders: 1, gmv: 10, refunds: 0, costs: { commission: 1, fee: 0, sample: 0, shipping: 0 }, currency: 'USD' },
  },
  'collab.result.remove': { id: 'c1', resultId: 'r1' },
  'collab.extend': { id: 'c1' },
  'scout.seen': { kind: 'search-general', snapshots: [realSnapshot('user-detail-scope-a-2026-09.json')] },
  'scout.add': { handles: ['a'], listId: null },
  'scout.undo': { undoId: 'u1' },
  'scout.open': { handle: 'a' },
  'scout.start': {},
  'collab.open': { handle: 'a', collaborationId: 'c1' },
  'team.get': {},
  'team.connect': { form: { url: 'https://couch.example.com', database: 'shop-team', user: 'ana', password: 'secret', seatName: 'Ana' } },
  'team.disconnect': {},
  'team.leave': {},
  'team.list.share': { listId: 'l1', shared: true },
};

/**
 * Who may send each message, written out (docs/security.md has the reason for each). Every message
 * not listed is for extension pages only. Widening any row is a deliberate act: update
 * docs/security.md and this table together.
 */
const CONTENT_ALLOWLIST: Partial<Record<MessageName, readonly SenderKind[]>> = {
  'snapshot.submit': ['tiktok', 'affiliate'],
  'page.unreadable': ['tiktok'],
  'shortlist.add': ['tiktok', 'affiliate', 'page'],
  'invitation.inviteCreator': ['tiktok', 'affiliate'],
  'invitation.drafts': ['affiliate'],
  // Scout mode: list pages report the creators they show, add them to a list (and take back only
  // their own additions), and open one in the side panel.
  'scout.seen': ['tiktok', 'affiliate'],
  'scout.add': ['tiktok', 'affiliate', 'page'],
  'scout.undo': ['tiktok', 'affiliate', 'page'],
  'scout.open': ['tiktok', 'affiliate'],
  'scout.start': ['tiktok', 'affiliate'],
  // The card's collaboration line opens that creator's collaboration in the side panel (a view; writes nothing).
  'collab.open': ['tiktok', 'affiliate'],
};
const allowed = (name: MessageName): readonly SenderKind[] => CONTENT_ALLOWLIST[name] ?? ['page'];
/** Every other message (list admin, destructive, whole-database, settings): extension pages only, never a content script. */
const PAGE_ONLY = ['list.create', 'list.rename', 'list.archive', 'backup.recorded', 'settings.save', 'settings.get', 'collab.start', 'collab.update', 'collab.result.add', 'collab.result.update', 'collab.result.remove', 'collab.extend', 'data.erase', 'backup.import.begin', 'backup.import.chunk', 'backup.import.check', 'backup.import.commit', 'list.delete', 'entries.bulk', 'entry.update', 'invitation.draft.delete', 'invitation.draft.save', 'invitation.apply', 'tab.creator', 'undo.apply', 'record.remove', 'record.fix', 'team.get', 'team.connect', 'team.disconnect', 'team.leave', 'team.list.share'];

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
  it.each(Object.keys(PROTOCOL) as MessageName[])('%s: the protocol allows exactly the senders in the table', (name) => {
    expect([...PROTOCOL[name].from].sort()).toEqual([...allowed(name)].sort());
  });

  it('content scripts reach exactly the handlers meant for them, each from its own sites only', () => {
    const from = (kind: SenderKind) => NAMES.filter((n) => (PROTOCOL[n].from as readonly string[]).includes(kind)).sort();
    expect(from('tiktok')).toEqual(['collab.open', 'invitation.inviteCreator', 'page.unreadable', 'scout.add', 'scout.open', 'scout.seen', 'scout.start', 'scout.undo', 'shortlist.add', 'snapshot.submit']);
    expect(from('affiliate')).toEqual(['collab.open', 'invitation.drafts', 'invitation.inviteCreator', 'scout.add', 'scout.open', 'scout.seen', 'scout.start', 'scout.undo', 'shortlist.add', 'snapshot.submit']);
    for (const name of PAGE_ONLY) expect(PROTOCOL[name as MessageName].from, name).toEqual(['page']);
    expect(NAMES.filter((n) => !PAGE_ONLY.includes(n) && !CONTENT_ALLOWLIST[n])).toEqual([]);
  });

  const tally: Record<string, { accepted: number; refused: number }> = {};
  const matrix = NAMES.flatMap((name) => Object.entries(SENDERS).map(([label, s]) => [name, label, s] as const));
  it.each(matrix)('%s from %s', async (name, label, { sender, kind }) => {
    const { calls, route } = stubs();
    const reply = await route({ vettok: 1, name, payload: VALID[name] }, sender);
    cases++;
    const accepted = kind !== null && allowed(name).includes(kind);
    tally[label] ??= { accepted: 0, refused: 0 };
    tally[label][accepted ? 'accepted' : 'refused']++;
    if (accepted) {
      // Passed every check and reached its handler (the stub's throw becomes an internal error).
      expect(calls).toEqual([name]);
      expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    } else {
      expect(calls).toEqual([]);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('tallies accepted and refused messages per sender (figures for docs/security.md)', () => {
    for (const [label, { accepted, refused }] of Object.entries(tally)) console.log(`[security] ${label}: ${accepted} accepted, ${refused} refused`);
    expect(tally['content script on a profile']).toEqual({ accepted: 10, refused: NAMES.length - 10 });
    expect(tally['content script on the Affiliate Center']).toEqual({ accepted: 10, refused: NAMES.length - 10 });
    expect(tally['a TikTok subframe']).toEqual({ accepted: 0, refused: NAMES.length });
  });
});

describe('message protocol: malformed requests never reach a handler', () => {
  const PAGE = SENDERS['side panel']!.sender;
  const CONTENT = SENDERS['content script on a profile']!.sender;
  const AFFILIATE = SENDERS['content script on the Affiliate Center']!.sender;
  const senderFor = (name: MessageName) => (allowed(name).includes('page') ? PAGE : allowed(name).includes('tiktok') ? CONTENT : AFFILIATE);

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
