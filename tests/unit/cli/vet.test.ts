import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run vet`, as the README shows it, on files the repository ships. */
function vet(...args: string[]): { status: number | null; lines: Record<string, unknown>[]; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/vet.ts', '--now=2026-11-24', ...args], { encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

const SCOPE_A = 'tests/fixtures/user-detail-scope-a-2026-09.json';
const UNAVAILABLE = 'tests/fixtures/user-detail-scope-unavailable-statuscode-10221-2026-09.json';
const scratch = mkdtempSync(join(tmpdir(), 'vettok-vet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run vet', () => {
  it('the README example: one line per file, exit 0 when every file is read and recognised', () => {
    const run = vet(SCOPE_A, UNAVAILABLE);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    // @a's figures as captured (tests/fixtures/README.md); an unavailable account is a verdict, not a failure.
    expect(run.lines[0]).toMatchObject({ file: SCOPE_A, ok: true, creator: { handle: 'a', followers: 429_675, videos: 6 } });
    expect(run.lines[1]).toEqual({ file: UNAVAILABLE, ok: false, reason: 'account-unavailable: statusCode 10221: user banned' });
  });

  it('a file that cannot be read: exit 1, named on stderr, the other files still vetted', () => {
    const missing = join(scratch, 'missing.html');
    const run = vet(missing, SCOPE_A);
    expect(run.status).toBe(1);
    expect(run.lines.map((l) => [l['file'], l['ok']])).toEqual([[missing, false], [SCOPE_A, true]]);
    expect(run.stderr).toContain(`vet: ${missing}: cannot read file`);
    expect(run.stderr).not.toContain(SCOPE_A);
  });

  it('a file of no shape vet knows, or neither HTML nor JSON: exit 1, each named', () => {
    const json = join(scratch, 'settings.json');
    const text = join(scratch, 'notes.txt');
    writeFileSync(json, JSON.stringify({ theme: 'dark', items: [1, 2] }));
    writeFileSync(text, 'followers: 12K');
    const run = vet(SCOPE_A, json, text);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`vet: ${json}: not a page or response vet recognises`);
    expect(run.stderr).toContain(`vet: ${text}: not a page or response vet recognises`);
    expect(run.lines[0]).toMatchObject({ file: SCOPE_A, ok: true });
  });
});
