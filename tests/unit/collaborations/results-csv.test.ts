import { describe, expect, it } from 'vitest';
import { resultsCsv, RESULT_CSV_COLUMNS } from '../../../lib/collaborations/results-csv';
import { roiSeries } from '../../../lib/collaborations/roi-series';
import { collaboration, result } from './factories';

describe('results CSV', () => {
  it('has a BOM, one line per result in date order, blanks kept blank, and no formula cells', () => {
    const c = collaboration({
      id: 'c1',
      creatorHandle: 'jelly.here10',
      results: [
        result({ id: 'r2', date: Date.UTC(2026, 1, 2), gmv: 300, refunds: null, views: null, link: 'https://www.tiktok.com/@x/video/2' }),
        result({ id: 'r1', date: Date.UTC(2026, 0, 2), gmv: 100, refunds: 0, views: 1000, costs: { commission: 50, fee: null, sample: null, shipping: null } }),
      ],
    });
    const csv = resultsCsv([c], (col) => (col === 'handle' ? '=达人' : col));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(["'=达人", ...RESULT_CSV_COLUMNS.slice(1)].join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('2026-01-02T00:00:00.000Z');
    expect(lines[1]!.split(',').at(-2)).toBe('2');
    expect(lines[1]!.split(',').at(-1)).toBe('100');
    expect(lines[2]!.split(',')[5]).toBe('');
    expect(lines[1]!.startsWith("'@jelly.here10")).toBe(true);
  });
});

describe('ROI series for the chart', () => {
  it('groups by month in the merchant zone and charts the most used currency only', () => {
    const c = collaboration({
      results: [
        result({ id: 'a', date: Date.UTC(2026, 0, 31, 20), gmv: 200, refunds: 0, costs: { commission: 100, fee: null, sample: null, shipping: null } }),
        result({ id: 'b', date: Date.UTC(2026, 1, 10), gmv: 50, refunds: 0, costs: { commission: 100, fee: null, sample: null, shipping: null } }),
        result({ id: 'c', date: Date.UTC(2026, 1, 11), gmv: 1, refunds: 0, currency: 'IDR' }),
      ],
    });
    const series = roiSeries([c], 'Asia/Shanghai');
    expect(series.currency).not.toBe('IDR');
    expect(series.points.map((p) => p.month)).toEqual(['2026-02']);
    expect(series.points[0]!.results).toBe(2);
    expect(roiSeries([], 'UTC')).toEqual({ currency: null, points: [] });
  });
});
