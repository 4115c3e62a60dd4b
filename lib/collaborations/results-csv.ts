import { buildCsv, type CsvDelimiter, type CsvValue } from '../shortlists/csv';
import type { Collaboration } from './collaboration';
import { gpm, roi } from './metrics';
import { inDateOrder } from './stop-loss';

/** Columns of the results CSV, in order; the caller labels them (translated). */
export const RESULT_CSV_COLUMNS = [
  'handle',
  'collaboration',
  'date',
  'kind',
  'link',
  'views',
  'orders',
  'gmv',
  'refunds',
  'commission',
  'fee',
  'sample',
  'shipping',
  'currency',
  'roi',
  'gpm',
] as const;
export type ResultCsvColumn = (typeof RESULT_CSV_COLUMNS)[number];

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Every result of the collaborations as CSV (UTF-8 BOM, CRLF, formula-safe cells via the shortlist
 * CSV helper), fields separated by `delimiter`. Dates are ISO 8601 in UTC; a blank figure stays
 * blank, never 0.
 */
export function resultsCsv(
  collaborations: readonly Collaboration[],
  label: (column: ResultCsvColumn) => string,
  delimiter: CsvDelimiter = ',',
): string {
  const rows: CsvValue[][] = [];
  for (const c of collaborations) {
    for (const r of inDateOrder(c.results)) {
      rows.push([
        `@${c.creatorHandle}`,
        c.id,
        new Date(r.date).toISOString(),
        r.kind,
        r.link,
        r.views,
        r.orders,
        r.gmv,
        r.refunds,
        r.costs.commission,
        r.costs.fee,
        r.costs.sample,
        r.costs.shipping,
        r.currency,
        round(roi(r).value, 4),
        round(gpm(r).value, 4),
      ]);
    }
  }
  return buildCsv(RESULT_CSV_COLUMNS.map(label), rows, delimiter);
}
