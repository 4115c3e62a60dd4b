import { describe, expect, it } from 'vitest';
import { csvTexts, isoDay } from '../../../lib/shortlists/csv-texts';
import type { ShortlistRowView } from '../../../lib/shortlists/row-view';
import { CSV_COLUMNS, shortlistCsv } from '../../../lib/shortlists/shortlist-csv';
import { foreignLatinWords } from '../i18n/zh-latin-words';

const row: ShortlistRowView = {
  entryId: 'e1',
  listId: 'l1',
  handle: 'jelly.here10',
  status: 'contacted',
  priority: 2,
  tags: ['美妆'],
  note: '',
  // 2026-03-01 23:30 UTC: 2 March in Shanghai.
  addedAt: Date.UTC(2026, 2, 1, 23, 30),
  haystack: '',
  nickname: 'Jelly',
  followers: 52_000,
  score: 71.6,
  grade: 'B',
  tier: 'micro',
  merchantTier: 'tail',
  confidence: 'full',
  pitfalls: ['P1', 'P9'],
  flagIds: [],
  language: 'es',
  region: 'VN',
};

/** The one data line of a CSV of `row`, by column (no cell here needs quotes). */
function cellsOf(csv: string): Record<string, string> {
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  const values = lines[1]!.split(',');
  return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, values[i] ?? '']));
}

describe('shortlist CSV in the merchant\'s language (issue 17)', () => {
  it('zh-CN: Chinese values, the local date, names of language and region; codes in their own columns', () => {
    const csv = shortlistCsv([row], () => '头部 Q4', csvTexts('zh-CN', 'Asia/Shanghai'), 'Asia/Shanghai');
    const cells = cellsOf(csv);
    expect(cells).toMatchObject({
      handle: 'jelly.here10',
      profileUrl: 'https://www.tiktok.com/@jelly.here10',
      status: '已联系',
      tier: '1万–10万粉',
      merchantTier: '尾部',
      confidence: '完整作品数据',
      language: '西班牙语',
      region: '越南',
      addedAt: '2026年3月2日',
      statusCode: 'contacted',
      tierCode: 'micro',
      merchantTierCode: 'tail',
      confidenceCode: 'full',
      languageCode: 'es',
      regionCode: 'VN',
      addedAtIso: '2026-03-02',
    });
    // The people's columns read as Chinese: no English word but the allowed ones (and the nickname).
    for (const column of ['status', 'tier', 'merchantTier', 'confidence', 'language', 'region', 'addedAt'] as const) {
      expect(foreignLatinWords(cells[column]!), column).toEqual([]);
    }
    const header = csv.slice(1).split('\r\n')[0]!;
    expect(foreignLatinWords(header)).toEqual([]);
    // No handle cell starts with "@", so no formula guard shows.
    expect(csv).not.toContain("'");
  });

  it('en: English values and dates; the same codes', () => {
    // "Mar 1, 2026" holds the separator, so it is quoted (commas dropped here to split the line).
    const cells = cellsOf(shortlistCsv([row], () => 'Q4', csvTexts('en', 'UTC'), 'UTC').replace(/"[^"]*"/g, (q) => q.replace(/,/g, '')));
    expect(cells).toMatchObject({ status: 'Contacted', language: 'Spanish', region: 'Vietnam', addedAt: '"Mar 1 2026"', statusCode: 'contacted', addedAtIso: '2026-03-01' });
  });
});

describe('isoDay (the re-importable date column)', () => {
  it('gives the day in each time zone asked, whichever zone was asked before (one formatter kept per zone)', () => {
    // 2026-03-01 23:30 UTC is already 2 March in Shanghai (UTC+8) and still 1 March in Los Angeles (UTC−8).
    const at = Date.UTC(2026, 2, 1, 23, 30);
    expect([isoDay(at, 'UTC'), isoDay(at, 'Asia/Shanghai'), isoDay(at, 'America/Los_Angeles'), isoDay(at, 'Asia/Shanghai')]).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});
