import type { BackupCounts, BackupTable } from '@/lib/backup/backup-format';
import { BACKUP_TABLES } from '@/lib/backup/backup-format';
import type { ImportMode, ImportPlan } from '@/lib/backup/import-plan';
import { useI18n } from '../i18n';

/** What an import will do, table by table, before anything is written. */
export function ImportPreview({
  fileName,
  createdAt,
  counts,
  plans,
  mode,
  onMode,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  createdAt: string;
  counts: BackupCounts;
  plans: Record<ImportMode, ImportPlan>;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const plan = plans[mode];
  const conflicts = BACKUP_TABLES.reduce((sum, table) => sum + plans.merge[table].conflicts, 0);
  return (
    <section className="vt-card vt-import-preview" data-testid="import-preview" aria-label={t('import.previewTitle')}>
      <h3>{t('import.previewTitle')}</h3>
      <p>
        {fileName} · {t('import.createdAt', { date: new Date(createdAt).toLocaleString(locale) })}
      </p>
      <table className="vt-table">
        <thead>
          <tr>
            <th>{t('import.table')}</th>
            <th className="vt-num">{t('import.inFile')}</th>
            <th className="vt-num">{t('import.added')}</th>
            <th className="vt-num">{mode === 'merge' ? t('import.conflicts') : t('import.removed')}</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table: BackupTable) => (
            <tr key={table} data-table={table}>
              <td>{t(`table.${table}`)}</td>
              <td className="vt-num">{counts[table]}</td>
              <td className="vt-num">{plan[table].added}</td>
              <td className="vt-num">{mode === 'merge' ? plan[table].conflicts : plan[table].removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="vt-modes">
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onMode('merge')} data-testid="import-mode-merge" />
          {t('import.merge')}
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} data-testid="import-mode-replace" />
          {t('import.replace')}
        </label>
      </fieldset>
      <p className="vt-muted">{mode === 'merge' ? t('import.mergeHelp', { conflicts }) : t('import.replaceHelp')}</p>
      <div className="vt-actions">
        <button type="button" className={`vt-button ${mode === 'replace' ? 'vt-danger' : 'vt-primary'}`} onClick={onConfirm} data-testid="import-confirm">
          {mode === 'merge' ? t('import.confirmMerge') : t('import.confirmReplace')}
        </button>
        <button type="button" className="vt-button" onClick={onCancel} data-testid="import-cancel">
          {t('action.cancel')}
        </button>
      </div>
    </section>
  );
}
