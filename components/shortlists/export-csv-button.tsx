import { csvDelimiterFor } from '@/lib/shortlists/csv';
import { csvTexts } from '@/lib/shortlists/csv-texts';
import { shortlistCsv } from '@/lib/shortlists/shortlist-csv';
import type { ShortlistRowView } from '@/lib/shortlists/row-view';
import { downloadText } from '../download';
import { useI18n } from '../i18n';

/** Downloads the rows as shown (filtered and sorted) as a CSV that Excel opens with Chinese intact. */
export function ExportCsvButton({ rows, listName }: { rows: readonly ShortlistRowView[]; listName: string }) {
  const { t, locale } = useI18n();
  return (
    <button
      type="button"
      className="vt-button"
      disabled={rows.length === 0}
      data-testid="export-csv"
      onClick={() => {
        // Values in the UI language, dates in the merchant's time zone; the separator the merchant's
        // Excel splits on (";" in id, vi, de, fr…).
        const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        const csv = shortlistCsv(rows, () => listName, csvTexts(locale, timeZone), timeZone, csvDelimiterFor(navigator.language));
        const safeName = listName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 40) || 'shortlist';
        downloadText(`vettok-${safeName}-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
      }}
    >
      {t('export.csv', { count: rows.length })}
    </button>
  );
}
