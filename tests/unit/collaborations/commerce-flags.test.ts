import { describe, expect, it } from 'vitest';
import {
  commerceFlags,
  creatorOutcome,
  gpmFloors,
  HIGH_REFUND_SHARE,
  HIGH_VIEWS_MIN,
  outcomesByCreator,
  resultFlags,
  sampleNeverPostedFlag,
} from '../../../lib/collaborations/commerce-flags';
import { collaboration, DAY, result, resultsWithRoi } from './factories';

/** Three ordinary USD results: GPM 30, 40, 50 → median 40, floor 20. */
const benchmark = [
  result({ id: 'b1', gmv: 300, views: 10_000 }),
  result({ id: 'b2', gmv: 400, views: 10_000 }),
  result({ id: 'b3', gmv: 500, views: 10_000 }),
];
const floors = gpmFloors(benchmark);
const ids = (flags: { id: string }[]) => flags.map((f) => f.id.split(':')[0]);

describe('P10: high views with low GPM, GMV with a high refund share', () => {
  it('the GPM floor is half the median of the merchant\'s results in that currency', () => {
    expect(floors.get('USD')).toEqual({ floor: 20, source: 'median', median: 40 });
    expect(gpmFloors(benchmark.slice(0, 2)).get('USD')).toBeUndefined();
    expect(gpmFloors(benchmark, { gpmFloor: { USD: 35, IDR: 5_000 } }).get('USD')).toEqual({ floor: 35, source: 'merchant', median: 40 });
    expect(gpmFloors([], { gpmFloor: { IDR: 5_000 } }).get('IDR')).toEqual({ floor: 5_000, source: 'merchant', median: null });
  });

  it.each([
    // label, result, flag ids
    ['high views, GPM 10 < floor 20', result({ gmv: 1_000, views: 100_000 }), ['high-views-low-gpm']],
    ['high views, GPM at the floor is not low', result({ gmv: 2_000, views: 100_000 }), []],
    [`views below ${HIGH_VIEWS_MIN} are not "high exposure"`, result({ gmv: 10, views: HIGH_VIEWS_MIN - 1 }), []],
    ['exactly the high-views mark counts', result({ gmv: 10, views: HIGH_VIEWS_MIN }), ['high-views-low-gpm']],
    ['another currency without a benchmark is not judged', result({ gmv: 10, views: 1_000_000, currency: 'IDR' }), []],
    ['no views entered: not judged', result({ gmv: 10, views: null }), []],
    [`refunds ${HIGH_REFUND_SHARE * 100}% of GMV: warning`, result({ gmv: 1_000, refunds: 300, views: 10_000 }), ['high-refund-share']],
    ['refunds just under the mark: nothing', result({ gmv: 1_000, refunds: 299, views: 10_000 }), []],
    ['refunds not entered: GMV without context', result({ gmv: 1_000, refunds: null, views: 10_000 }), ['gmv-without-refunds']],
    ['no sale at all on high views is the lowest GPM (no refund question)', result({ gmv: 0, refunds: null, views: 10_000 }), ['high-views-low-gpm']],
    ['no GMV entered: nothing to weigh', result({ gmv: null, refunds: null, views: 10_000 }), []],
    ['both at once', result({ gmv: 1_000, refunds: 600, views: 200_000 }), ['high-views-low-gpm', 'high-refund-share']],
  ] as const)('%s', (_label, r, expected) => {
    expect(ids(resultFlags(collaboration(), r, floors))).toEqual(expected);
  });

  it('cites its evidence and pitfall', () => {
    const [lowGpm] = resultFlags(collaboration({ id: 'c7' }), result({ id: 'v', gmv: 1_000, views: 100_000 }), floors);
    expect(lowGpm).toEqual({
      id: 'high-views-low-gpm:v',
      pitfall: 'P10',
      severity: 'warn',
      evidence: {
        resultId: 'v',
        collaborationId: 'c7',
        currency: 'USD',
        views: 100_000,
        viewsMin: HIGH_VIEWS_MIN,
        gmv: 1_000,
        gpm: 10,
        gpmFloor: 20,
        floorSource: 'median',
        medianGpm: 40,
      },
      messageKey: 'collab.flag.high-views-low-gpm',
    });
    const [refunds] = resultFlags(collaboration(), result({ gmv: 1_000, refunds: 550 }), floors);
    expect(refunds).toMatchObject({ severity: 'risk', evidence: { refundShare: 0.55, refundPercent: 55, thresholdPercent: 30 } });
  });

  it('judges each creator against the merchant\'s results with every creator', () => {
    const others = collaboration({ id: 'o', creatorHandle: 'bob', results: benchmark });
    const alice = collaboration({ id: 'a', results: [result({ id: 'x', gmv: 500, views: 100_000 })] });
    expect(ids(commerceFlags([others, alice]))).toEqual(['high-views-low-gpm']);
    expect(commerceFlags([alice])).toEqual([]);
  });
});

describe('what happened with a creator feeds their assessment', () => {
  const now = Date.UTC(2026, 5, 1);

  it.each([
    ['no collaborations', [], { collaborations: 0, terminatedForLowRoi: false, samplesNeverPosted: 0 }, []],
    [
      'stop-loss run (not yet acted on)',
      [collaboration({ results: resultsWithRoi([1, 1]) })],
      { collaborations: 1, terminatedForLowRoi: true, samplesNeverPosted: 0 },
      ['terminated-low-roi'],
    ],
    [
      'terminated by the merchant for low ROI, with no run recorded',
      [collaboration({ status: 'terminated', terminationReason: 'low-roi' })],
      { terminatedForLowRoi: true },
      ['terminated-low-roi'],
    ],
    [
      'terminated for another reason',
      [collaboration({ status: 'terminated', terminationReason: 'other' })],
      { terminatedForLowRoi: false, samplesNeverPosted: 0 },
      [],
    ],
    [
      'sample received 20 days ago, nothing posted',
      [collaboration({ dates: { sampleReceivedAt: now - 20 * DAY } })],
      { samplesNeverPosted: 1 },
      ['sample-never-posted'],
    ],
    [
      'sample received 20 days ago with a 7-day extension: not yet',
      [collaboration({ sampleExtensionDays: 7, dates: { sampleReceivedAt: now - 20 * DAY } })],
      { samplesNeverPosted: 0 },
      [],
    ],
    [
      'sample received 20 days ago and posted',
      [collaboration({ dates: { sampleReceivedAt: now - 20 * DAY, publishedAt: now - 10 * DAY } })],
      { samplesNeverPosted: 0 },
      [],
    ],
    [
      'sample never posted stays on record after cancelling',
      [collaboration({ status: 'cancelled', dates: { sampleReceivedAt: now - 40 * DAY } })],
      { samplesNeverPosted: 1 },
      ['sample-never-posted'],
    ],
    [
      'both, most severe first, P10 after',
      [
        collaboration({ id: 'a', results: resultsWithRoi([1, 1]).map((r) => ({ ...r, refunds: null })) }),
        collaboration({ id: 'b', dates: { sampleReceivedAt: now - 30 * DAY } }),
      ],
      { collaborations: 2, terminatedForLowRoi: true, samplesNeverPosted: 1 },
      ['terminated-low-roi', 'sample-never-posted', 'gmv-without-refunds', 'gmv-without-refunds'],
    ],
  ] as const)('%s', (_label, collaborations, summary, flagIds) => {
    const outcome = creatorOutcome([...collaborations, collaboration({ id: 'z', creatorHandle: 'bob', status: 'terminated', terminationReason: 'low-roi' })], '@Alice', now, 'Asia/Shanghai');
    expect(outcome).toMatchObject({ handle: 'alice', ...summary });
    expect(ids(outcome.flags)).toEqual(flagIds);
  });

  it('a sample never posted on a cancelled collaboration is a warning, not a risk', () => {
    const cancelled = collaboration({ status: 'cancelled', dates: { sampleReceivedAt: now - 40 * DAY } });
    expect(sampleNeverPostedFlag(cancelled, now, 'UTC')).toMatchObject({ severity: 'warn', evidence: { cancelled: true } });
    const open = collaboration({ dates: { sampleReceivedAt: now - 40 * DAY } });
    expect(sampleNeverPostedFlag(open, now, 'UTC')).toMatchObject({ severity: 'risk', evidence: { cancelled: false, daysOverdue: 26 } });
  });

  it('the low-ROI flag shows the run that triggered it', () => {
    const results = resultsWithRoi([1, 1.25]);
    const [flag] = creatorOutcome([collaboration({ id: 'c', results })], 'alice', now, 'UTC').flags;
    expect(flag).toEqual({
      id: 'terminated-low-roi:c',
      pitfall: 'P9',
      severity: 'risk',
      evidence: {
        collaborationId: 'c',
        terminatedByMerchant: false,
        stopLossTriggered: true,
        threshold: 1.5,
        consecutiveCount: 2,
        resultIds: 'r000, r001',
        rois: '1.00, 1.25',
      },
      messageKey: 'collab.flag.stop-loss-triggered',
    });
  });

  it('the sample flag counts the posting deadline in the merchant\'s zone', () => {
    const received = Date.UTC(2026, 2, 20, 15); // 15:00 GMT; due 3 April 15:00 BST = 14:00 UTC
    const c = collaboration({ dates: { sampleReceivedAt: received } });
    expect(sampleNeverPostedFlag(c, Date.UTC(2026, 3, 3, 14) - 1, 'Europe/London')).toBeNull();
    expect(sampleNeverPostedFlag(c, Date.UTC(2026, 3, 3, 14), 'Europe/London')?.evidence).toMatchObject({
      postingDueAt: Date.UTC(2026, 3, 3, 14),
      daysOverdue: 0,
    });
    expect(sampleNeverPostedFlag(c, Date.UTC(2026, 3, 3, 14), 'Asia/Shanghai')).toBeNull();
  });

  it('marks every creator, keyed by handle, for wherever they appear', () => {
    const map = outcomesByCreator(
      [
        // Stored before handles were held to the protocol's rule: still keyed by the normalised handle.
        { ...collaboration({ id: '1', results: resultsWithRoi([0.5, 0.5]) }), creatorHandle: '@Alice' },
        collaboration({ id: '2', creatorHandle: 'bob' }),
      ],
      now,
      'UTC',
    );
    expect([...map.keys()]).toEqual(['alice', 'bob']);
    expect(map.get('alice')?.terminatedForLowRoi).toBe(true);
    expect(map.get('bob')?.flags).toEqual([]);
  });
});
