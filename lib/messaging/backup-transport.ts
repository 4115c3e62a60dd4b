import { browser } from 'wxt/browser';
import { MAX_BACKUP_BYTES, type BackupCounts } from '../backup/backup-format';
import { backupFileName, backupText } from '../backup/build-backup';
import { importFailureOf } from '../backup/import-failure';
import type { ImportMode, ImportPlan } from '../backup/import-plan';
import type { VettokDatabase } from '../db/database';
import { stageImportFile } from '../db/import-staging';
import { readAllData } from '../db/queries/backup-data';
import { send } from './client';
import { IMPORT_CHUNK_CHARS, IMPORT_PROGRESS_KEY } from './protocol';

/** Where an export or an import stands; the side panel renders each phase. */
export type BackupPhase =
  | { kind: 'idle' }
  | { kind: 'busy'; step: 'reading' | 'checking' | 'sending' | 'writing' | 'exporting'; done?: number; total?: number }
  | { kind: 'preview'; file: File; sessionId: string; createdAt: string; counts: BackupCounts; plans: Record<ImportMode, ImportPlan> }
  | { kind: 'done'; outcome: 'imported' | 'exported'; count: number }
  /** The file was refused (`code` names why; `backup.error.<code>` says it to the merchant). */
  | { kind: 'done'; outcome: 'refused'; code: string; detail: string; retry?: File }
  /** The import or export failed; `interrupted`: the background restarted meanwhile (choosing the file again works). */
  | { kind: 'done'; outcome: 'failed'; error: unknown; interrupted: boolean; retry?: File };

/** Refusals that say nothing about the file: choosing it again works. */
const RETRY_CODES = new Set(['interrupted', 'incomplete']);

const refused = (code: string, detail: string, file: File): BackupPhase => ({
  kind: 'done',
  outcome: 'refused',
  code,
  detail,
  retry: RETRY_CODES.has(code) ? file : undefined,
});

function failed(error: unknown, file?: File): BackupPhase {
  const interrupted = file !== undefined && importFailureOf(error) === 'interrupted';
  return { kind: 'done', outcome: 'failed', error, interrupted, retry: interrupted ? file : undefined };
}

/**
 * The full JSON backup from the side panel. Export: read here, from the database, then downloaded.
 * Import: the file goes to the background through the staging store (one message) or, where that
 * store cannot be written, in chunks; the background checks it once and answers with a preview, and
 * on confirmation writes it in one transaction, reporting rows written. Every step is reported to
 * `onPhase`.
 */
export function createBackupTransport(onPhase: (phase: BackupPhase) => void) {
  /** The staged file's session; null when the staging store cannot be written. */
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
      onPhase({ kind: 'busy', step: 'sending', done: index, total: chunks.length });
      await send('backup.import.chunk', { sessionId, index, text: chunk });
    }
    return sessionId;
  }

  return {
    async exportBackup(db: VettokDatabase, download: (fileName: string, text: string) => void): Promise<void> {
      onPhase({ kind: 'busy', step: 'exporting' });
      try {
        const createdAt = new Date();
        const { text, counts } = await backupText(await readAllData(db), createdAt);
        download(backupFileName(createdAt), text);
        await send('backup.recorded', {});
        onPhase({ kind: 'done', outcome: 'exported', count: counts.creators });
      } catch (error) {
        onPhase(failed(error));
      }
    },

    /** Sends and checks a chosen file: ends in a preview, a refusal or a failure. */
    async checkFile(file: File): Promise<void> {
      if (file.size > MAX_BACKUP_BYTES) return onPhase(refused('too-large', `${Math.round(file.size / 1e6)} MB`, file));
      if (file.size === 0) return onPhase(refused('not-json', '0 bytes', file));
      try {
        onPhase({ kind: 'busy', step: 'reading' });
        const sessionId = (await sendStaged(file)) ?? (await sendInChunks(file));
        onPhase({ kind: 'busy', step: 'checking' });
        const check = await send('backup.import.check', { sessionId });
        if (!('checked' in check)) return onPhase(refused(check.code, check.detail, file));
        onPhase({ kind: 'preview', file, sessionId, createdAt: check.createdAt, counts: check.counts as BackupCounts, plans: check.plans });
      } catch (error) {
        onPhase(failed(error, file));
      }
    },

    /** Writes the checked file (the preview's session); rows written come through `watchImportProgress`. */
    async commit(sessionId: string, file: File, mode: ImportMode): Promise<void> {
      try {
        onPhase({ kind: 'busy', step: 'writing' });
        const reply = await send('backup.import.commit', { sessionId, mode });
        onPhase(reply.imported ? { kind: 'done', outcome: 'imported', count: reply.counts['creators'] ?? 0 } : refused(reply.code, reply.detail, file));
      } catch (error) {
        onPhase(failed(error, file));
      }
    },
  };
}

/** Rows written so far by the running import, as the background reports them in storage.local. */
export function watchImportProgress(onProgress: (done: number, total: number) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = changes[IMPORT_PROGRESS_KEY]?.newValue as { done?: unknown; total?: unknown } | undefined;
    if (area !== 'local' || typeof value?.done !== 'number' || typeof value.total !== 'number') return;
    onProgress(value.done, value.total);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
