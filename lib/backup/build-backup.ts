import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, countsOf, type BackupData, type BackupEnvelope } from './backup-format';
import { canonicalJson } from './canonical-json';
import { webCryptoSha256, type Sha256 } from './sha256';

/** The checksum of a backup: SHA-256 over the canonical JSON of its data. */
export function checksumOf(data: BackupData, sha256: Sha256 = webCryptoSha256): Promise<string> {
  return sha256(canonicalJson(data));
}

/** Wraps everything in the versioned envelope: format, schema version, time, counts, checksum. */
export async function buildBackup(data: BackupData, createdAt: Date, sha256: Sha256 = webCryptoSha256): Promise<BackupEnvelope> {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt: createdAt.toISOString(),
    counts: countsOf(data),
    checksum: { algorithm: 'SHA-256', value: await checksumOf(data, sha256) },
    data,
  };
}

/**
 * The backup file's text: the envelope with its data written in canonical form (the very text the
 * checksum is taken over). JSON.parse gives the same envelope as buildBackup's; an import can then
 * verify the checksum over JSON.stringify of the parsed data, without re-sorting every object.
 */
export async function backupText(data: BackupData, createdAt: Date, sha256: Sha256 = webCryptoSha256): Promise<{ text: string; counts: BackupEnvelope['counts'] }> {
  const canonical = canonicalJson(data);
  const head = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt: createdAt.toISOString(),
    counts: countsOf(data),
    checksum: { algorithm: 'SHA-256', value: await sha256(canonical) },
  };
  return { text: `${JSON.stringify(head).slice(0, -1)},"data":${canonical}}`, counts: head.counts };
}

/** The file name a backup is saved under, e.g. vettok-backup-2026-11-24.json. */
export function backupFileName(createdAt: Date): string {
  return `vettok-backup-${createdAt.toISOString().slice(0, 10)}.json`;
}
