import type { ImportMode } from '../backup/import-plan';
import type { IdSource } from '../db/shortlists-repository';
import { MAX_BACKUP_BYTES } from '../backup/backup-format';

interface Session {
  mode: ImportMode;
  chunks: number;
  totalChars: number;
  parts: string[];
  chars: number;
}

/**
 * A backup arrives in chunks (one message is capped at MAX_MESSAGE_CHARS). Chunks must come in
 * order and add up to the announced size; only one import runs at a time.
 */
export function createImportSessions(ids: IdSource) {
  let current: { id: string; session: Session } | null = null;
  return {
    begin(mode: ImportMode, chunks: number, totalChars: number): string {
      if (totalChars > MAX_BACKUP_BYTES) throw new Error(`a backup of ${totalChars} characters is too large`);
      const id = ids.newId();
      current = { id, session: { mode, chunks, totalChars, parts: [], chars: 0 } };
      return id;
    },
    /** Characters received so far, or null for an unknown session or a chunk out of order. */
    add(id: string, index: number, text: string): number | null {
      if (!current || current.id !== id) return null;
      const s = current.session;
      if (index !== s.parts.length || index >= s.chunks || s.chars + text.length > s.totalChars) {
        current = null;
        return null;
      }
      s.parts.push(text);
      s.chars += text.length;
      return s.chars;
    },
    /** The whole text and mode when every chunk arrived; the session ends either way. */
    finish(id: string): { text: string; mode: ImportMode } | null {
      if (!current || current.id !== id) return null;
      const s = current.session;
      current = null;
      if (s.parts.length !== s.chunks || s.chars !== s.totalChars) return null;
      return { text: s.parts.join(''), mode: s.mode };
    },
  };
}
