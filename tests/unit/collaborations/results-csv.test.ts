import { describe, expect, it } from 'vitest';
import { resultsCsv, RESULT_CSV_COLUMNS } from '../../../lib/collaborations/results-csv';
import { roiSeries } from '../../../lib/collaborations/roi-series';
import { csvTexts } from '../../../lib/shortlists/csv-texts';
import { collaboration, result } from './factories';

/** The cells of a CSV line written with "," (quoted cells unquoted). */
function cells(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) out.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
  return out;
}

describe('results CSV', () => {
  const c = collaboration({
    id: 'c1',
    creatorHandle: 'jelly.here10',
    status: 'published',
    results: [
      result({ id: 'r2', seq: 1, date: Date.UTC(2026, 1, 2), gmv: 300, refunds: null, views: null, link: 'https://www.tiktok.com/@x/video/2' }),
      result({ id: 'r1', seq: 2, date: Date.UTC(2026, 0, 2, 20, 30), kind: 'live', gmv: 100, refunds: 0, views: 1000, costs: { commission: 50, fee: null, sample: null, shipping: null } }),
    ],
  });

  it('has a BOM, one line per result in date order, blanks kept blank, the handle without "@" and no apostrophe anywhere', () => {
    const csv = resultsCsv([c], csvTexts('en', 'UTC'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const column = (name: (typeof RESULT_CSV_COLUMNS)[number]) => RESULT_CSV_COLUMNS.indexOf(name);
    expect(cells(lines[0]!)[column('handle')]).toBe('Handle');
    const [first, second] = [cells(lines[1]!), cells(lines[2]!)];
    expect(first[column('handle')]).toBe('jelly.here10');
    expect(first[column('profileUrl')]).toBe('https://www.tiktok.com/@jelly.here10');
    expect(first[column('dateIso')]).toBe('2026-01-02T20:30:00.000Z');
    expect(first[column('roi')]).toBe('2');
    expect(first[column('gpm')]).toBe('100');
    expect(second[column('views')]).toBe('');
    expect(csv).not.toContain("'");
  });

  it('writes values in Chinese for a zh-CN merchant, dates in their time zone, codes in the extra columns (issue 17)', () => {
    const csv = resultsCsv([c], csvTexts('zh-CN', 'Asia/Shanghai'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const header = cells(lines[0]!);
    expect(header.slice(0, 5)).toEqual(['达人账号', '主页链接', '合作状态', '日期', '类型']);
    expect(header.slice(-5)).toEqual(['合作编号', '数据编号', '状态代码', '类型代码', '日期（ISO 8601，UTC）']);
    const row = Object.fromEntries(RESULT_CSV_COLUMNS.map((name, i) => [name, cells(lines[1]!)[i]]));
    // 20:30 UTC on 2 January is 04:30 on 3 January in Shanghai (UTC+8).
    expect(row).toMatchObject({
      handle: 'jelly.here10',
      status: '已发布',
      date: '2026年1月3日 04:30',
      kind: '直播',
      collaborationId: 'c1',
      resultId: 'r1',
      statusCode: 'published',
      kindCode: 'live',
      dateIso: '2026-01-02T20:30:00.000Z',
    });
    // No English value and no UUID-like id in the people's columns.
    for (const name of ['status', 'kind', 'date'] as const) expect(row[name]).not.toMatch(/[A-Za-z]/);
  });

  it('keeps the formula guard for what the merchant typed, with either separator', () => {
    const hostile = collaboration({ creatorHandle: 'alice', results: [result({ currency: 'USD' })] });
    const texts = { ...csvTexts('en', 'UTC'), t: (key: string) => (key === 'collab.csv.handle' ? '=HYPERLINK("x")' : key === 'collab.status.accepted' ? '+1;=2' : key) };
    for (const delimiter of [',', ';'] as const) {
      const csv = resultsCsv([hostile], texts, delimiter);
      expect(csv).toContain(`'=HYPERLINK`);
      expect(csv).toContain(`"'+1;'=2"`);
    }
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
