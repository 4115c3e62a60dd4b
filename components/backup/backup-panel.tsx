import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { ImportMode } from '@/lib/backup/import-plan';
import { backupReminder } from '@/lib/backup/reminder';
import { backupStatus } from '@/lib/db/queries/backup-data';
import type { VettokDatabase } from '@/lib/db/database';
import { createBackupTransport, watchImportProgress, type BackupPhase } from '@/lib/messaging/backup-transport';
import { downloadText } from '../download';
import { useI18n } from '../i18n';
import { useErrorText } from '../use-send';
import { ImportPreview } from './import-preview';

/**
 * Full JSON backup: export, import with a preview (lib/messaging/backup-transport.ts does the
 * work; this renders its phases), the last backup date and a reminder when it is old.
 */
export function BackupPanel({ db, now }: { db: VettokDatabase; now: number }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [phase, setPhase] = useState<BackupPhase>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const transport = useMemo(() => createBackupTransport(setPhase), []);
  const status = useLiveQuery(() => backupStatus(db), [db]);
  const reminder = status ? backupReminder(status.last, now, status.hasData) : null;
  const writing = phase.kind === 'busy' && phase.step === 'writing';

  // While the background writes, it reports rows written.
  useEffect(() => {
    if (!writing) return;
    return watchImportProgress((done, total) =>
      setPhase((current) => (current.kind === 'busy' && current.step === 'writing' ? { kind: 'busy', step: 'writing', done, total } : current)),
    );
  }, [writing]);
  const busy = phase.kind === 'busy';
  const chooseFile = (file: File) => void transport.checkFile(file);

  /** A finished phase in the merchant's words. */
  function outcomeText(done: Extract<BackupPhase, { kind: 'done' }>): string {
    switch (done.outcome) {
      case 'imported':
        return t('import.done', { count: done.count });
      case 'exported':
        return t('backup.exported', { count: done.count });
      case 'refused':
        return t(`backup.error.${done.code}`, { detail: done.detail });
      case 'failed':
        return done.interrupted ? t('backup.error.interrupted') : errorText(done.error);
    }
  }

  return (
    <section className="vt-backup" aria-label={t('backup.title')} data-testid="backup-panel">
      <div className="vt-actions">
        <button type="button" className="vt-button" onClick={() => void transport.exportBackup(db, (name, text) => downloadText(name, text, 'application/json'))} disabled={busy} data-testid="export-json">
          {t('backup.export')}
        </button>
        <label className={`vt-button vt-file${busy ? ' vt-disabled' : ''}`}>
          {t('backup.import')}
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) chooseFile(file);
            }}
          />
        </label>
        <span className="vt-muted" data-testid="last-backup" data-value={status?.last ?? ''}>
          {status?.last ? t('backup.last', { date: new Date(status.last).toLocaleDateString(locale) }) : t('backup.never')}
        </span>
      </div>
      {reminder && (
        <p className="vt-warning" role="note" data-testid="backup-reminder" data-kind={reminder}>
          {t(`backup.reminder.${reminder}`)}
        </p>
      )}
      {phase.kind === 'busy' && (
        <p className="vt-progress" role="status" data-testid="import-progress" data-step={phase.step}>
          {phase.step === 'writing' && phase.total
            ? t('backup.step.writingCount', { done: phase.done ?? 0, total: phase.total })
            : t(`backup.step.${phase.step}`, { done: (phase.done ?? 0) + 1, total: phase.total ?? 1 })}
          {phase.total ? <progress max={phase.total} value={phase.done ?? 0} /> : <progress />}
        </p>
      )}
      {phase.kind === 'preview' && (
        <ImportPreview
          fileName={phase.file.name}
          createdAt={phase.createdAt}
          counts={phase.counts}
          plans={phase.plans}
          mode={mode}
          onMode={setMode}
          onConfirm={() => void transport.commit(phase.sessionId, phase.file, mode)}
          onCancel={() => setPhase({ kind: 'idle' })}
        />
      )}
      {phase.kind === 'done' && (
        <p
          className={phase.outcome === 'imported' || phase.outcome === 'exported' ? 'vt-ok' : 'vt-error'}
          role={phase.outcome === 'refused' || phase.outcome === 'failed' ? 'alert' : 'status'}
          data-testid="import-result"
          data-outcome={phase.outcome}
        >
          {outcomeText(phase)}
          {'retry' in phase && phase.retry && (
            <>
              {' '}
              <button type="button" className="vt-button" data-testid="import-retry" onClick={() => chooseFile(phase.retry!)}>
                {t('backup.retry')}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
