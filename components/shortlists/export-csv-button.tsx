import { csvDelimiterFor } from '@/lib/shortlists/csv';
import { shortlistCsv } from '@/lib/shortlists/shortlist-csv';
import type { ShortlistRowView } from '@/lib/shortlists/row-view';
import { downloadText } from '../download';
import { useI18n } from '../i18n';

/** Downloads the rows as shown (filtered and sorted) as a CSV that Excel opens with Chinese intact. */
export function ExportCsvButton({ rows, listName }: { rows: readonly ShortlistRowView[]; listName: string }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="vt-button"
      disabled={rows.length === 0}
      data-testid="export-csv"
      onClick={() => {
        // The separator the merchant's Excel splits on (";" in id, vi, de, fr…).
        const csv = shortlistCsv(rows, () => listName, (c) => t(`csv.${c}`), csvDelimiterFor(navigator.language));
        const safeName = listName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 40) || 'shortlist';
        downloadText(`vettok-${safeName}-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
      }}
    >
      {t('export.csv', { count: rows.length })}
    </button>
  );
}
