import { describe, expect, it } from 'vitest';
import { readSavedFile } from '../../../lib/readers/read-saved-file';
import { fixtureText } from '../../fixture-files';
import { parseHtml } from './html';

const opts = { parseHtml: (h: string) => parseHtml(h), now: 5 };
const fixture = (file: string): string => fixtureText(file);

describe('readSavedFile detection', () => {
  it('a saved captcha page is blocked', () => {
    const r = readSavedFile('<!doctype html><html><head><title>Security Check</title></head><body>Verify to continue</body></html>', opts);
    expect(r).toMatchObject({ ok: false, reason: 'blocked', kind: 'profile-html' });
  });

  it('empty, binary-ish or unknown files', () => {
    expect(readSavedFile('', opts)).toMatchObject({ ok: false, reason: 'malformed', kind: 'unknown' });
    expect(readSavedFile('\u0000\u0001PK', opts)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(readSavedFile('{"hello":"world"}', opts)).toMatchObject({ ok: false, reason: 'no-creator-data', kind: 'unknown' });
  });

  it('a bare webapp.user-detail scope and an unwrapped /api/user/detail/ body', () => {
    const scope = JSON.parse(fixture('user-detail-scope-nasa-2026-09.json')).__DEFAULT_SCOPE__;
    expect(readSavedFile(JSON.stringify(scope), opts)).toMatchObject({ ok: true, kind: 'user-detail-scope', snapshot: { handle: 'nasa' } });
    const body = JSON.parse(fixture('api-user-detail-zg.520-2025-10.json')).data;
    expect(readSavedFile(JSON.stringify(body), opts)).toMatchObject({ ok: true, kind: 'api-user-detail', snapshot: { handle: 'zg.520', capturedAt: 5 } });
  });

  it('a byte-order mark and surrounding whitespace are tolerated', () => {
    expect(readSavedFile(`\uFEFF\n ${fixture('user-detail-scope-a-2026-09.json')}\n`, opts)).toMatchObject({ ok: true, snapshot: { handle: 'a' } });
  });

  it('HTML with only an og:url names its creator', () => {
    const html = `<html><head><meta property="og:url" content="https://www.tiktok.com/@Some.One"></head><body>
      <h1 data-e2e="user-title">Some One</h1><h2 data-e2e="user-subtitle">some.one</h2>
      <strong data-e2e="followers-count">1.2M</strong></body></html>`;
    const r = readSavedFile(html, opts);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({ handle: 'some.one', nickname: 'Some One', source: 'dom', followers: { value: 1_200_000, exact: false } });
  });

  it('a saved profile page given another creator’s URL is a mismatch', () => {
    const r = readSavedFile(fixture('profile-jelly.here10-2026-04-universal-data.html'), { ...opts, url: 'https://www.tiktok.com/@nasa' });
    expect(r).toMatchObject({ ok: false, reason: 'handle-mismatch', kind: 'profile-html' });
  });
});
