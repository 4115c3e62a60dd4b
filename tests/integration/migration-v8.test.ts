import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { evaluateCollaborationStopLoss } from '../../lib/collaborations/stop-loss';
import { VettokDatabase } from '../../lib/db/database';
import { V8_STORES } from './shipped-versions';


const DAY = Date.UTC(2026, 0, 10);
const costs = { commission: null, fee: 100, sample: null, shipping: null };
/** A result as version 7 stored it (no `seq`): ROI = gmv ÷ 100. */
const v7Result = (id: string, gmv: number) => ({ id, date: DAY, kind: 'video', link: null, views: 1000, orders: 3, gmv, refunds: 0, costs, currency: 'USD' });

/** A collaboration as version 7 stored it, its results in the order they were entered. */
const v7Collaboration = {
  id: 'c1',
  creatorHandle: 'alice',
  invitationId: null,
  draftId: null,
  status: 'published',
  terminationReason: null,
  dates: { invitedAt: 1, acceptedAt: null, sampleRequestedAt: null, sampleDecidedAt: null, sampleShippedAt: null, sampleReceivedAt: null, contentSubmittedAt: null, contentReviewedAt: null, publishedAt: null, settledAt: null, appealedAt: null },
  sampleExtensionDays: 0,
  settlementDisputed: false,
  carrier: null,
  trackingNumber: null,
  contentLinks: [],
  notes: '',
  stopLoss: { roiThreshold: 1.5, consecutiveCount: 2 },
  // Random ids that sort 1.0, 1.5, 0.6 — the entry order is 1.5, 1.0, 0.6.
  results: [v7Result('zz-first', 150), v7Result('aa-second', 100), v7Result('mm-third', 60)],
  createdAt: 1,
  updatedAt: 2,
};

describe('database version 7 → 8 (each result carries its entry order)', () => {
  it('numbers results in list order, keeps everything else, and a second open changes nothing', async () => {
    const name = `vettok-migration-v8-${process.pid}`;
    const old = new Dexie(name);
    old.version(7).stores(V8_STORES);
    await old.open();
    await old.table('collaborations').add(structuredClone(v7Collaboration));
    await old.table('collaborations').add({ ...structuredClone(v7Collaboration), id: 'c2', results: [] });
    old.close();

    const db = new VettokDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    const c1 = await db.collaborations.get('c1');
    expect(c1).toEqual({ ...v7Collaboration, results: v7Collaboration.results.map((r, i) => ({ ...r, seq: i + 1 })) });
    expect((await db.collaborations.get('c2'))?.results).toEqual([]);
    // Same date, entered 1.5, 1.0, 0.6 against 1.5: the last two are consecutive misses.
    expect(evaluateCollaborationStopLoss(c1!).status).toBe('terminate');
    db.close();

    const again = new VettokDatabase(name);
    await again.open();
    expect(await again.collaborations.get('c1')).toEqual(c1);
    await again.delete();
  });
});
