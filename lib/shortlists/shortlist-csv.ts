import { buildCsv, type CsvDelimiter, type CsvValue } from './csv';
import type { ShortlistRowView } from './row-view';

/** Column ids of the shortlist CSV, in order (header texts come from the UI catalogue). */
export const CSV_COLUMNS = [
  'handle',
  'nickname',
  'profileUrl',
  'list',
  'status',
  'priority',
  'tags',
  'note',
  'followers',
  'tier',
  'merchantTier',
  'score',
  'grade',
  'confidence',
  'pitfalls',
  'language',
  'region',
  'addedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function csvRow(row: ShortlistRowView, listName: string): CsvValue[] {
  const values: Record<CsvColumn, CsvValue> = {
    handle: row.handle,
    nickname: row.nickname,
    profileUrl: `https://www.tiktok.com/@${row.handle}`,
    list: listName,
    status: row.status,
    priority: row.priority,
    tags: row.tags.join('; '),
    note: row.note,
    followers: row.followers,
    tier: row.tier,
    merchantTier: row.merchantTier,
    score: row.score === null ? null : Math.round(row.score),
    grade: row.grade,
    confidence: row.confidence,
    pitfalls: row.pitfalls.join(' '),
    language: row.language,
    region: row.region,
    addedAt: new Date(row.addedAt).toISOString().slice(0, 10),
  };
  return CSV_COLUMNS.map((c) => values[c]);
}

/**
 * The CSV of a list's rows: `header(column)` names each column in the merchant's language; the
 * fields are separated by `delimiter` (`csvDelimiterFor` the merchant's locale).
 */
export function shortlistCsv(
  rows: Iterable<ShortlistRowView>,
  listName: (listId: string) => string,
  header: (c: CsvColumn) => string,
  delimiter: CsvDelimiter = ',',
): string {
  function* lines() {
    for (const row of rows) yield csvRow(row, listName(row.listId));
  }
  return buildCsv(CSV_COLUMNS.map(header), lines(), delimiter);
}
