import { useI18n } from '../i18n';
import { COLUMN_SPECS, OPTIONAL_COLUMNS, type ColumnId } from './shortlist-columns';

/** Which columns the shortlist shows after the creator: check boxes in a disclosure, kept on this device. */
export function ColumnChooser({ columns, onChange }: { columns: readonly ColumnId[]; onChange: (next: ColumnId[]) => void }) {
  const { t } = useI18n();
  return (
    <details className="vt-columns" data-testid="column-chooser">
      <summary>{t('columns.choose')}</summary>
      <div className="vt-columns-list">
        {OPTIONAL_COLUMNS.map((id) => (
          <label key={id} className="vt-check">
            <input
              type="checkbox"
              checked={columns.includes(id)}
              data-testid={`column-${id}`}
              onChange={(e) => onChange(OPTIONAL_COLUMNS.filter((c) => (c === id ? e.target.checked : columns.includes(c))))}
            />
            {t(COLUMN_SPECS[id].label)}
          </label>
        ))}
      </div>
    </details>
  );
}
