import { allCreators, creatorCount } from '../../lib/db/queries/creators';
import { packCreators } from '../../lib/db/creators-repository';
import { describe, expect, it } from 'vitest';
import { backupText, buildBackup } from '../../lib/backup/build-backup';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { BackgroundDeps } from '../../lib/background/handlers/deps';
import { readAllData } from '../../lib/db/queries/backup-data';
import { IMPORT_CHUNK_CHARS } from '../../lib/messaging/protocol';
import { realSnapshot } from '../fixture-files';
import { sampleData } from '../sample-data';
import { fakeBackgroundDeps, freshDb, sequentialIds, shownRows } from './test-db';
import { entriesAt, entriesOfList, entryCount, entryCountOfList, getEntry } from '../../lib/db/queries/entries';
import { addEntries, putEntries } from '../../lib/db/entry-store-repository';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const CONTENT = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 7 } };

function setup(overrides: Partial<BackgroundDeps> = {}) {
  const deps = fakeBackgroundDeps({ now: () => Date.UTC(2026, 10, 24), ids: sequentialIds('n'), ...overrides });
  const db = deps.db;
  const route = createBackgroundRouter(deps, SELF);
  async function ask<T = Record<string, unknown>>(name: string, payload: unknown, sender: object = PAGE): Promise<T> {
    const reply = await route({ vettok: 1, name, payload }, sender);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.data as T;
  }
  return { db, route, ask };
}

async function seed(db: ReturnType<typeof freshDb>) {
  const d = sampleData();
  await db.creatorBuckets.bulkAdd(packCreators(d.creators));
  await db.snapshots.bulkAdd(d.snapshots);
  await db.shortlists.bulkAdd(d.shortlists);
  await addEntries(db, d.shortlistEntries);
  await db.invitationDrafts.bulkAdd(d.invitationDrafts);
}

async function importText(ask: ReturnType<typeof setup>['ask'], text: string, mode: 'merge' | 'replace') {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += IMPORT_CHUNK_CHARS) chunks.push(text.slice(i, i + IMPORT_CHUNK_CHARS));
  const { sessionId } = await ask<{ sessionId: string }>('backup.import.begin', { chunks: chunks.length, totalChars: text.length });
  for (const [index, chunk] of chunks.entries()) await ask('backup.import.chunk', { sessionId, index, text: chunk });
  const check = await ask<{ checked?: boolean; imported?: boolean; code?: string }>('backup.import.check', { sessionId });
  if (!check.checked) return check;
  return ask<{ imported: boolean; code?: string }>('backup.import.commit', { sessionId, mode });
}

describe('list administration', () => {
  it('creates, renames, archives and deletes a list; deleting is undoable', async () => {
    const { db, ask } = setup();
    await seed(db);
    const { list } = await ask<{ list: { id: string } }>('list.create', { name: '  泰国 腰部  ' });
    expect(await db.shortlists.get(list.id)).toMatchObject({ name: '泰国 腰部', archived: false });
    await ask('list.rename', { listId: list.id, name: 'TH waist' });
    await ask('list.archive', { listId: list.id, archived: true });
    expect(await db.shortlists.get(list.id)).toMatchObject({ name: 'TH waist', archived: true });

    const { undoId, affected } = await ask<{ undoId: string; affected: number }>('list.delete', { listId: 'list-a' });
    expect(affected).toBe(2);
    expect(await db.shortlists.get('list-a')).toBeUndefined();
    expect(await entryCountOfList(db, 'list-a')).toBe(0);
    expect(await ask('undo.apply', { undoId })).toEqual({ restored: true, merged: 0, refusal: null });
    expect(await readAllData(db)).toEqual(expect.objectContaining({ shortlistEntries: expect.arrayContaining(sampleData().shortlistEntries) }));
    expect(await ask('undo.apply', { undoId })).toEqual({ restored: false, merged: 0, refusal: 'gone' });
  });

  it('undoes a removal after the creator was added to the list again: merged, nothing lost (the internal ConstraintError before)', async () => {
    const { db, ask } = setup();
    await seed(db);
    // e2: creator "a" in list-a; the merchant notes something, removes the entry, adds "a" again from the card, tags it, then clicks Undo.
    await ask('entry.update', { entryId: 'e2', patch: { note: '报价 300 元', tags: ['美妆'] } });
    const { undoId } = await ask<{ undoId: string }>('entries.bulk', { entryIds: ['e2'], action: { kind: 'remove' } });
    const { entryId } = await ask<{ entryId: string }>('shortlist.add', { handle: 'a', listId: 'list-a' }, CONTENT);
    await ask('entry.update', { entryId, patch: { note: '已私信', tags: ['直播'] } });
    expect(await ask('undo.apply', { undoId })).toEqual({ restored: true, merged: 1, refusal: null });
    const entries = await entriesAt(db, [['list-a', 'a']]);
    expect(entries.map(({ id, priority, note, tags }) => ({ id, priority, note, tags }))).toEqual([
      { id: 'e2', priority: 2, note: '报价 300 元\n\n已私信', tags: ['美妆', '直播'] },
    ]);
    expect(await entryCount(db)).toBe(3);
  });

  it('refuses an undo whose list was deleted since, writes nothing, and keeps the undo for after the list is back', async () => {
    const { db, ask } = setup();
    await seed(db);
    const { undoId } = await ask<{ undoId: string }>('entries.bulk', { entryIds: ['e2'], action: { kind: 'remove' } });
    const deletion = await ask<{ undoId: string }>('list.delete', { listId: 'list-a' });
    const before = await readAllData(db);
    expect(await ask('undo.apply', { undoId })).toEqual({ restored: false, merged: 0, refusal: 'list-gone' });
    expect(await readAllData(db)).toEqual(before);
    expect(await ask('undo.apply', { undoId: deletion.undoId })).toMatchObject({ restored: true });
    expect(await ask('undo.apply', { undoId })).toMatchObject({ restored: true });
    expect(await getEntry(db, 'e2')).toMatchObject({ listId: 'list-a', handle: 'a', priority: 2 });
  });

  it('refuses an empty name and unknown lists', async () => {
    const { ask } = setup();
    await expect(ask('list.create', { name: '   ' })).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(ask('list.rename', { listId: 'nope', name: 'x' })).rejects.toMatchObject({ code: 'invalid-payload' });
  });

  it('never lets a content script run a destructive or bulk message', async () => {
    const { db, ask } = setup();
    await seed(db);
    for (const [name, payload] of [
      ['list.delete', { listId: 'list-a' }],
      ['entries.bulk', { entryIds: ['e1'], action: { kind: 'remove' } }],
      ['data.erase', { confirm: 'erase' }],
      ['backup.import.begin', { chunks: 1, totalChars: 10 }],
      ['backup.import.commit', { sessionId: 'x', mode: 'replace' }],
      ['list.create', { name: 'x' }],
    ] as const) {
      await expect(ask(name, payload, CONTENT)).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await entryCount(db)).toBe(3);
  });
});

describe('entries', () => {
  it('moves to another list, merging a creator already there, and undoes the move', async () => {
    const { db, ask } = setup();
    await seed(db);
    const before = await readAllData(db);
    const { undoId, affected } = await ask<{ undoId: string; affected: number }>('entries.bulk', {
      entryIds: ['e1', 'e2'],
      action: { kind: 'move', toListId: 'list-b' },
    });
    expect(affected).toBe(2);
    expect((await entriesOfList(db, 'list-b')).map((e) => e.handle).sort()).toEqual(['a', 'nasa']);
    expect(await entryCountOfList(db, 'list-a')).toBe(0);
    await ask('undo.apply', { undoId });
    const after = await readAllData(db);
    expect(after.shortlistEntries.sort((x, y) => x.id.localeCompare(y.id))).toEqual(before.shortlistEntries.sort((x, y) => x.id.localeCompare(y.id)));
  });

  it('copies, tags, sets status and removes in bulk, each undoable', async () => {
    const { db, ask } = setup();
    await seed(db);
    const original = (await readAllData(db)).shortlistEntries.sort((x, y) => x.id.localeCompare(y.id));
    const actions = [
      { kind: 'copy', toListId: 'list-b' },
      { kind: 'tag', add: ['sample', 'vip'], remove: ['美妆'] },
      { kind: 'status', status: 'invited' },
      { kind: 'priority', priority: 3 },
      { kind: 'remove' },
    ];
    for (const action of actions) {
      const { undoId } = await ask<{ undoId: string }>('entries.bulk', { entryIds: ['e1', 'e2'], action });
      await ask('undo.apply', { undoId });
      expect((await readAllData(db)).shortlistEntries.sort((x, y) => x.id.localeCompare(y.id))).toEqual(original);
    }
    await ask('entries.bulk', { entryIds: ['e1', 'e2'], action: { kind: 'tag', add: ['sample'], remove: ['美妆'] } });
    expect((await getEntry(db, 'e1'))!.tags).toEqual(['vip', 'sample']);
    await ask('entries.bulk', { entryIds: ['e1'], action: { kind: 'status', status: 'sample-sent' } });
    const rows = await shownRows(db, 'list-a', { statuses: ['sample-sent'] });
    expect(rows.map((r) => r.handle)).toEqual(['nasa']);
    expect((await shownRows(db, 'list-a', { tags: ['sample'] })).map((r) => r.handle).sort()).toEqual(['a', 'nasa']);
  });

  it('updates one entry (note, tags, status, priority)', async () => {
    const { db, ask } = setup();
    await seed(db);
    const { entry } = await ask<{ entry: { note: string } }>('entry.update', {
      entryId: 'e2',
      patch: { note: '寄样 12/1', tags: ['x', 'x ', 'y'], status: 'contacted', priority: 1 },
    });
    expect(entry.note).toBe('寄样 12/1');
    expect(await getEntry(db, 'e2')).toMatchObject({ tags: ['x', 'y'], status: 'contacted', priority: 1 });
  });

  it('remembers the list used last and offers it in the picker, with the add and snapshot replies', async () => {
    const { db, ask } = setup();
    await seed(db);
    type Choices = { lastListId: string | null; listChoices: unknown[]; lists: unknown[] };
    const added = await ask<Choices>('shortlist.add', { handle: 'zachking', listId: 'list-b' }, CONTENT);
    // list-b is archived, so it is neither offered nor preselected.
    expect(added.lastListId).toBeNull();
    expect(added.listChoices).toEqual([{ listId: 'list-a', listName: '美妆 头部' }]);
    const read = await ask<Choices>('snapshot.submit', { snapshot: realSnapshot('user-detail-scope-nasa-2026-09.json') }, CONTENT);
    expect(read.lastListId).toBeNull();
    expect(read.listChoices).toEqual([{ listId: 'list-a', listName: '美妆 头部' }]);
    expect(read.lists).toHaveLength(2);
    expect((await ask<Choices>('shortlist.add', { handle: 'zachking', listId: 'list-a' }, CONTENT)).lastListId).toBe('list-a');
  });
});

describe('backup import through the background', () => {
  it('export → erase → import (replace) gives back identical content', async () => {
    const { db, ask } = setup();
    await seed(db);
    const before = await readAllData(db);
    const text = JSON.stringify(await buildBackup(before, new Date()));
    await ask('data.erase', { confirm: 'erase' });
    expect(await creatorCount(db)).toBe(0);
    expect(await importText(ask, text, 'replace')).toMatchObject({ imported: true });
    expect(await readAllData(db)).toEqual(before);
  });

  it('previews what an import will do before writing anything', async () => {
    const { db, ask } = setup();
    await seed(db);
    const text = JSON.stringify(await buildBackup(sampleData(), new Date()));
    const { sessionId } = await ask<{ sessionId: string }>('backup.import.begin', { chunks: 1, totalChars: text.length });
    await ask('backup.import.chunk', { sessionId, index: 0, text });
    const preview = await ask<{ checked: boolean; plans: { merge: { creators: { conflicts: number } } } }>('backup.import.check', { sessionId });
    expect(preview.checked).toBe(true);
    expect(preview.plans.merge.creators.conflicts).toBe(3);
    expect(await ask('backup.import.commit', { sessionId, mode: 'merge' })).toMatchObject({ imported: true });
    // A session is used once.
    expect(await ask('backup.import.commit', { sessionId, mode: 'merge' })).toMatchObject({ imported: false, code: 'incomplete' });
  });

  it('imports a file the side panel staged: one begin with its key, no chunk; a key is read once', async () => {
    const staged = new Map<string, string>();
    const takeStagedImport = async (key: string, maxBytes: number) => {
      const text = staged.get(key);
      staged.clear();
      if (text === undefined) return null;
      // As the staging store gives it: the text with its bytes (the checksum is taken over them).
      return text.length > maxBytes ? { tooLarge: text.length } : { text, bytes: new TextEncoder().encode(text) };
    };
    const phases: string[] = [];
    const { db, ask } = setup({ takeStagedImport, measure: (name, ms) => phases.push(ms >= 0 ? name.replace('import:', '') : 'negative') });
    await seed(db);
    const before = await readAllData(db);
    // The export's own layout, whose data's bytes are hashed as the file holds them.
    const { text } = await backupText(before, new Date());
    await ask('data.erase', { confirm: 'erase' });
    // The same file with one changed byte in its data: refused, nothing written.
    const changed = text.replace('"status":"', '"status":"x');
    expect(changed).not.toBe(text);
    staged.set('k0', changed);
    const refused = await ask<{ sessionId: string }>('backup.import.begin', { chunks: 1, totalChars: changed.length, staged: 'k0' });
    expect(await ask('backup.import.check', { sessionId: refused.sessionId })).toMatchObject({ imported: false });
    expect((await readAllData(db)).shortlistEntries).toEqual([]);
    staged.set('k1', text);
    const { sessionId } = await ask<{ sessionId: string }>('backup.import.begin', { chunks: 1, totalChars: text.length, staged: 'k1' });
    expect(staged.size).toBe(0);
    expect(await ask('backup.import.check', { sessionId })).toMatchObject({ checked: true });
    expect(await ask('backup.import.commit', { sessionId, mode: 'replace' })).toMatchObject({ imported: true });
    expect(await readAllData(db)).toEqual(before);
    // Each step timed as it ends: the staged file's read, the check's steps, the preview's plan, the write.
    expect(phases.slice(-7)).toEqual(['read', 'scan', 'parse', 'validate', 'checksum', 'plan', 'write']);
    // The same key again, an unknown key, and a background without a staging store: refused, nothing read.
    for (const [deps, key] of [[{ takeStagedImport }, 'k1'], [{ takeStagedImport }, 'other'], [{}, 'k1']] as const) {
      await expect(setup(deps).ask('backup.import.begin', { chunks: 1, totalChars: 10, staged: key })).rejects.toMatchObject({ code: 'invalid-payload' });
    }
    staged.set('big', 'x'.repeat(20));
    const tooLarge = setup({ takeStagedImport: (key) => takeStagedImport(key, 10) });
    await expect(tooLarge.ask('backup.import.begin', { chunks: 1, totalChars: 20, staged: 'big' })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('erasing everything also empties the staging store (a file left by a side panel closed mid-import)', async () => {
    const staged = new Map([['left', '{"format":"vettok-backup"}']]);
    const { db, ask } = setup({ clearStagedImports: async () => staged.clear() });
    await seed(db);
    await ask('data.erase', { confirm: 'erase' });
    expect(staged.size).toBe(0);
    expect(await creatorCount(db)).toBe(0);
  });

  it('merges into existing data without duplicating visits or entries', async () => {
    const { db, ask } = setup();
    await seed(db);
    const text = JSON.stringify(await buildBackup(await readAllData(db), new Date()));
    await putEntries(db, [{ ...sampleData().shortlistEntries[1]!, note: 'local edit' }]);
    expect(await importText(ask, text, 'merge')).toMatchObject({ imported: true });
    expect(await db.snapshots.count()).toBe(3);
    expect(await entryCount(db)).toBe(3);
    expect((await getEntry(db, 'e2'))!.note).toBe('');
  });

  it('refuses a corrupted, truncated, future or polluted file and writes nothing', async () => {
    const { db, ask } = setup();
    await seed(db);
    const before = await readAllData(db);
    const good = JSON.stringify(await buildBackup(before, new Date()));
    const bad = [
      [good.slice(0, -10), 'not-json'],
      [good.replace('"name":"美妆 头部"', '"name":"美妆 尾部"'), 'checksum-mismatch'],
      [good.replace('"schemaVersion":4', '"schemaVersion":9'), 'future-version'],
      [good.replace('"format":', '"__proto__":{},"format":'), 'forbidden-key'],
    ] as const;
    for (const [text, code] of bad) {
      expect(await importText(ask, text, 'replace')).toMatchObject({ imported: false, code });
      expect(await readAllData(db)).toEqual(before);
    }
  });

  it('a full disk mid-import leaves the database exactly as it was', async () => {
    const { db, ask } = setup();
    await seed(db);
    const before = await readAllData(db);
    const text = JSON.stringify(await buildBackup(before, new Date()));
    // Drafts are written after the entries: the entries written by then are rolled back too.
    const realBulkAdd = db.invitationDrafts.bulkAdd.bind(db.invitationDrafts);
    db.invitationDrafts.bulkAdd = (() => {
      const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      return Promise.reject(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }));
    }) as unknown as typeof db.invitationDrafts.bulkAdd;
    await expect(importText(ask, text, 'replace')).rejects.toMatchObject({ code: 'storage-full' });
    db.invitationDrafts.bulkAdd = realBulkAdd;
    expect(await readAllData(db)).toEqual(before);
  });

  it('refuses chunks out of order and an incomplete upload', async () => {
    const { ask } = setup();
    const { sessionId } = await ask<{ sessionId: string }>('backup.import.begin', { chunks: 2, totalChars: 4 });
    await ask('backup.import.chunk', { sessionId, index: 0, text: '{}' });
    expect(await ask('backup.import.check', { sessionId })).toMatchObject({ imported: false, code: 'incomplete' });
    expect(await ask('backup.import.commit', { sessionId, mode: 'merge' })).toMatchObject({ imported: false, code: 'incomplete' });
    const second = await ask<{ sessionId: string }>('backup.import.begin', { chunks: 2, totalChars: 4 });
    await expect(ask('backup.import.chunk', { sessionId: second.sessionId, index: 1, text: '{}' })).rejects.toMatchObject({ code: 'invalid-payload' });
  });
});

describe('indexed filtering', () => {
  it('answers score, followers, tier, status and tag conditions from the indexes', async () => {
    const { db } = setup();
    await seed(db);
    const creators = await allCreators(db);
    const byHandle = Object.fromEntries(creators.map((c) => [c.handle, c]));
    const rows = await shownRows(db, 'list-a', {});
    expect(rows.map((r) => r.handle).sort()).toEqual(['a', 'nasa']);
    const nasaFollowers = byHandle['nasa']!.followers!;
    expect((await shownRows(db, 'list-a', { minFollowers: nasaFollowers })).map((r) => r.handle)).toEqual(['nasa']);
    expect((await shownRows(db, 'list-a', { tiers: [byHandle['a']!.tier as 'mid'] })).map((r) => r.handle)).toEqual(['a']);
    expect((await shownRows(db, 'list-a', { statuses: ['contacted'], tags: ['vip'] })).map((r) => r.handle)).toEqual(['nasa']);
    expect(await shownRows(db, 'list-a', { statuses: ['settled'] })).toEqual([]);
    expect((await shownRows(db, 'list-b', { tags: ['vip'] })).map((r) => r.handle)).toEqual([]);
  });
});
