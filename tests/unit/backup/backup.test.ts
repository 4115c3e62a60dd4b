import { describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, MAX_BACKUP_BYTES, type BackupData } from '../../../lib/backup/backup-format';
import { backupText as exportText, buildBackup, checksumOf } from '../../../lib/backup/build-backup';
import { canonicalJson, FORBIDDEN_KEYS } from '../../../lib/backup/canonical-json';
import { planImport, type ExistingKeys } from '../../../lib/backup/import-plan';
import { readBackup } from '../../../lib/backup/read-backup';
import { webCryptoSha256 } from '../../../lib/backup/sha256';
import { sampleData } from '../../sample-data';

const AT = new Date(Date.UTC(2026, 10, 24, 3));

async function backupText(mutate?: (b: Record<string, unknown>) => void): Promise<string> {
  const backup = JSON.parse(JSON.stringify(await buildBackup(sampleData(), AT))) as Record<string, unknown>;
  mutate?.(backup);
  return JSON.stringify(backup);
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: '头' }], e: null })).toBe('{"a":[{"c":"头"}],"b":1,"e":null}');
  });
});

describe('buildBackup', () => {
  it('writes the envelope: format, version, time, counts and a SHA-256 of the canonical data', async () => {
    const backup = await buildBackup(sampleData(), AT);
    expect(backup).toMatchObject({
      format: 'vettok-backup',
      schemaVersion: BACKUP_SCHEMA_VERSION,
      createdAt: '2026-11-24T03:00:00.000Z',
      counts: { creators: 3, snapshots: 3, shortlists: 2, shortlistEntries: 3, invitationDrafts: 1 },
    });
    expect(backup.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    const reordered = { ...sampleData(), creators: sampleData().creators.map((c) => Object.fromEntries(Object.entries(c).reverse())) };
    expect(await checksumOf(reordered as never)).toBe(backup.checksum.value);
  });
});

describe('backupText (the export file)', () => {
  it('is the envelope of buildBackup with the data in canonical form, and reads back', async () => {
    const { text, counts } = await exportText(sampleData(), AT);
    expect(JSON.parse(text)).toEqual(await buildBackup(sampleData(), AT));
    expect(counts).toEqual((await buildBackup(sampleData(), AT)).counts);
    expect(text.endsWith(`"data":${canonicalJson(sampleData())}}`)).toBe(true);
    const result = await readBackup(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data).toEqual(sampleData());
  });

  it('a changed value or a forbidden key is refused on the fast path as on the slow one', async () => {
    const { text } = await exportText(sampleData(), AT);
    expect(await readBackup(text.replace('"name":"', '"name":"x'))).toMatchObject({ ok: false, code: 'checksum-mismatch' });
    expect(await readBackup(text.replace('"note":', '"__proto__":{"isAdmin":true},"note":'))).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(await readBackup(text.replace('"note":', '"\\u005f_proto__":{"isAdmin":true},"note":'))).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(await readBackup(text.replace('"note":', '"construct\\u006fr":{"isAdmin":true},"note":'))).toMatchObject({ ok: false, code: 'forbidden-key' });
    // The head before the data is checked as well when it is parsed on its own.
    expect(await readBackup(text.replace('"format":', '"prototype":{"isAdmin":true},"format":'))).toMatchObject({ ok: false, code: 'forbidden-key' });
  });

  it('finds each forbidden key, and the \\u escape, in one search of the text, whatever the checksum says', async () => {
    // The data's checksum made to match, so only the search for forbidden names (and the key walk
    // it sends the text to) can refuse the file: zod alone would drop the key and accept it.
    const { text } = await exportText(sampleData(), AT);
    const at = text.indexOf(',"data":') + ',"data":'.length;
    const withData = async (data: string) => {
      const sum = JSON.parse(text).checksum.value as string;
      return `${text.slice(0, at).replace(sum, await webCryptoSha256(data))}${data}}`;
    };
    const data = text.slice(at, -1);
    expect(await readBackup(await withData(data))).toMatchObject({ ok: true });
    for (const key of FORBIDDEN_KEYS) {
      const polluted = await withData(data.replace('"note":', `"${key}":{"isAdmin":true},"note":`));
      expect(await readBackup(polluted)).toMatchObject({ ok: false, code: 'forbidden-key', detail: key });
      const escaped = await withData(data.replace('"note":', `"\\u00${key.charCodeAt(0).toString(16)}${key.slice(1)}":{"isAdmin":true},"note":`));
      expect(await readBackup(escaped)).toMatchObject({ ok: false, code: 'forbidden-key', detail: key });
    }
    // The names as plain words in a value, unquoted: no key, nothing refused.
    const words = await withData(data.replace('"note":"', '"note":"__proto__ constructor prototype '));
    expect(await readBackup(words)).toMatchObject({ ok: true });
  });

  it('reads a second "data" key as JSON.parse does (the last one), whichever the checksum matches', async () => {
    // The export's text is split at its first `,"data":`; a file holding two must not be read as
    // the first: JSON.parse keeps the last, and so does the check.
    const first = await exportText(sampleData(), AT);
    const other: BackupData = { ...sampleData(), shortlists: sampleData().shortlists.map((l) => ({ ...l, name: `${l.name} 2` })) };
    const second = await exportText(other, AT);
    const dataOf = (text: string) => text.slice(text.indexOf(',"data":') + ',"data":'.length, -1);
    // The head's checksum is the first data's: the data read (the second) does not match it.
    const twiceFirstSum = `${first.text.slice(0, -1)},"data":${dataOf(second.text)}}`;
    expect(await readBackup(twiceFirstSum)).toMatchObject({ ok: false, code: 'checksum-mismatch' });
    // The head's checksum is the second data's: the file is the second data, as JSON.parse reads it.
    const twiceSecondSum = `${second.text.slice(0, second.text.indexOf(',"data":'))},"data":${dataOf(first.text)},"data":${dataOf(second.text)}}`;
    const result = await readBackup(twiceSecondSum);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data).toEqual(other);
  });

  it('reads a file laid out otherwise (spaces, data first) as before, its checksum over the canonical data', async () => {
    const envelope = await buildBackup(sampleData(), AT);
    const { data, ...head } = envelope;
    for (const text of [JSON.stringify(envelope, null, 2), JSON.stringify({ data, ...head }), `${JSON.stringify(envelope)}\n`]) {
      const result = await readBackup(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.backup.data).toEqual(sampleData());
    }
  });

  it("hashes an export's data text once, as the file holds it, and times each step of the check in order", async () => {
    const { text } = await exportText(sampleData(), AT);
    const hashed: (string | Uint8Array)[] = [];
    const sha256 = (input: string | Uint8Array) => (hashed.push(input), webCryptoSha256(input));
    const phases: string[] = [];
    expect((await readBackup(text, { sha256, onPhase: (phase, ms) => phases.push(ms >= 0 ? phase : 'negative') })).ok).toBe(true);
    expect(hashed).toEqual([canonicalJson(sampleData())]);
    expect(phases).toEqual(['scan', 'parse', 'validate', 'checksum']);

    // With the file's bytes, the data's own bytes are hashed (no text encoded again).
    hashed.length = 0;
    const bytes = new TextEncoder().encode(text);
    expect((await readBackup(text, { sha256, bytes })).ok).toBe(true);
    expect(hashed).toEqual([new TextEncoder().encode(canonicalJson(sampleData()))]);
    // Bytes that do not line up with the text are not used; the text still decides.
    hashed.length = 0;
    expect((await readBackup(text, { sha256, bytes: new Uint8Array([0x20, ...bytes]) })).ok).toBe(true);
    expect(hashed).toEqual([canonicalJson(sampleData())]);
  });
});

describe('readBackup', () => {
  it('accepts its own backups and gives back the same data', async () => {
    const result = await readBackup(await backupText());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data).toEqual(sampleData());
  });

  const refusals: [string, (b: Record<string, unknown>) => void, string][] = [
    ['a future version', (b) => (b['schemaVersion'] = BACKUP_SCHEMA_VERSION + 1), 'future-version'],
    ['another format', (b) => (b['format'] = 'dexie-export'), 'not-a-backup'],
    ['a changed row', (b) => ((b['data'] as { shortlists: { name: string }[] }).shortlists[0]!.name = 'tampered'), 'checksum-mismatch'],
    ['wrong counts', (b) => ((b['counts'] as Record<string, number>)['creators'] = 4), 'count-mismatch'],
    ['a row of the wrong shape', (b) => ((b['data'] as { shortlistEntries: { status: string }[] }).shortlistEntries[0]!.status = 'hired'), 'invalid'],
    ['an extra table', (b) => ((b['data'] as Record<string, unknown>)['evil'] = []), 'invalid'],
    [
      'a duplicate id',
      (b) => {
        const d = b['data'] as { shortlists: unknown[] };
        d.shortlists.push(d.shortlists[0]);
        (b['counts'] as Record<string, number>)['shortlists'] = 3;
      },
      'duplicate-id',
    ],
    [
      'an entry pointing at no list',
      (b) => ((b['data'] as { shortlistEntries: { listId: string }[] }).shortlistEntries[2]!.listId = 'gone'),
      'dangling-reference',
    ],
  ];
  it.each(refusals)('refuses %s', async (_label, mutate, code) => {
    const result = await readBackup(await backupText(mutate));
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('refuses a truncated file, non-JSON, and __proto__ / constructor keys anywhere', async () => {
    const text = await backupText();
    expect(await readBackup(text.slice(0, text.length / 2))).toMatchObject({ ok: false, code: 'not-json' });
    expect(await readBackup('PK\u0003\u0004')).toMatchObject({ ok: false, code: 'not-json' });
    const polluted = text.replace('"format":', '"__proto__":{"polluted":true},"format":');
    expect(await readBackup(polluted)).toMatchObject({ ok: false, code: 'forbidden-key' });
    const nested = text.replace('"terms":{', '"terms":{"constructor":{"prototype":{}},');
    expect(await readBackup(nested)).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an oversized file before parsing it', async () => {
    expect(await readBackup('{}', { sizeBytes: MAX_BACKUP_BYTES + 1 })).toMatchObject({ ok: false, code: 'too-large' });
    expect(await readBackup(await backupText(), { maxBytes: 100 })).toMatchObject({ ok: false, code: 'too-large' });
  });
});

describe('planImport', () => {
  const existing: ExistingKeys = {
    creators: new Set(['nasa']),
    shortlists: new Set(['list-a']),
    shortlistEntries: new Set(['e9']),
    entryPairs: new Set(['list-a\u0000a']),
    snapshotKeys: new Set([`nasa\u0000${Date.UTC(2026, 8, 1)}`]),
    invitationDrafts: new Set(),
    invitations: new Set(),
    collaborations: new Set(),
    counts: { creators: 1, snapshots: 1, shortlists: 1, shortlistEntries: 1, invitationDrafts: 0, invitations: 0, collaborations: 0 },
  };

  it('merge: counts new rows, id conflicts and rows it will skip', () => {
    const plan = planImport(sampleData(), existing, 'merge');
    expect(plan.creators).toEqual({ added: 2, conflicts: 1, skipped: 0, removed: 0 });
    expect(plan.shortlists).toEqual({ added: 1, conflicts: 1, skipped: 0, removed: 0 });
    expect(plan.shortlistEntries).toEqual({ added: 2, conflicts: 0, skipped: 1, removed: 0 });
    expect(plan.snapshots).toEqual({ added: 2, conflicts: 0, skipped: 1, removed: 0 });
  });

  it('merge into an empty database, or one holding only some ids: the same counts row by row', () => {
    const none = new Set<string>();
    const empty: ExistingKeys = { ...existing, creators: none, shortlists: none, shortlistEntries: none, entryPairs: none, snapshotKeys: none, counts: { ...existing.counts, creators: 0, snapshots: 0, shortlists: 0, shortlistEntries: 0 } };
    const data = sampleData();
    const plan = planImport(data, empty, 'merge');
    for (const table of ['creators', 'snapshots', 'shortlists', 'shortlistEntries', 'invitationDrafts', 'invitations', 'collaborations'] as const) {
      expect(plan[table]).toEqual({ added: data[table].length, conflicts: 0, skipped: 0, removed: 0 });
    }
    // An entry id already there, no pair: a conflict; a pair already there, no id: skipped.
    const ids = planImport(data, { ...empty, shortlistEntries: new Set([data.shortlistEntries[0]!.id]) }, 'merge');
    expect(ids.shortlistEntries).toEqual({ added: data.shortlistEntries.length - 1, conflicts: 1, skipped: 0, removed: 0 });
    const [first] = data.shortlistEntries;
    const pairs = planImport(data, { ...empty, entryPairs: new Set([`${first!.listId}\u0000${first!.handle}`]) }, 'merge');
    expect(pairs.shortlistEntries).toEqual({ added: data.shortlistEntries.length - 1, conflicts: 0, skipped: 1, removed: 0 });
  });

  it('replace: everything in the file is added and everything there removed', () => {
    const plan = planImport(sampleData(), existing, 'replace');
    expect(plan.creators).toEqual({ added: 3, conflicts: 0, skipped: 0, removed: 1 });
    expect(plan.invitationDrafts).toEqual({ added: 1, conflicts: 0, skipped: 0, removed: 0 });
  });
});
