import { buildCsv, type CsvDelimiter, type CsvValue } from './csv';
import { isoDay, type CsvTexts } from './csv-texts';
import type { ShortlistRowView } from './row-view';

/**
 * Column ids of the shortlist CSV, in order (header texts come from the UI catalogue). The first
 * columns are for people (values in the UI language, the date in the merchant's locale and time
 * zone); the `*Code` columns after them hold the same values as stable codes, for re-import and
 * formulas, whatever the language the file was written in.
 */
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
  'statusCode',
  'tierCode',
  'merchantTierCode',
  'confidenceCode',
  'languageCode',
  'regionCode',
  'addedAtIso',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * One row. The handle is written without "@" (a cell starting with "@" is a formula to a
 * spreadsheet, and guarding it would show an apostrophe); the profile URL column links it.
 */
export function csvRow(row: ShortlistRowView, listName: string, texts: CsvTexts, timeZone: string): CsvValue[] {
  const { t } = texts;
  const values: Record<CsvColumn, CsvValue> = {
    handle: row.handle,
    nickname: row.nickname,
    profileUrl: `https://www.tiktok.com/@${row.handle}`,
    list: listName,
    status: t(`status.${row.status}`),
    priority: row.priority,
    tags: row.tags.join('; '),
    note: row.note,
    followers: row.followers,
    tier: row.tier && t(`tier.${row.tier}`),
    merchantTier: row.merchantTier && t(`merchantTier.${row.merchantTier}`),
    score: row.score === null ? null : Math.round(row.score),
    grade: row.grade,
    confidence: row.confidence && t(`confidence.${row.confidence}`),
    pitfalls: row.pitfalls.join(' '),
    language: row.language && texts.language(row.language),
    region: row.region && texts.region(row.region),
    addedAt: texts.date(row.addedAt),
    statusCode: row.status,
    tierCode: row.tier,
    merchantTierCode: row.merchantTier,
    confidenceCode: row.confidence,
    languageCode: row.language,
    regionCode: row.region,
    addedAtIso: isoDay(row.addedAt, timeZone),
  };
  return CSV_COLUMNS.map((c) => values[c]);
}

/**
 * The CSV of a list's rows, headers and values in the merchant's language (`texts`), dates in
 * `timeZone`; the fields are separated by `delimiter` (`csvDelimiterFor` the merchant's locale).
 */
export function shortlistCsv(
  rows: Iterable<ShortlistRowView>,
  listName: (listId: string) => string,
  texts: CsvTexts,
  timeZone: string,
  delimiter: CsvDelimiter = ',',
): string {
  function* lines() {
    for (const row of rows) yield csvRow(row, listName(row.listId), texts, timeZone);
  }
  return buildCsv(CSV_COLUMNS.map((c) => texts.t(`csv.${c}`)), lines(), delimiter);
}
