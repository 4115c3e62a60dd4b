import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readUniversalData } from '../lib/readers/universal-data';
import type { CreatorSnapshot } from '../lib/schemas/creator-snapshot';

/**
 * Every tier's fixtures, read through one module.
 *
 * The project's own fixtures (`tests/fixtures/`, see the README there) are pages and API responses
 * in the shapes TikTok serves, trimmed from real captures: every tier reads them, always.
 *
 * The real captures themselves live outside the repository, in `../shared/fixtures/real` beside the
 * checkout (with their provenance in SOURCES.md there). When that folder exists, the real-capture
 * tier runs in addition; with CI=true it is required, and a run without it fails here, up front.
 */
export const PROJECT_FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const REAL_CAPTURES = resolve(import.meta.dirname, '../../shared/fixtures/real');

export const realCapturesPresent = existsSync(REAL_CAPTURES);
if (!realCapturesPresent && (process.env['CI'] === 'true' || process.env['CI'] === '1')) {
  throw new Error(`CI=true requires the real-capture tier, but ${REAL_CAPTURES} does not exist (../shared beside the checkout).`);
}

/** A project fixture's text (`tests/fixtures/<file>`). */
export function fixtureText(file: string): string {
  return readFileSync(join(PROJECT_FIXTURES, file), 'utf8');
}

export function fixtureJson(file: string): unknown {
  return JSON.parse(fixtureText(file));
}

/** The project fixtures that stand for captures (every file but the README). */
export function fixtureFiles(): string[] {
  // Files only: `lists/` holds scout mode's list responses, with a README of their own.
  return readdirSync(PROJECT_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== 'README.md')
    .map((d) => d.name)
    .sort();
}

/** A real capture's text; only for the real-capture tier (check `realCapturesPresent`). */
export function realCaptureText(file: string): string {
  return readFileSync(join(REAL_CAPTURES, file), 'utf8');
}

/** Every real capture (SOURCES.md aside); empty when the folder is absent. */
export function realCaptureFiles(): string[] {
  return realCapturesPresent ? readdirSync(REAL_CAPTURES).filter((f) => f !== 'SOURCES.md').sort() : [];
}

/** A snapshot read from a project fixture of a `webapp.user-detail` scope. */
export function realSnapshot(file: string, capturedAt = Date.UTC(2026, 8, 1)): CreatorSnapshot {
  const result = readUniversalData(fixtureJson(file), capturedAt, null);
  if (!result.ok) throw new Error(`${file} is not readable: ${result.reason}`);
  return result.snapshot;
}
