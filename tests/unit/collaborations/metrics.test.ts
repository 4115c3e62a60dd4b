import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollaborationResult } from '../../../lib/collaborations/collaboration';
import {
  aggregateCollaboration,
  aggregateCreator,
  aggregateResults,
  creatorTimeline,
  gpm,
  roi,
  totalCost,
} from '../../../lib/collaborations/metrics';
import { collaboration, result } from './factories';

describe('roi = (GMV − refunds) ÷ cost', () => {
  it.each([
    // label, gmv, refunds, costs, value, reason, provisional
    ['plain', 300, 0, { fee: 100 }, 3, null, false],
    ['refunds subtracted', 300, 60, { fee: 100 }, 2.4, null, false],
    ['all four cost parts', 1_000, 100, { commission: 150, fee: 100, sample: 30, shipping: 20 }, 3, null, false],
    ['blank parts next to an entered one count as 0', 400, 0, { commission: 80, fee: null }, 5, null, false],
    ['GMV 0 is an ROI of 0', 0, 0, { fee: 50 }, 0, null, false],
    ['refunds above GMV give a negative ROI', 100, 150, { fee: 100 }, -0.5, null, false],
    ['blank refunds: provisional, read as 0', 300, null, { fee: 100 }, 3, null, true],
    ['fractional money', 0.3, 0, { fee: 0.1 }, 0.3 / 0.1, null, false],
    ['zero cost', 300, 0, { fee: 0 }, null, 'zero-cost', false],
    ['zero cost in every part', 300, 0, { commission: 0, fee: 0, sample: 0, shipping: 0 }, null, 'zero-cost', false],
    ['no cost entered', 300, 0, { fee: null }, null, 'missing-cost', false],
    ['no GMV entered', null, 0, { fee: 100 }, null, 'missing-gmv', false],
    ['no GMV and no cost: cost is named first', null, 0, { fee: null }, null, 'missing-cost', false],
    ['overflow', Number.MAX_VALUE, 0, { fee: 1e-300 }, null, 'out-of-range', false],
  ] as const)('%s', (_label, gmv, refunds, costs, value, reason, provisional) => {
    const metric = roi(result({ gmv, refunds, cost: null, costs }));
    expect(metric.value).toBe(value);
    expect(metric.reason).toBe(reason);
    expect(metric.provisional).toBe(provisional);
    expect(metric.formulaKey).toBe('collab.formula.roi');
    expect(metric.inputs).toMatchObject({ gmv, refunds });
  });

  it('shows its inputs', () => {
    expect(roi(result({ gmv: 500, refunds: 50, costs: { commission: 50, fee: 100 } })).inputs).toEqual({
      gmv: 500,
      refunds: 50,
      cost: 150,
      commission: 50,
      fee: 100,
      sample: null,
      shipping: null,
      currency: 'USD',
    });
  });

  it('total cost is null only when nothing was entered', () => {
    expect(totalCost({ commission: null, fee: null, sample: null, shipping: null })).toBeNull();
    expect(totalCost({ commission: 0, fee: null, sample: null, shipping: null })).toBe(0);
    expect(totalCost({ commission: 1, fee: 2, sample: 3, shipping: 4 })).toBe(10);
  });
});

describe('gpm = GMV ÷ views × 1,000', () => {
  it.each([
    ['plain', 300, 10_000, 30, null],
    ['one view', 5, 1, 5_000, null],
    ['GMV 0', 0, 50_000, 0, null],
    ['gross GMV: refunds do not change GPM', 1_000, 200_000, 5, null],
    ['zero views', 300, 0, null, 'zero-views'],
    ['no views entered', 300, null, null, 'missing-views'],
    ['no GMV entered', null, 10_000, null, 'missing-gmv'],
    ['overflow', Number.MAX_VALUE, 1, null, 'out-of-range'],
  ] as const)('%s', (_label, gmv, views, value, reason) => {
    const metric = gpm(result({ gmv, views, refunds: 999 }));
    expect(metric.value).toBe(value);
    expect(metric.reason).toBe(reason);
    expect(metric.formulaKey).toBe('collab.formula.gpm');
    expect(metric.inputs).toEqual({ gmv, views, currency: 'USD' });
  });
});

const amount = fc.option(fc.double({ min: 0, max: 1e308, noNaN: true, noDefaultInfinity: true }), { nil: null });
const count = fc.option(fc.nat(), { nil: null });
const arbitraryResult: fc.Arbitrary<CollaborationResult> = fc.record({
  id: fc.constant('r'),
  seq: fc.constant(1),
  date: fc.nat(),
  kind: fc.constantFrom('video' as const, 'live' as const),
  link: fc.constant(null),
  views: count,
  orders: count,
  gmv: amount,
  refunds: amount,
  costs: fc.record({ commission: amount, fee: amount, sample: amount, shipping: amount }),
  currency: fc.constantFrom('USD', 'IDR'),
});

describe('properties', () => {
  it('ROI and GPM are a finite number or null with a reason, never NaN or Infinity', () => {
    fc.assert(
      fc.property(arbitraryResult, (r) => {
        for (const metric of [roi(r), gpm(r)]) {
          if (metric.value === null) expect(metric.reason).not.toBeNull();
          else {
            expect(Number.isFinite(metric.value)).toBe(true);
            expect(metric.reason).toBeNull();
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('aggregates are finite or null too', () => {
    fc.assert(
      fc.property(fc.array(arbitraryResult, { maxLength: 8 }), (results) => {
        for (const totals of aggregateResults(results)) {
          for (const metric of [totals.roi, totals.gpm]) {
            if (metric.value !== null) expect(Number.isFinite(metric.value)).toBe(true);
            else expect(metric.reason).not.toBeNull();
          }
        }
      }),
    );
  });
});

describe('aggregates', () => {
  const results = [
    result({ id: 'a', gmv: 300, refunds: 0, cost: 100, views: 10_000, orders: 5 }),
    result({ id: 'b', gmv: 100, refunds: 20, cost: 100, views: 30_000, orders: 2 }),
    result({ id: 'c', gmv: 50, refunds: null, cost: null, views: null, orders: null }),
    result({ id: 'd', gmv: 1_000_000, refunds: 0, cost: 200_000, views: 5_000, currency: 'IDR' }),
  ];

  it('never adds two currencies; ROI and GPM over the results that have their inputs', () => {
    const [idr, usd] = aggregateResults(results);
    expect(idr?.currency).toBe('IDR');
    expect(idr?.roi.value).toBe(5);
    expect(idr?.gpm.value).toBe(200_000);
    expect(usd).toMatchObject({ currency: 'USD', results: 3, views: 40_000, orders: 7, gmv: 450, refunds: 20, cost: 200 });
    expect(usd?.roi.value).toBe((400 - 20) / 200);
    expect(usd?.roi.inputs).toMatchObject({ included: 2, excluded: 1 });
    expect(usd?.roi.provisional).toBe(false);
    expect(usd?.gpm.value).toBe((400 / 40_000) * 1000);
    expect(usd?.gpm.inputs).toMatchObject({ included: 2, excluded: 1 });
  });

  it('says why when no result can be included', () => {
    const [usd] = aggregateResults([result({ cost: 0 }), result({ id: 'x', cost: 0 })]);
    expect(usd?.roi).toMatchObject({ value: null, reason: 'zero-cost' });
    const [noViews] = aggregateResults([result({ views: 0 })]);
    expect(noViews?.gpm).toMatchObject({ value: null, reason: 'zero-views' });
  });

  it('counts the GMV of a zero-cost result in the collaboration ROI', () => {
    const [usd] = aggregateResults([result({ id: 'a', gmv: 100, cost: 100 }), result({ id: 'b', gmv: 200, cost: 0 })]);
    expect(usd?.roi).toMatchObject({ value: 3, reason: null, inputs: { included: 2, excluded: 0 } });
  });

  it('is provisional when a result with GMV and cost has no refunds entered', () => {
    const [usd] = aggregateResults([result({ id: 'a' }), result({ id: 'b', refunds: null })]);
    expect(usd?.roi.provisional).toBe(true);
  });

  it('filters by a window (from inclusive, to exclusive)', () => {
    const t = Date.UTC(2026, 0, 10);
    const list = [result({ id: 'a', date: t - 1 }), result({ id: 'b', date: t }), result({ id: 'c', date: t + 10 })];
    expect(aggregateResults(list, { from: t })[0]?.results).toBe(2);
    expect(aggregateResults(list, { to: t + 10 })[0]?.results).toBe(2);
    expect(aggregateResults(list, { from: t, to: t + 10 })[0]?.results).toBe(1);
    expect(aggregateResults([], {})).toEqual([]);
  });

  it('per collaboration and per creator (handle case and @ ignored), month by month in the merchant zone', () => {
    const jan31Late = Date.UTC(2026, 0, 31, 20); // 1 February 04:00 in Shanghai
    const c1 = { ...collaboration({ id: 'c1', results: [result({ id: 'a', date: jan31Late })] }), creatorHandle: '@Alice' };
    const c2 = collaboration({
      id: 'c2',
      creatorHandle: 'alice',
      results: [result({ id: 'b', date: Date.UTC(2026, 2, 1), gmv: 100 })],
    });
    const other = collaboration({ id: 'c3', creatorHandle: 'bob', results: [result({ id: 'z' })] });
    expect(aggregateCollaboration(c1)[0]?.gmv).toBe(300);
    expect(aggregateCreator([c1, c2, other], 'ALICE')[0]).toMatchObject({ results: 2, gmv: 400 });
    expect(creatorTimeline([c1, c2, other], 'alice', 'Asia/Shanghai').map((m) => m.month)).toEqual([
      '2026-02',
      '2026-03',
    ]);
    expect(creatorTimeline([c1, c2, other], 'alice', 'America/New_York').map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
    ]);
  });
});
