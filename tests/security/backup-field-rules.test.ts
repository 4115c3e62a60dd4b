import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { BackupData } from '../../lib/backup/backup-format';
import { buildBackup } from '../../lib/backup/build-backup';
import { resultsCsv } from '../../lib/collaborations/results-csv';
import { computeDeadlines } from '../../lib/collaborations/deadlines';
import { EMPTY_DATES, type Collaboration, type CollaborationDates } from '../../lib/collaborations/collaboration';
import { readAllData } from '../../lib/db/queries/backup-data';
import { badCollaborations, badEntriesOfList, badInvitationRecords, badVisitsOf } from '../../lib/db/queries/bad-records';
import { listCollaborations } from '../../lib/db/queries/collaborations';
import { allLists, listCounts, loadListRows } from '../../lib/db/queries/shortlist-rows';
import { IMPORT_CHUNK_CHARS } from '../../lib/messaging/protocol';
import { LATEST_INSTANT } from '../../lib/schemas/field-rules';
import { shortlistCsv } from '../../lib/shortlists/shortlist-csv';
import { csvTexts } from '../../lib/shortlists/csv-texts';
import { realSnapshot } from '../fixture-files';
import { fakeBackgroundDeps, sequentialIds } from '../integration/test-db';
import { realCreator, sampleData } from '../sample-data';
import { allEntries } from '../../lib/db/queries/entries';

/**
 * A backup that passes import must leave every view and every action working: the backup's rows
 * follow the same id, handle and date rules as the messages and replies (lib/schemas/field-rules.ts).
 * Before, a list id of 65 characters or an empty one passed import and then failed every card reply
 * ("reply failed validation: listChoices.0.listId"); an entry dated 1e20 or a collaboration date of
 * 9e15 passed import and then broke the side panel (Date throws beyond ±8.64e15 ms).
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const CONTENT = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 3 } };
const AT = new Date(Date.UTC(2026, 10, 24, 3));
const FILES = ['user-detail-scope-nasa-2026-09.json', 'user-detail-scope-a-2026-09.json', 'user-detail-scope-zachking-2026-09.json'];

function setup() {
  const deps = fakeBackgroundDeps({ now: () => AT.getTime(), ids: sequentialIds('s') });
  const route = createBackgroundRouter(deps, SELF);
  const call = async (name: string, payload: unknown, sender: object = PAGE) => route({ vettok: 1, name, payload }, sender);
  return { db: deps.db, call };
}
type Call = ReturnType<typeof setup>['call'];

async function importData(call: Call, data: BackupData) {
  const text = JSON.stringify(await buildBackup(data, AT));
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += IMPORT_CHUNK_CHARS) chunks.push(text.slice(i, i + IMPORT_CHUNK_CHARS));
  const begin = await call('backup.import.begin', { chunks: chunks.length, totalChars: text.length });
  const { sessionId } = (begin as { data: { sessionId: string } }).data;
  for (const [index, part] of chunks.entries()) await call('backup.import.chunk', { sessionId, index, text: part });
  const check = await call('backup.import.check', { sessionId });
  if (!check.ok || (check.data as { checked?: boolean }).checked !== true) return check;
  return call('backup.import.commit', { sessionId, mode: 'replace' });
}

function withCollaboration(data: BackupData, dates: Partial<CollaborationDates>): BackupData {
  const collaboration: Collaboration = {
    id: 'c1',
    creatorHandle: data.creators[0]!.handle,
    invitationId: null,
    draftId: null,
    status: 'sample-shipped',
    terminationReason: null,
    dates: { ...EMPTY_DATES, invitedAt: AT.getTime(), ...dates },
    sampleExtensionDays: 0,
    settlementDisputed: false,
    carrier: null,
    trackingNumber: null,
    contentLinks: [],
    notes: '',
    stopLoss: { roiThreshold: null, consecutiveCount: 2 },
    results: [],
    createdAt: AT.getTime(),
    updatedAt: AT.getTime(),
  };
  return { ...data, collaborations: [collaboration] };
}

describe('backups follow the protocol\'s rules for ids, handles and dates', () => {
  const hostile: [string, (d: BackupData) => BackupData][] = [
    ['a list id of 65 characters', (d) => ({ ...d, shortlists: d.shortlists.map((l, i) => (i === 0 ? { ...l, id: 'L'.repeat(65) } : l)), shortlistEntries: d.shortlistEntries.map((e) => (e.listId === 'list-a' ? { ...e, listId: 'L'.repeat(65) } : e)) })],
    ['an empty list id', (d) => ({ ...d, shortlists: d.shortlists.map((l, i) => (i === 0 ? { ...l, id: '' } : l)), shortlistEntries: d.shortlistEntries.map((e) => (e.listId === 'list-a' ? { ...e, listId: '' } : e)) })],
    ['an entry added at 1e20', (d) => ({ ...d, shortlistEntries: d.shortlistEntries.map((e, i) => (i === 0 ? { ...e, addedAt: 1e20 } : e)) })],
    ['a collaboration date of 9e15', (d) => withCollaboration(d, { sampleShippedAt: 9e15 })],
    ['a collaboration date after year 9999', (d) => withCollaboration(d, { sampleShippedAt: LATEST_INSTANT + 1 })],
    ['a handle with "@" and capitals', (d) => ({ ...d, shortlistEntries: d.shortlistEntries.map((e, i) => (i === 0 ? { ...e, handle: '@NASA' } : e)) })],
    ['a priority of 1e9', (d) => ({ ...d, shortlistEntries: d.shortlistEntries.map((e, i) => (i === 0 ? { ...e, priority: 1e9 } : e)) })],
  ];

  it.each(hostile)('refuses %s and writes nothing', async (_name, mutate) => {
    const { db, call } = setup();
    const before = await readAllData(db);
    const reply = await importData(call, mutate(sampleData()));
    expect(reply).toMatchObject({ ok: true, data: { imported: false, code: 'invalid' } });
    expect(await readAllData(db)).toEqual(before);
  });

  it('accepts the latest valid instant, and the views and card work with it', async () => {
    const { call } = setup();
    const data = withCollaboration(sampleData(), { sampleShippedAt: LATEST_INSTANT, sampleReceivedAt: LATEST_INSTANT });
    expect(await importData(call, data)).toMatchObject({ ok: true, data: { imported: true } });
    for (const deadline of computeDeadlines(data.collaborations[0]!, AT.getTime(), 'Asia/Jakarta')) {
      expect(new Date(deadline.dueAt).toISOString()).toMatch(/^\+010000-01-/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: any backup that passes import leaves every view's data and every action working.

const idChar = fc.constantFrom(...'abcXYZ019-_:.中😀 '.split(''), '\u200b', '\u202e', '=');
const id = fc.string({ unit: idChar, minLength: 1, maxLength: 64 });
const handle = fc.stringMatching(/^[a-z0-9._]{1,64}$/);
const instant = fc.oneof(fc.integer({ min: 0, max: LATEST_INSTANT }), fc.constantFrom(0, LATEST_INSTANT, AT.getTime()));
const maybeInstant = fc.option(instant, { nil: null });
const text = fc.string({ maxLength: 40 });

const backupArb = fc
  .record({
    handles: fc.uniqueArray(handle, { minLength: 1, maxLength: 3 }),
    lists: fc.uniqueArray(fc.record({ id, name: text, createdAt: instant, archived: fc.boolean() }), { minLength: 1, maxLength: 3, selector: (l) => l.id }),
    entryIds: fc.uniqueArray(id, { minLength: 3, maxLength: 3 }),
    entries: fc.array(
      fc.record({
        list: fc.nat(),
        creator: fc.nat(),
        status: fc.constantFrom('scouting', 'contacted', 'invited', 'sample-sent', 'content-review', 'published', 'settled', 'dropped' as const),
        priority: fc.integer({ min: 0, max: 3 }),
        tags: fc.array(text, { maxLength: 3 }),
        note: text,
        addedAt: instant,
      }),
      { maxLength: 3 },
    ),
    snapshotAt: instant,
    collaboration: fc.record({
      id,
      dates: fc.record({
        invitedAt: maybeInstant,
        acceptedAt: maybeInstant,
        sampleRequestedAt: maybeInstant,
        sampleDecidedAt: maybeInstant,
        sampleShippedAt: maybeInstant,
        sampleReceivedAt: maybeInstant,
        contentSubmittedAt: maybeInstant,
        contentReviewedAt: maybeInstant,
        publishedAt: maybeInstant,
        settledAt: maybeInstant,
        appealedAt: maybeInstant,
      }),
      resultId: id,
      resultDate: instant,
      createdAt: instant,
    }),
  })
  .map((g): BackupData => {
    const base = sampleData();
    const creators = g.handles.map((h, i) => ({ ...realCreator(FILES[i % FILES.length]!), handle: h }));
    const pairs = new Set<string>();
    const entries = g.entries.flatMap((e, i) => {
      const listId = g.lists[e.list % g.lists.length]!.id;
      const h = creators[e.creator % creators.length]!.handle;
      if (pairs.has(`${listId}\u0000${h}`)) return [];
      pairs.add(`${listId}\u0000${h}`);
      return [{ id: g.entryIds[i]!, listId, handle: h, status: e.status, priority: e.priority, tags: [...new Set(e.tags)], note: e.note, addedAt: e.addedAt }];
    });
    const c = g.collaboration;
    return {
      ...base,
      creators,
      snapshots: creators.map((cr, i) => ({ id: i + 1, handle: cr.handle, capturedAt: g.snapshotAt, snapshot: { ...realSnapshot(FILES[i % FILES.length]!), handle: cr.handle } })),
      shortlists: g.lists,
      shortlistEntries: entries,
      collaborations: [
        {
          ...withCollaboration({ ...base, creators }, c.dates).collaborations[0]!,
          id: c.id,
          createdAt: c.createdAt,
          updatedAt: c.createdAt,
          results: [{ id: c.resultId, seq: 1, date: c.resultDate, kind: 'video', link: null, views: 1000, orders: 3, gmv: 30, refunds: null, costs: { commission: 3, fee: null, sample: null, shipping: null }, currency: 'USD' }],
        },
      ],
    };
  });

const ok = (reply: { ok: boolean; error?: { message: string } }, what: string) => expect(reply.ok, `${what}: ${reply.error?.message ?? ''}`).toBe(true);

describe('fuzz: backups that pass import leave every view and action working', () => {
  it('renders every view\'s data and answers every action after importing a generated backup', { timeout: 120_000 }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(backupArb, async (data) => {
        const { db, call } = setup();
        const imported = await importData(call, data);
        expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true, data: { imported: true } });
        runs += 1;

        // Side panel: Shortlists (list bar, rows, CSV), Collaborations (deadlines, dates, results CSV).
        const lists = await allLists(db);
        expect(lists.length).toBe(data.shortlists.length);
        const counts = await listCounts(db, lists.map((l) => l.id));
        for (const list of data.shortlists) {
          const rows = await loadListRows(db, list.id);
          expect(rows.length).toBe(counts[list.id]);
          shortlistCsv(rows, () => list.name, csvTexts('zh-CN', 'Asia/Shanghai'), 'Asia/Shanghai');
          for (const row of rows) new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(row.addedAt);
        }
        for (const c of data.collaborations) {
          computeDeadlines(c, AT.getTime(), 'Asia/Jakarta');
          for (const at of Object.values(c.dates)) if (at !== null) new Date(at).toISOString();
        }
        resultsCsv(data.collaborations, csvTexts('zh-CN', 'Asia/Shanghai'), ';');
        // Every view shows every imported record: none is left out as one it cannot show.
        for (const list of data.shortlists) expect(await badEntriesOfList(db, list.id, AT.getTime())).toEqual([]);
        expect(await badCollaborations(db, AT.getTime())).toEqual([]);
        expect(await badInvitationRecords(db, AT.getTime())).toEqual([]);
        for (const creator of data.creators) expect(await badVisitsOf(db, creator.handle, AT.getTime())).toEqual([]);
        expect((await listCollaborations(db)).length).toBe(data.collaborations.length);

        // Card (content script) and popup replies are checked against the protocol by the router.
        for (const creator of data.creators) {
          ok(await call('snapshot.submit', { snapshot: { ...realSnapshot(FILES[0]!, AT.getTime()), handle: creator.handle } }, CONTENT), 'snapshot.submit');
          ok(await call('shortlist.add', { handle: creator.handle, listId: data.shortlists[0]!.id }, CONTENT), 'shortlist.add');
        }
        ok(await call('tab.creator', { tabId: 3 }), 'tab.creator');
        const entryIds = (await allEntries(db)).map((e) => e.id);
        ok(await call('entry.update', { entryId: entryIds[0]!, patch: { note: 'ok', status: 'contacted' } }), 'entry.update');
        const bulk = await call('entries.bulk', { entryIds, action: { kind: 'priority', priority: 2 } });
        ok(bulk, 'entries.bulk');
        ok(await call('undo.apply', { undoId: (bulk as { data: { undoId: string } }).data.undoId }), 'undo.apply');
        for (const list of data.shortlists) {
          ok(await call('list.rename', { listId: list.id, name: 'renamed' }), 'list.rename');
          ok(await call('list.archive', { listId: list.id, archived: !list.archived }), 'list.archive');
        }
        for (const c of data.collaborations) ok(await call('collab.update', { id: c.id, patch: { notes: 'ok' } }), 'collab.update');
        ok(await call('list.delete', { listId: data.shortlists[0]!.id }), 'list.delete');
        db.close();
      }),
      { numRuns: 25 },
    );
    console.log(`[security] fuzz: ${runs} generated backups imported; every view's data and 11 kinds of action worked after each`);
  });
});
