import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { Collaboration } from '../../lib/collaborations/collaboration';
import { newDraft } from '../../lib/invitations/draft';
import { defaultTerms } from '../../lib/invitations/terms';
import type { Reply } from '../../lib/messaging/protocol';
import { realSnapshot } from '../fixture-files';
import { fakeBackgroundDeps } from './test-db';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const TIKTOK = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 7 } };
const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = 86_400_000;

function setup() {
  let changed = 0;
  const deps = fakeBackgroundDeps({ now: () => NOW, collaborationsChanged: async () => void (changed += 1) });
  const db = deps.db;
  const route = createBackgroundRouter(deps, SELF);
  const ask = (name: string, payload: unknown, sender: object = PAGE) => route({ vettok: 1, name, payload }, sender);
  return { db, ask, changes: () => changed };
}

const okData = <T>(reply: Reply) => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
};

const lowResult = (date: number) => ({
  date,
  kind: 'video' as const,
  link: null,
  views: 1000,
  orders: 1,
  gmv: 10,
  refunds: 0,
  costs: { commission: 10, fee: 0, sample: 0, shipping: 0 },
  currency: 'USD',
});

describe('collaboration messages on a real database', () => {
  it('starts from an applied invitation once, carrying the draft stop-loss rule', async () => {
    const { db, ask, changes } = setup();
    okData(await ask('snapshot.submit', { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') }, TIKTOK));
    await db.invitationDrafts.add(newDraft('d1', 'Serum', 1, 'en', { ...defaultTerms('en'), stopLossRoi: 1.5, stopLossConsecutive: 3 }));
    await db.invitations.add({
      id: 'inv-1', draftId: 'd1', draftName: 'Serum', batchIndex: 1, batchCount: 1, applicationId: 'app', handles: ['a'],
      productIds: [], terms: { ...defaultTerms('en'), stopLossRoi: 1.5, stopLossConsecutive: 3 }, message: '', source: 'overlay', createdAt: NOW - DAY,
    });
    const first = okData<{ collaboration: Collaboration; created: boolean }>(await ask('collab.start', { handle: 'a', invitationId: 'inv-1' }));
    expect(first.created).toBe(true);
    expect(first.collaboration).toMatchObject({
      creatorHandle: 'a', invitationId: 'inv-1', draftId: 'd1', status: 'invited',
      stopLoss: { roiThreshold: 1.5, consecutiveCount: 3 }, dates: { invitedAt: NOW - DAY },
    });
    const again = okData<{ collaboration: Collaboration; created: boolean }>(await ask('collab.start', { handle: 'a', invitationId: 'inv-1' }));
    expect(again).toMatchObject({ created: false, collaboration: { id: first.collaboration.id } });
    expect(await db.collaborations.count()).toBe(1);
    expect(changes()).toBe(2);
  });

  it('refuses unknown creators, invitations without the creator, and content-script senders', async () => {
    const { db, ask } = setup();
    expect(await ask('collab.start', { handle: 'ghost' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    okData(await ask('snapshot.submit', { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') }, TIKTOK));
    expect(await ask('collab.start', { handle: 'a', invitationId: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await ask('collab.start', { handle: 'a' }, TIKTOK)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ask('collab.start', { handle: 'a', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await db.collaborations.count()).toBe(0);
  });

  it('records dates, sample, links, notes, results and one extension; validates every write', async () => {
    const { db, ask } = setup();
    okData(await ask('snapshot.submit', { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') }, TIKTOK));
    const { collaboration } = okData<{ collaboration: Collaboration }>(await ask('collab.start', { handle: 'a', roiThreshold: 2 }));
    const id = collaboration.id;
    const updated = okData<{ collaboration: Collaboration }>(
      await ask('collab.update', {
        id,
        patch: {
          status: 'sample-shipped',
          dates: { sampleShippedAt: NOW, sampleReceivedAt: NOW + DAY },
          carrier: 'J&T',
          trackingNumber: 'JT123',
          contentLinks: ['https://www.tiktok.com/@a/video/1'],
          notes: '样品已寄',
        },
      }),
    );
    expect(updated.collaboration).toMatchObject({
      status: 'sample-shipped', carrier: 'J&T', trackingNumber: 'JT123', notes: '样品已寄', terminationReason: null,
      dates: { sampleShippedAt: NOW, sampleReceivedAt: NOW + DAY, invitedAt: NOW },
    });
    expect(await ask('collab.update', { id, patch: { contentLinks: ['javascript:alert(1)'] } })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await ask('collab.update', { id: 'nope', patch: { notes: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

    okData(await ask('collab.extend', { id }));
    expect(await ask('collab.extend', { id })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((await db.collaborations.get(id))?.sampleExtensionDays).toBe(7);

    const withResult = okData<{ collaboration: Collaboration }>(await ask('collab.result.add', { id, result: lowResult(NOW + 2 * DAY) }));
    expect(withResult.collaboration.results).toHaveLength(1);
    expect(await ask('collab.result.add', { id, result: { ...lowResult(NOW), gmv: -5 } })).toMatchObject({ ok: false });
    expect(await ask('collab.result.add', { id, result: { ...lowResult(NOW), currency: 'usd' } })).toMatchObject({ ok: false });
    const resultId = withResult.collaboration.results[0]!.id;
    const removed = okData<{ collaboration: Collaboration }>(await ask('collab.result.remove', { id, resultId }));
    expect(removed.collaboration.results).toEqual([]);
    expect(await ask('collab.result.remove', { id, resultId })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

    const ended = okData<{ collaboration: Collaboration }>(await ask('collab.update', { id, patch: { status: 'terminated', terminationReason: 'low-roi' } }));
    expect(ended.collaboration).toMatchObject({ status: 'terminated', terminationReason: 'low-roi' });
  });
});

describe('what happened feeds the assessment', () => {
  it('a creator whose stop-loss fired is flagged P9 the next time their page is read', async () => {
    const { ask } = setup();
    const snapshot = { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') };
    const before = okData<{ assessment: { flags: { id: string }[] } }>(await ask('snapshot.submit', snapshot, TIKTOK));
    expect(before.assessment.flags.some((f) => f.id.startsWith('terminated-low-roi:'))).toBe(false);
    const { collaboration } = okData<{ collaboration: Collaboration }>(await ask('collab.start', { handle: 'a', roiThreshold: 2 }));
    okData(await ask('collab.result.add', { id: collaboration.id, result: lowResult(NOW - 2 * DAY) }));
    okData(await ask('collab.result.add', { id: collaboration.id, result: lowResult(NOW - DAY) }));
    const after = okData<{ assessment: { flags: { id: string; pitfall: string; messageKey: string }[] } }>(
      await ask('snapshot.submit', snapshot, TIKTOK),
    );
    expect(after.assessment.flags).toContainEqual(
      expect.objectContaining({ id: `terminated-low-roi:${collaboration.id}`, pitfall: 'P9', messageKey: 'collab.flag.stop-loss-triggered' }),
    );
  });

  it('a sample received and never posted is flagged P4', async () => {
    const { ask } = setup();
    const snapshot = { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') };
    okData(await ask('snapshot.submit', snapshot, TIKTOK));
    const { collaboration } = okData<{ collaboration: Collaboration }>(await ask('collab.start', { handle: 'a' }));
    okData(await ask('collab.update', { id: collaboration.id, patch: { dates: { sampleReceivedAt: NOW - 30 * DAY } } }));
    const after = okData<{ assessment: { flags: { id: string; pitfall: string }[] } }>(await ask('snapshot.submit', snapshot, TIKTOK));
    expect(after.assessment.flags).toContainEqual(expect.objectContaining({ id: `sample-never-posted:${collaboration.id}`, pitfall: 'P4' }));
  });

  it("the card's collaboration line opens the side panel on that collaboration, from the sender's tab; pages cannot send it", async () => {
    const opened: [string, string | null, number | null][] = [];
    const deps = fakeBackgroundDeps({
      now: () => NOW,
      openCollaboration: async (handle, collaborationId, tabId) => (opened.push([handle, collaborationId, tabId]), true),
    });
    const route = createBackgroundRouter(deps, SELF);
    const reply = await route({ vettok: 1, name: 'collab.open', payload: { handle: 'a', collaborationId: 'c1' } }, TIKTOK);
    expect(okData(reply)).toEqual({ opened: true });
    expect(opened).toEqual([['a', 'c1', 7]]);
    // Opens a view only: nothing is written.
    expect(await deps.db.collaborations.count()).toBe(0);
    const fromPage = await route({ vettok: 1, name: 'collab.open', payload: { handle: 'a', collaborationId: null } }, PAGE);
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const bad = await route({ vettok: 1, name: 'collab.open', payload: { handle: 'a', collaborationId: null, extra: 1 } }, TIKTOK);
    expect(bad.ok).toBe(false);
    expect(opened).toHaveLength(1);
  });

  it('the browser refusing to open the panel is reported, not thrown', async () => {
    const deps = fakeBackgroundDeps({ now: () => NOW, openCollaboration: async () => false });
    const route = createBackgroundRouter(deps, SELF);
    expect(okData(await route({ vettok: 1, name: 'collab.open', payload: { handle: 'a', collaborationId: null } }, TIKTOK))).toEqual({ opened: false });
  });
});
