import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { BackgroundDeps } from '../../lib/background/handlers/deps';
import { BACKUP_SCHEMA_VERSION, MAX_BACKUP_BYTES, type BackupData } from '../../lib/backup/backup-format';
import { backupText as exportText, buildBackup } from '../../lib/backup/build-backup';
import { readBackup } from '../../lib/backup/read-backup';
import { importData } from '../../lib/db/backup-repository';
import { readAllData } from '../../lib/db/queries/backup-data';
import { IMPORT_CHUNK_CHARS } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/schemas/settings';
import { sampleData } from '../sample-data';
import { freshDb, sequentialIds } from '../integration/test-db';

/**
 * Issue 9 §5: backups through the background's own messages (begin → chunks → check → commit).
 * Export → erase → import gives back exactly what was there, for any text; every hostile file is
 * refused and the database is byte-for-byte as before.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const AT = new Date(Date.UTC(2026, 10, 24, 3));
const figures = { roundTrips: 0, roundTripBytes: 0, refusals: 0, refusedBytes: 0 };

function setup() {
  const db = freshDb();
  const deps: BackgroundDeps = {
    db,
    now: () => AT.getTime(),
    ids: sequentialIds('s'),
    settings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    locale: async () => 'en',
    tabCreators: { get: async () => null, set: async () => undefined },
    setBadge: async () => undefined,
  };
  const route = createBackgroundRouter(deps, SELF);
  const call = async (name: string, payload: unknown) => route({ vettok: 1, name, payload }, PAGE);
  return { db, call };
}

type Call = ReturnType<typeof setup>['call'];

/** The side panel's import, step by step; returns the first refusal or the commit's reply. */
async function importText(call: Call, text: string, mode: 'merge' | 'replace' = 'replace') {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += IMPORT_CHUNK_CHARS) chunks.push(text.slice(i, i + IMPORT_CHUNK_CHARS));
  if (chunks.length === 0) chunks.push('');
  const begin = await call('backup.import.begin', { chunks: chunks.length, totalChars: Math.max(1, text.length) });
  if (!begin.ok) return begin;
  const sessionId = (begin.data as { sessionId: string }).sessionId;
  for (const [index, part] of chunks.entries()) {
    const reply = await call('backup.import.chunk', { sessionId, index, text: part });
    if (!reply.ok) return reply;
  }
  const check = await call('backup.import.check', { sessionId });
  if (!check.ok || (check.data as { checked?: boolean }).checked !== true) return check;
  return call('backup.import.commit', { sessionId, mode });
}

async function seeded() {
  const s = setup();
  await importData(s.db, sampleData(), 'replace');
  return { ...s, before: await readAllData(s.db) };
}

async function backupText(data: BackupData = sampleData(), mutate?: (b: Record<string, unknown>) => void) {
  const backup = JSON.parse(JSON.stringify(await buildBackup(data, AT))) as Record<string, unknown>;
  mutate?.(backup);
  return JSON.stringify(backup);
}

const text = fc.string({ unit: 'binary', maxLength: 60 });
const emoji = fc.constantFrom('😀', '👩🏽‍💻', '🇨🇳', '\u202e', '\u200b', '\u0000', '﷽', 'עברית', '中文', '=cmd|calc!A1', '"quoted"', '\\');
const wild = fc.oneof(text, fc.array(emoji, { maxLength: 12 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.repeat(Math.ceil(10_000 / s.length))));

describe('export → erase → import round trip (property)', () => {
  it('gives back exactly the same data for any unicode, emoji and long text', { timeout: 90_000 }, async () => {
    const { db, call } = setup();
    await fc.assert(
      fc.asyncProperty(wild, wild, wild, fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { maxLength: 5 }), wild, async (listName, note, nickname, tags, draftName) => {
        await call('data.erase', { confirm: 'erase' });
        const data = sampleData();
        data.shortlists[0]!.name = listName;
        data.shortlistEntries[0]!.note = note;
        data.shortlistEntries[1]!.tags = [...new Set(tags)];
        data.creators[0]!.nickname = nickname;
        data.invitationDrafts[0]!.name = draftName.slice(0, 200); // DraftSchema's limit
        await importData(db, data, 'replace');
        const before = await readAllData(db);

        const exported = JSON.stringify(await buildBackup(before, AT));
        expect(await call('data.erase', { confirm: 'erase' })).toMatchObject({ ok: true });
        expect((await readAllData(db)).creators).toEqual([]);
        const reply = await importText(call, exported);
        expect(reply).toMatchObject({ ok: true, data: { imported: true } });
        expect(await readAllData(db)).toEqual(before);
        figures.roundTrips++;
        figures.roundTripBytes += new TextEncoder().encode(exported).length;
      }),
      { numRuns: 30 },
    );
  });

  it('round-trips a backup larger than one message (several chunks)', async () => {
    const { db, call } = setup();
    const data = sampleData();
    data.shortlistEntries = Array.from({ length: 1200 }, (_, i) => ({ ...data.shortlistEntries[1]!, id: `e${i}`, handle: `h${i}`, note: `📝${'长'.repeat(400)}${i}` }));
    data.creators = [...data.creators, ...data.shortlistEntries.map((e) => ({ ...data.creators[1]!, handle: e.handle }))];
    await importData(db, data, 'replace');
    const before = await readAllData(db);
    const exported = JSON.stringify(await buildBackup(before, AT));
    expect(exported.length).toBeGreaterThan(2 * IMPORT_CHUNK_CHARS);
    await call('data.erase', { confirm: 'erase' });
    expect(await importText(call, exported)).toMatchObject({ ok: true, data: { imported: true } });
    expect(await readAllData(db)).toEqual(before);
    figures.roundTrips++;
    figures.roundTripBytes += new TextEncoder().encode(exported).length;
  });
});

describe('keys no schema names', () => {
  it('are left out of what is stored, at the top of a row and deep inside it, the checksum matching', async () => {
    const { db, call } = setup();
    await importData(db, sampleData(), 'replace');
    const before = await readAllData(db);
    const data = JSON.parse(JSON.stringify(before)) as BackupData & Record<string, never>;
    const creator = data.creators[0] as unknown as Record<string, unknown> & { assessment: { subScores: Record<string, unknown>[] } };
    creator['isAdmin'] = true;
    creator.assessment.subScores[0]!['script'] = '<img src=x onerror=alert(1)>';
    (data.shortlistEntries[0] as unknown as Record<string, unknown>)['owner'] = 'someone else';
    (data.snapshots[0]!.snapshot as unknown as Record<string, unknown>)['payload'] = { deep: [1, 2, 3] };
    // Written as an export writes it (the checksum is over this data, extra keys and all).
    const { text } = await exportText(data, AT);
    await call('data.erase', { confirm: 'erase' });
    expect(await importText(call, text)).toMatchObject({ ok: true, data: { imported: true } });
    expect(await readAllData(db)).toEqual(before);
    expect(JSON.stringify(await readAllData(db))).not.toMatch(/isAdmin|onerror|someone else|payload/);
  });
});

describe('hostile backups are refused and nothing is written', () => {
  const refusals: [string, () => Promise<string>, string][] = [
    ['invalid JSON', async () => '{"format":"vettok-backup",', 'not-json'],
    ['a zip file', async () => 'PK\u0003\u0004\u0014\u0000', 'not-json'],
    ['a truncated backup', async () => (await backupText()).slice(0, -100), 'not-json'],
    ['a truncated backup cut at a value boundary', async () => (await backupText()).replace(/,"invitationDrafts":\[.*\]\}/, '}'), 'invalid'],
    ['a future version', async () => backupText(undefined, (b) => (b['schemaVersion'] = BACKUP_SCHEMA_VERSION + 1)), 'future-version'],
    ['version 0', async () => backupText(undefined, (b) => (b['schemaVersion'] = 0)), 'old-version'],
    ['a string version', async () => backupText(undefined, (b) => (b['schemaVersion'] = '2')), 'not-a-backup'],
    ['another format', async () => backupText(undefined, (b) => (b['format'] = 'dexie')), 'not-a-backup'],
    ['a JSON array', async () => '[]', 'not-a-backup'],
    ['JSON null', async () => 'null', 'not-a-backup'],
    [
      'duplicate creator handles',
      async () => {
        const d = sampleData();
        d.creators.push(d.creators[0]!);
        return backupText(d);
      },
      'duplicate-id',
    ],
    [
      'duplicate entry ids',
      async () => {
        const d = sampleData();
        d.shortlistEntries.push({ ...d.shortlistEntries[0]!, listId: 'list-b', handle: 'zz' });
        return backupText(d);
      },
      'duplicate-id',
    ],
    [
      'duplicate snapshot ids',
      async () => {
        const d = sampleData();
        d.snapshots.push({ ...d.snapshots[0]!, capturedAt: 1 });
        return backupText(d);
      },
      'duplicate-id',
    ],
    ['a top-level __proto__ key', async () => (await backupText()).replace('{"format"', '{"__proto__":{"isAdmin":true},"format"'), 'forbidden-key'],
    ['a __proto__ key inside a row', async () => (await backupText()).replace('"note":"=cmd|calc"', '"note":"=cmd|calc","__proto__":{"isAdmin":true}'), 'forbidden-key'],
    ['a constructor.prototype key', async () => (await backupText()).replace('"counts":{', '"counts":{"constructor":{"prototype":{"x":1}},'), 'forbidden-key'],
    ['a changed row (checksum)', async () => (await backupText()).replace('美妆 头部', '美妆 尾部'), 'checksum-mismatch'],
    ['counts that do not match', async () => backupText(undefined, (b) => ((b['counts'] as Record<string, number>)['creators'] = 99)), 'count-mismatch'],
  ];

  it.each(refusals)('%s', async (_label, make, code) => {
    const { db, call, before } = await seeded();
    const file = await make();
    const reply = await importText(call, file);
    expect(reply).toMatchObject({ ok: true, data: { imported: false, code } });
    expect(await readAllData(db)).toEqual(before);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    figures.refusals++;
    figures.refusedBytes += file.length;
  });

  it('a 340 MB file is refused by its size before anything is parsed or sent', async () => {
    const { db, call, before } = await seeded();
    const size = 340 * 1000 * 1000;
    expect(size).toBeGreaterThan(MAX_BACKUP_BYTES);
    // The side panel announces the size first: the background refuses before any chunk arrives.
    const begin = await call('backup.import.begin', { chunks: Math.ceil(size / IMPORT_CHUNK_CHARS), totalChars: size });
    expect(begin).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // The reader refuses the text itself by length, without JSON.parse (a 340 MB parse takes seconds).
    const huge = '{"format":"vettok-backup","pad":"' + 'x'.repeat(size - 40) + '"}';
    const started = performance.now();
    expect(await readBackup(huge)).toMatchObject({ ok: false, code: 'too-large' });
    expect(performance.now() - started).toBeLessThan(50);
    expect(await readAllData(db)).toEqual(before);
    figures.refusals += 2;
    figures.refusedBytes += huge.length;
  });

  it('chunks out of order, a chunk too many, or a commit without a check write nothing', async () => {
    const { db, call, before } = await seeded();
    const file = await backupText();
    const half = Math.ceil(file.length / 2);
    let begin = await call('backup.import.begin', { chunks: 2, totalChars: file.length });
    let sessionId = (begin as { data: { sessionId: string } }).data.sessionId;
    expect(await call('backup.import.chunk', { sessionId, index: 1, text: file.slice(half) })).toMatchObject({ ok: false });
    expect(await call('backup.import.commit', { sessionId, mode: 'replace' })).toMatchObject({ ok: true, data: { imported: false } });
    begin = await call('backup.import.begin', { chunks: 1, totalChars: file.length });
    sessionId = (begin as { data: { sessionId: string } }).data.sessionId;
    expect(await call('backup.import.commit', { sessionId, mode: 'replace' })).toMatchObject({ ok: true, data: { imported: false } });
    expect(await readAllData(db)).toEqual(before);
    figures.refusals += 3;
  });

  it('reports its figures', () => {
    console.log(`[security] backups: ${figures.roundTrips} round trips (${figures.roundTripBytes} bytes imported), ${figures.refusals} refusals (${figures.refusedBytes} bytes refused)`);
  });
});
