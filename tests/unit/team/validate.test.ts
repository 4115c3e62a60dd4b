import { describe, expect, it } from 'vitest';
import { entryToDoc } from '@/lib/team/model/mapping';
import { checkTeamDoc, MAX_DOC_CHARS } from '@/lib/team/model/validate';
import { classifyTeamError } from '@/lib/team/model/connection';

const T0 = Date.UTC(2026, 11, 1);
const by = { at: T0, seat: 'seat-a', name: 'Ana' };
const good = () =>
  JSON.parse(JSON.stringify(entryToDoc({ id: 'e1', listId: 'l1', handle: 'jelly.here10', status: 'scouting', priority: 1, tags: [], note: 'hi', addedAt: T0 }, null, by)));

describe('documents from the team server', () => {
  it('accepts a document a seat wrote', () => {
    expect(checkTeamDoc({ ...good(), _rev: '1-abc' }).ok).toBe(true);
  });

  it('refuses an oversized document', () => {
    const doc = good();
    doc.notes[0].text = 'x'.repeat(MAX_DOC_CHARS);
    const check = checkTeamDoc(doc);
    expect(check).toMatchObject({ ok: false, id: 'entry:e1' });
    expect(!check.ok && check.reason).toMatch(/characters, more than/);
  });

  it('refuses wrong types', () => {
    expect(checkTeamDoc({ ...good(), priority: { v: '3', by } })).toMatchObject({ ok: false });
    expect(checkTeamDoc({ ...good(), status: { v: 'hacked', by } })).toMatchObject({ ok: false });
    expect(checkTeamDoc({ ...good(), tags: 'a,b' })).toMatchObject({ ok: false });
    expect(checkTeamDoc('entry')).toMatchObject({ ok: false, id: '(no id)' });
  });

  it('refuses prototype keys at any depth, as JSON.parse makes them', () => {
    const text = JSON.stringify(good()).replace('"notes":[{', '"notes":[{"__proto__":{"polluted":true},');
    const check = checkTeamDoc(JSON.parse(text));
    expect(check).toEqual({ ok: false, id: 'entry:e1', reason: 'forbidden key "__proto__"' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown fields and a document whose id does not match its content', () => {
    expect(checkTeamDoc({ ...good(), isAdmin: true })).toMatchObject({ ok: false });
    expect(checkTeamDoc({ ...good(), _id: 'entry:other' })).toMatchObject({ ok: false, reason: expect.stringMatching(/id does not match/) });
  });

  it('keeps a script in a note as the text it is', () => {
    const doc = good();
    doc.notes[0].text = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const check = checkTeamDoc(doc);
    expect(check.ok && check.doc.kind === 'entry' && check.doc.notes[0]!.text).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('refuses a deeply nested document before parsing it further', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(checkTeamDoc({ ...good(), tags: deep })).toMatchObject({ ok: false, reason: expect.stringMatching(/nested deeper/) });
  });
});

describe('what a server error means to the merchant', () => {
  // Bodies and statuses as CouchDB 3 (and express-pouchdb, the test server) answer them; PouchDB
  // passes the body through as the error (or resolves info() with it).
  it.each([
    [{ error: 'unauthorized', reason: 'Name or password is incorrect.' }, 'wrong-password'],
    [{ status: 401, name: 'unauthorized', message: 'Name or password is incorrect.' }, 'wrong-password'],
    [{ error: 'not_found', reason: 'Database does not exist.' }, 'missing-database'],
    [{ status: 404, name: 'not_found', message: 'missing' }, 'missing-database'],
    [{ status: 403, name: 'forbidden', message: 'You are not allowed to access this db.' }, 'forbidden'],
    [{ error: 'unauthorized', reason: 'You are not authorized to access this db.' }, 'forbidden'],
    [new TypeError('Failed to fetch'), 'unreachable'],
    [{ message: 'request to http://127.0.0.1:1/x/ failed, reason: connect ECONNREFUSED 127.0.0.1:1' }, 'unreachable'],
    [{ name: 'QuotaExceededError', message: 'The quota has been exceeded.' }, 'disk-full'],
    [{ status: 500, message: 'boom' }, 'other'],
  ] as const)('%j → %s', (error, code) => {
    expect(classifyTeamError(error)).toBe(code);
  });
});
