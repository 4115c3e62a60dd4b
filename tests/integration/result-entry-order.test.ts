import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { Collaboration } from '../../lib/collaborations/collaboration';
import { evaluateCollaborationStopLoss } from '../../lib/collaborations/stop-loss';
import type { Reply } from '../../lib/messaging/protocol';
import { realSnapshot } from '../fixture-files';
import { fakeBackgroundDeps } from './test-db';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const TIKTOK = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 7 } };

/** Ids as random as the real ones: each sorts before the previous one. */
function descendingIds() {
  let n = 1000;
  return { newId: () => `id-${--n}` };
}

const data = <T>(reply: Reply) => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
};

/** A result of the side panel's default date, ROI = gmv ÷ 100. */
const sameDay = (gmv: number) => ({
  date: Date.UTC(2026, 10, 24), kind: 'video' as const, link: null, views: 1000, orders: 1, gmv, refunds: 0,
  costs: { commission: 100, fee: null, sample: null, shipping: null }, currency: 'USD',
});

describe('results entered on the same date (issue 17)', () => {
  it('are numbered in entry order and read in it: ROI 1.5, 1.0, 0.6 against 1.5 × 2 terminate; deleting and re-entering keeps order', async () => {
    const deps = fakeBackgroundDeps({ ids: descendingIds() });
    const route = createBackgroundRouter(deps, SELF);
    const ask = (name: string, payload: unknown, sender: object = PAGE) => route({ vettok: 1, name, payload }, sender);
    data(await ask('snapshot.submit', { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') }, TIKTOK));
    let c = data<{ collaboration: Collaboration }>(await ask('collab.start', { handle: 'a', roiThreshold: 1.5, consecutiveCount: 2 })).collaboration;
    for (const gmv of [150, 100, 60]) c = data<{ collaboration: Collaboration }>(await ask('collab.result.add', { id: c.id, result: sameDay(gmv) })).collaboration;
    expect(c.results.map((r) => r.seq)).toEqual([1, 2, 3]);
    // The ids sort against entry order (id-998 > id-997 > id-996): by id the hit would sit between the misses.
    expect([...c.results.map((r) => r.id)].sort()).toEqual([...c.results.map((r) => r.id)].reverse());
    const evaluation = evaluateCollaborationStopLoss(c);
    expect(evaluation.status).toBe('terminate');
    if (evaluation.status === 'off') throw new Error('unexpected');
    expect(evaluation.evidence.map((v) => v.roi)).toEqual([1, 0.6]);

    // Delete the 1.0 miss: 1.5, 0.6 — one miss, no flag. Enter 0.9: after 0.6 (seq 4), flag again.
    c = data<{ collaboration: Collaboration }>(await ask('collab.result.remove', { id: c.id, resultId: c.results[1]!.id })).collaboration;
    expect(evaluateCollaborationStopLoss(c).status).toBe('ok');
    c = data<{ collaboration: Collaboration }>(await ask('collab.result.add', { id: c.id, result: sameDay(90) })).collaboration;
    expect(c.results.map((r) => r.seq)).toEqual([1, 3, 4]);
    expect(evaluateCollaborationStopLoss(c).status).toBe('terminate');
    // Correct the 0.6 (seq 3) to 2.0: it keeps its id and place, and now breaks the run; back to 0.6, the flag returns.
    const corrected = c.results.find((r) => r.seq === 3)!;
    c = data<{ collaboration: Collaboration }>(await ask('collab.result.update', { id: c.id, resultId: corrected.id, result: sameDay(200) })).collaboration;
    expect(c.results.map((r) => [r.id, r.seq])).toEqual([[c.results[0]!.id, 1], [corrected.id, 3], [c.results[2]!.id, 4]]);
    expect(evaluateCollaborationStopLoss(c).status).toBe('ok');
    c = data<{ collaboration: Collaboration }>(await ask('collab.result.update', { id: c.id, resultId: corrected.id, result: sameDay(60) })).collaboration;
    expect(evaluateCollaborationStopLoss(c).status).toBe('terminate');
    expect(await ask('collab.result.update', { id: c.id, resultId: 'id-0', result: sameDay(60) })).toMatchObject({ ok: false });
    // The stored row is what the side panel reads.
    expect((await deps.db.collaborations.get(c.id))?.results.map((r) => r.seq)).toEqual([1, 3, 4]);
  });

  it('refuses a result that brings its own sequence number (the background numbers results)', async () => {
    const deps = fakeBackgroundDeps();
    const route = createBackgroundRouter(deps, SELF);
    data(await route({ vettok: 1, name: 'snapshot.submit', payload: { snapshot: realSnapshot('user-detail-scope-a-2026-09.json') } }, TIKTOK));
    const c = data<{ collaboration: Collaboration }>(await route({ vettok: 1, name: 'collab.start', payload: { handle: 'a' } }, PAGE)).collaboration;
    const reply = await route({ vettok: 1, name: 'collab.result.add', payload: { id: c.id, result: { ...sameDay(100), seq: 0 } } }, PAGE);
    expect(reply.ok).toBe(false);
  });
});
