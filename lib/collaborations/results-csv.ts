import { buildCsv, type CsvDelimiter, type CsvValue } from '../shortlists/csv';
import type { CsvTexts } from '../shortlists/csv-texts';
import type { Collaboration } from './collaboration';
import { gpm, roi } from './metrics';
import { inDateOrder } from './stop-loss';

/**
 * Columns of the results CSV, in order; the headers come from the catalogue (`collab.csv.<column>`).
 * The first columns are for people: values in the UI language, the date in the merchant's locale
 * and time zone. The last ones hold stable codes for re-import: the collaboration's and result's
 * ids, status and kind codes, the exact instant (ISO 8601, UTC).
 */
export const RESULT_CSV_COLUMNS = [
  'handle',
  'profileUrl',
  'status',
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
  'collaborationId',
  'resultId',
  'statusCode',
  'kindCode',
  'dateIso',
] as const;
export type ResultCsvColumn = (typeof RESULT_CSV_COLUMNS)[number];

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Every result of the collaborations as CSV (UTF-8 BOM, CRLF, formula-safe cells via the shortlist
 * CSV helper), fields separated by `delimiter`; each collaboration's results by date, then in the
 * order they were entered. The handle is written without "@" (no formula guard needed, so no
 * apostrophe shows), next to the profile URL. A blank figure stays blank, never 0.
 */
export function resultsCsv(collaborations: readonly Collaboration[], texts: CsvTexts, delimiter: CsvDelimiter = ','): string {
  const { t } = texts;
  const rows: CsvValue[][] = [];
  for (const c of collaborations) {
    for (const r of inDateOrder(c.results)) {
      const values: Record<ResultCsvColumn, CsvValue> = {
        handle: c.creatorHandle,
        profileUrl: `https://www.tiktok.com/@${c.creatorHandle}`,
        status: t(`collab.status.${c.status}`),
        date: texts.dateTime(r.date),
        kind: t(`collab.result.${r.kind}`),
        link: r.link,
        views: r.views,
        orders: r.orders,
        gmv: r.gmv,
        refunds: r.refunds,
        commission: r.costs.commission,
        fee: r.costs.fee,
        sample: r.costs.sample,
        shipping: r.costs.shipping,
        currency: r.currency,
        roi: round(roi(r).value, 4),
        gpm: round(gpm(r).value, 4),
        collaborationId: c.id,
        resultId: r.id,
        statusCode: c.status,
        kindCode: r.kind,
        dateIso: new Date(r.date).toISOString(),
      };
      rows.push(RESULT_CSV_COLUMNS.map((column) => values[column]));
    }
  }
  return buildCsv(RESULT_CSV_COLUMNS.map((column) => t(`collab.csv.${column}`)), rows, delimiter);
}
