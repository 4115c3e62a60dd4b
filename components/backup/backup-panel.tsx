import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { MAX_BACKUP_BYTES, type BackupCounts } from '@/lib/backup/backup-format';
import { backupFileName, backupText } from '@/lib/backup/build-backup';
import type { ImportMode, ImportPlan } from '@/lib/backup/import-plan';
import { importFailureOf } from '@/lib/backup/import-failure';
import { backupReminder } from '@/lib/backup/reminder';
import { backupStatus, readAllData } from '@/lib/db/queries/backup-data';
import type { VettokDatabase } from '@/lib/db/database';
import { stageImportFile } from '@/lib/db/import-staging';
import { IMPORT_CHUNK_CHARS, IMPORT_PROGRESS_KEY } from '@/lib/messaging/protocol';
import { downloadText } from '../download';
import { useI18n } from '../i18n';
import { useErrorText, useSend } from '../use-send';
import { ImportPreview } from './import-preview';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; step: 'reading' | 'checking' | 'sending' | 'writing' | 'exporting'; done?: number; total?: number }
  | { kind: 'preview'; file: File; sessionId: string; createdAt: string; counts: BackupCounts; plans: Record<ImportMode, ImportPlan> }
  | { kind: 'done'; outcome: 'imported' | 'refused' | 'exported' | 'failed'; message: string; retry?: File };

/** Refusals that say nothing about the file: choosing it again works. */
const RETRY_CODES = new Set(['interrupted', 'incomplete']);

/**
 * Full JSON backup (read here, from the database); import: the file goes to the background in
 * chunks, the background checks it once and answers with a preview, and on confirmation writes it
 * in one transaction. Also the last backup date and a reminder when it is old.
 */
export function BackupPanel({ db, now }: { db: VettokDatabase; now: number }) {
  const { t, locale } = useI18n();
  const send = useSend();
  const errorText = useErrorText();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const status = useLiveQuery(() => backupStatus(db), [db]);
  const reminder = status ? backupReminder(status.last, now, status.hasData) : null;
  const writing = phase.kind === 'busy' && phase.step === 'writing';

  // While the background writes, it reports rows written in storage.local.
  useEffect(() => {
    if (!writing) return;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const value = changes[IMPORT_PROGRESS_KEY]?.newValue as { done?: unknown; total?: unknown } | undefined;
      if (area !== 'local' || typeof value?.done !== 'number' || typeof value.total !== 'number') return;
      const { done, total } = value as { done: number; total: number };
      setPhase((current) => (current.kind === 'busy' && current.step === 'writing' ? { kind: 'busy', step: 'writing', done, total } : current));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [writing]);
  const busy = phase.kind === 'busy';

  /** An import that failed: a merchant's words for it, and the file to try again with where that works. */
  function importFailed(error: unknown, file: File): Phase {
    if (importFailureOf(error) === 'interrupted') return { kind: 'done', outcome: 'failed', message: t('backup.error.interrupted'), retry: file };
    return { kind: 'done', outcome: 'failed', message: errorText(error) };
  }

  function refused(code: string, detail: string, file: File): Phase {
    return { kind: 'done', outcome: 'refused', message: t(`backup.error.${code}`, { detail }), retry: RETRY_CODES.has(code) ? file : undefined };
  }

  async function exportJson() {
    setPhase({ kind: 'busy', step: 'exporting' });
    try {
      const createdAt = new Date();
      const { text, counts } = await backupText(await readAllData(db), createdAt);
      downloadText(backupFileName(createdAt), text, 'application/json');
      await send('backup.recorded', {});
      setPhase({ kind: 'done', outcome: 'exported', message: t('backup.exported', { count: counts.creators }) });
    } catch (error) {
      setPhase({ kind: 'done', outcome: 'failed', message: errorText(error) });
    }
  }

  /**
   * The file goes to the background through the staging store (one message with its key); null
   * when the store cannot be written (the chunks are sent instead).
   */
  async function sendStaged(file: File): Promise<string | null> {
    const key = crypto.randomUUID();
    try {
      await stageImportFile(key, file);
    } catch (error) {
      console.warn('import staging unavailable, sending the file in chunks', error);
      return null;
    }
    const { sessionId } = await send('backup.import.begin', { chunks: 1, totalChars: file.size, staged: key });
    return sessionId;
  }

  async function sendInChunks(file: File): Promise<string> {
    const text = await file.text();
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += IMPORT_CHUNK_CHARS) chunks.push(text.slice(i, i + IMPORT_CHUNK_CHARS));
    if (chunks.length === 0) chunks.push(''); // a file of only a byte-order mark: the check refuses it
    const { sessionId } = await send('backup.import.begin', { chunks: chunks.length, totalChars: Math.max(1, text.length) });
    for (const [index, chunk] of chunks.entries()) {
      setPhase({ kind: 'busy', step: 'sending', done: index, total: chunks.length });
      await send('backup.import.chunk', { sessionId, index, text: chunk });
    }
    return sessionId;
  }

  async function chooseFile(file: File) {
    if (file.size > MAX_BACKUP_BYTES) {
      setPhase({ kind: 'done', outcome: 'refused', message: t('backup.error.too-large', { detail: `${Math.round(file.size / 1e6)} MB` }) });
      return;
    }
    if (file.size === 0) {
      setPhase({ kind: 'done', outcome: 'refused', message: t('backup.error.not-json', { detail: '0 bytes' }) });
      return;
    }
    try {
      setPhase({ kind: 'busy', step: 'reading' });
      const sessionId = (await sendStaged(file)) ?? (await sendInChunks(file));
      setPhase({ kind: 'busy', step: 'checking' });
      const check = await send('backup.import.check', { sessionId });
      if (!('checked' in check)) {
        setPhase(refused(check.code, check.detail, file));
        return;
      }
      setPhase({
        kind: 'preview',
        file,
        sessionId,
        createdAt: check.createdAt,
        counts: check.counts as BackupCounts,
        plans: check.plans,
      });
    } catch (error) {
      setPhase(importFailed(error, file));
    }
  }

  async function runImport(sessionId: string, file: File) {
    try {
      setPhase({ kind: 'busy', step: 'writing' });
      const reply = await send('backup.import.commit', { sessionId, mode });
      if (reply.imported) {
        setPhase({ kind: 'done', outcome: 'imported', message: t('import.done', { count: reply.counts['creators'] ?? 0 }) });
      } else {
        setPhase(refused(reply.code, reply.detail, file));
      }
    } catch (error) {
      setPhase(importFailed(error, file));
    }
  }

  return (
    <section className="vt-backup" aria-label={t('backup.title')} data-testid="backup-panel">
      <div className="vt-actions">
        <button type="button" className="vt-button" onClick={() => void exportJson()} disabled={busy} data-testid="export-json">
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
              if (file) void chooseFile(file);
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
          onConfirm={() => void runImport(phase.sessionId, phase.file)}
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
          {phase.message}
          {phase.retry && (
            <>
              {' '}
              <button type="button" className="vt-button" data-testid="import-retry" onClick={() => void chooseFile(phase.retry!)}>
                {t('backup.retry')}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
