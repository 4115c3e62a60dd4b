import type { IdSource } from '../db/shortlists-repository';
import { MAX_BACKUP_BYTES, type BackupEnvelope } from '../backup/backup-format';

interface Session {
  chunks: number;
  totalChars: number;
  parts: string[];
  chars: number;
  /** The file's bytes, when the whole text came from a staged file (see `readBackup`'s `bytes`). */
  bytes: Uint8Array | null;
  /** Set once the whole text arrived and passed every check. */
  checked: BackupEnvelope | null;
}

/**
 * A backup arrives in chunks (one message is capped at MAX_MESSAGE_CHARS). Chunks must come in
 * order and add up to the announced size; then it is checked once, previewed, and committed.
 * Only one import runs at a time: beginning another drops the previous one.
 */
export function createImportSessions(ids: IdSource) {
  let current: { id: string; session: Session } | null = null;
  /** Sessions this background began (the latest few): an id not among them was begun before a restart. */
  const begun: string[] = [];
  return {
    begin(chunks: number, totalChars: number, bytes: Uint8Array | null = null): string {
      if (totalChars > MAX_BACKUP_BYTES) throw new Error(`a backup of ${totalChars} characters is too large`);
      const id = ids.newId();
      begun.push(id);
      if (begun.length > 20) begun.shift();
      current = { id, session: { chunks, totalChars, parts: [], chars: 0, bytes, checked: null } };
      return id;
    },
    /** Characters received so far, or null for an unknown session or a chunk out of order. */
    add(id: string, index: number, text: string): number | null {
      if (!current || current.id !== id) return null;
      const s = current.session;
      if (s.checked || index !== s.parts.length || index >= s.chunks || s.chars + text.length > s.totalChars) {
        current = null;
        return null;
      }
      s.parts.push(text);
      s.chars += text.length;
      return s.chars;
    },
    /**
     * The whole text once every chunk arrived, with the file's bytes when it was staged (both are
     * released from the session), else null and the session ends.
     */
    text(id: string): { text: string; bytes: Uint8Array | null } | null {
      if (!current || current.id !== id) return null;
      const s = current.session;
      if (s.checked || s.parts.length !== s.chunks || s.chars !== s.totalChars) {
        current = null;
        return null;
      }
      const text = s.parts.join('');
      const bytes = s.bytes;
      s.parts = [];
      s.bytes = null;
      return { text, bytes };
    },
    /** Keeps the checked backup for the commit (or ends the session when it was refused). */
    checked(id: string, backup: BackupEnvelope | null): void {
      if (!current || current.id !== id) return;
      if (backup) current.session.checked = backup;
      else current = null;
    },
    /** Whether this background began the session (false: it was begun before the worker restarted). */
    began(id: string): boolean {
      return begun.includes(id);
    },
    /** The checked backup, once: the session ends. */
    take(id: string): BackupEnvelope | null {
      if (!current || current.id !== id) return null;
      const backup = current.session.checked;
      current = null;
      return backup;
    },
  };
}
