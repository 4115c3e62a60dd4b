import { countsOf, MAX_BACKUP_BYTES } from '../../backup/backup-format';
import { LOST_SESSION_MESSAGE } from '../../backup/import-failure';
import { planImport } from '../../backup/import-plan';
import { readBackup } from '../../backup/read-backup';
import { eraseAll, importData, recordBackup } from '../../db/backup-repository';
import { existingKeys } from '../../db/queries/backup-data';
import { HandlerError, type Handlers } from '../../messaging/router';
import { createImportSessions } from '../import-sessions';
import type { BackgroundDeps } from './deps';

type BackupMessages = 'backup.import.begin' | 'backup.import.chunk' | 'backup.import.check' | 'backup.import.commit' | 'backup.recorded' | 'data.erase';

/** Importing a backup file (staged or in chunks, checked, then written), recording an export, erasing everything. */
export function backupHandlers(deps: BackgroundDeps): Pick<Handlers, BackupMessages> {
  const imports = createImportSessions(deps.ids);
  return {
    async 'backup.import.begin'({ chunks, totalChars, staged }) {
      if (totalChars > MAX_BACKUP_BYTES) {
        throw new HandlerError('too-large', `a backup of ${totalChars} characters is larger than ${MAX_BACKUP_BYTES}; nothing was read`);
      }
      if (staged === undefined) return { sessionId: imports.begin(chunks, totalChars) };
      const readStart = performance.now();
      const file = deps.takeStagedImport ? await deps.takeStagedImport(staged, MAX_BACKUP_BYTES) : null;
      deps.measure?.('import:read', performance.now() - readStart);
      if (file === null) throw new HandlerError('invalid-payload', 'no staged file under this key; nothing was read');
      if ('tooLarge' in file) {
        throw new HandlerError('too-large', `a backup of ${file.tooLarge} bytes is larger than ${MAX_BACKUP_BYTES}; nothing was read`);
      }
      // The whole text is one chunk of the session; the check that follows is the same as for chunks.
      const sessionId = imports.begin(1, file.text.length, file.bytes ?? null);
      imports.add(sessionId, 0, file.text);
      return { sessionId };
    },

    async 'backup.import.chunk'({ sessionId, index, text }) {
      const received = imports.add(sessionId, index, text);
      if (received === null) throw new HandlerError('invalid-payload', LOST_SESSION_MESSAGE);
      return { received };
    },

    async 'backup.import.check'({ sessionId }) {
      const file = imports.text(sessionId);
      // Chunks missing, or no session at all: the background restarted meanwhile and forgot it.
      if (file === null) {
        const code = imports.began(sessionId) ? 'incomplete' : 'interrupted';
        return { imported: false, code, detail: 'the file did not arrive completely; nothing was written' };
      }
      const result = await readBackup(file.text, { bytes: file.bytes ?? undefined, onPhase: (phase, ms) => deps.measure?.(`import:${phase}`, ms) });
      imports.checked(sessionId, result.ok ? result.backup : null);
      if (!result.ok) return { imported: false, code: result.code, detail: result.detail };
      const planStart = performance.now();
      const keys = await existingKeys(deps.db);
      const data = result.backup.data;
      const plans = { merge: planImport(data, keys, 'merge'), replace: planImport(data, keys, 'replace') };
      deps.measure?.('import:plan', performance.now() - planStart);
      return { checked: true, createdAt: result.backup.createdAt, counts: countsOf(data), plans };
    },

    async 'backup.import.commit'({ sessionId, mode }) {
      const backup = imports.take(sessionId);
      if (!backup) {
        // A session this background never began: it restarted between the preview and the confirmation.
        const code = imports.began(sessionId) ? 'incomplete' : 'interrupted';
        return { imported: false, code, detail: 'no checked file to import; nothing was written' };
      }
      const writeStart = performance.now();
      await importData(deps.db, backup.data, mode, (done, total) => deps.importProgress?.(done, total));
      deps.measure?.('import:write', performance.now() - writeStart);
      return { imported: true, counts: countsOf(backup.data) };
    },

    async 'backup.recorded'() {
      const at = deps.now();
      await recordBackup(deps.db, at);
      return { at };
    },

    async 'data.erase'() {
      await eraseAll(deps.db);
      await deps.clearStagedImports?.();
      return { erased: true };
    },
  };
}
