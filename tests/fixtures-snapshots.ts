import { readFileSync } from 'node:fs';
import { readUniversalData } from '../lib/readers/universal-data';
import type { CreatorSnapshot } from '../lib/schemas/creator-snapshot';
import { REAL_FIXTURES } from './real-fixtures';

/** A snapshot read from a real capture of a `webapp.user-detail` scope. */
export function realSnapshot(file: string, capturedAt = Date.UTC(2026, 8, 1)): CreatorSnapshot {
  const result = readUniversalData(JSON.parse(readFileSync(`${REAL_FIXTURES}/${file}`, 'utf8')), capturedAt, null);
  if (!result.ok) throw new Error(`${file} is not readable: ${result.reason}`);
  return result.snapshot;
}
