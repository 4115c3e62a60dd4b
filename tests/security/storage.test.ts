import { creatorCount, getCreator } from '../../lib/db/queries/creators';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import type { BackgroundDeps } from '../../lib/background/handlers/deps';
import { buildBackup } from '../../lib/backup/build-backup';
import { importData } from '../../lib/db/backup-repository';
import { readAllData } from '../../lib/db/queries/backup-data';
import type { VettokDatabase } from '../../lib/db/database';
import { creatorColumns, withoutView } from '../../lib/shortlists/row-view';
import { DEFAULT_SETTINGS } from '../../lib/schemas/settings';
import { realSnapshot } from '../fixture-files';
import { sampleData } from '../sample-data';
import { freshDb, sequentialIds } from '../integration/test-db';
import { entriesAt, getEntry } from '../../lib/db/queries/entries';

/**
 * Issue 9 §4: a full disk and concurrent writers. Quota failures are injected the way Chrome
 * reports them (an AbortError whose inner error is a QuotaExceededError) at every write of every
 * flow: the reply is `storage-full` with a clear message and the database is exactly as before.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const POPUP = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const CONTENT = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 42 } };
const AT = Date.UTC(2026, 10, 24);
const figures = { flows: 0, injections: 0, concurrentRuns: 0, concurrentOps: 0 };

function quotaError(): Error {
  const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });
}

/** Fails the (budget+1)-th write request with a quota error; counts write requests. */
function injectQuota(db: VettokDatabase) {
  const state = { budget: Infinity, writes: 0 };
  db.use({
    stack: 'dbcore',
    name: 'quota-injection',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (state.writes++ >= state.budget) return Promise.reject(quotaError());
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
  return state;
}

function setup() {
  const db = freshDb();
  const quota = injectQuota(db);
  const deps: BackgroundDeps = {
    db,
    now: () => AT,
    ids: sequentialIds('n'),
    settings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    locale: async () => 'en',
    tabCreators: { get: async () => null, set: async () => undefined },
    setBadge: async () => undefined,
  };
  const route = createBackgroundRouter(deps, SELF);
  return { db, quota, route };
}

type Route = ReturnType<typeof setup>['route'];

async function importBackup(route: Route, text: string) {
  const begin = await route({ vettok: 1, name: 'backup.import.begin', payload: { chunks: 1, totalChars: text.length } }, PAGE);
  const sessionId = (begin as { data: { sessionId: string } }).data.sessionId;
  await route({ vettok: 1, name: 'backup.import.chunk', payload: { sessionId, index: 0, text } }, PAGE);
  await route({ vettok: 1, name: 'backup.import.check', payload: { sessionId } }, PAGE);
  return route({ vettok: 1, name: 'backup.import.commit', payload: { sessionId, mode: 'replace' } }, PAGE);
}

const other = sampleData();
other.shortlists = [{ id: 'list-z', name: 'Imported 😀', createdAt: 1, archived: false }];
other.shortlistEntries = other.creators.map((c, i) => ({ id: `z${i}`, listId: 'list-z', handle: c.handle, status: 'scouting', priority: 1, tags: ['x'], note: '导入', addedAt: 1 }));
const otherText = buildBackup(other, new Date(AT)).then((b) => JSON.stringify(b));

/** Flows that write, each as the surface that sends it. */
const FLOWS: [string, (route: Route) => Promise<unknown>][] = [
  ['content: snapshot.submit (creator + snapshot)', (r) => r({ vettok: 1, name: 'snapshot.submit', payload: { snapshot: realSnapshot('user-detail-scope-a-2026-09.json', AT) } }, CONTENT)],
  ['content: shortlist.add to the default list', (r) => r({ vettok: 1, name: 'shortlist.add', payload: { handle: 'a' } }, CONTENT)],
  ['popup: shortlist.add to a list', (r) => r({ vettok: 1, name: 'shortlist.add', payload: { handle: 'zachking', listId: 'list-b' } }, POPUP)],
  ['side panel: entry.update', (r) => r({ vettok: 1, name: 'entry.update', payload: { entryId: 'e2', patch: { note: '满了', tags: ['a', 'b'] } } }, PAGE)],
  ['side panel: entries.bulk move', (r) => r({ vettok: 1, name: 'entries.bulk', payload: { entryIds: ['e1', 'e2'], action: { kind: 'move', toListId: 'list-b' } } }, PAGE)],
  ['side panel: list.delete', (r) => r({ vettok: 1, name: 'list.delete', payload: { listId: 'list-a' } }, PAGE)],
  ['side panel: list.create', (r) => r({ vettok: 1, name: 'list.create', payload: { name: 'New' } }, PAGE)],
  ['side panel: backup import (replace)', async (r) => importBackup(r, await otherText)],
];

describe('a full disk at every write of every flow', () => {
  it.each(FLOWS)('%s: storage-full, clear message, nothing half-written', async (_label, flow) => {
    // Count the writes of a successful run first.
    const probe = setup();
    await importData(probe.db, sampleData(), 'replace');
    probe.quota.writes = 0;
    const ok = (await flow(probe.route)) as { ok: boolean; data?: { imported?: boolean } };
    expect(ok.ok).toBe(true);
    const writes = probe.quota.writes;
    expect(writes).toBeGreaterThan(0);
    figures.flows++;

    for (let budget = 0; budget < writes; budget++) {
      const { db, quota, route } = setup();
      await importData(db, sampleData(), 'replace');
      const before = await readAllData(db);
      quota.writes = 0;
      quota.budget = budget;
      const reply = (await flow(route)) as { ok: boolean; error?: { code: string; message: string } };
      expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
      expect(reply.error?.message).toMatch(/no room/i);
      quota.budget = Infinity;
      expect(await readAllData(db)).toEqual(before);
      figures.injections++;
    }
  });
});

describe('concurrent writes from popup, side panel and background to one creator (model)', () => {
  type Op =
    | { kind: 'note'; value: string }
    | { kind: 'status'; value: 'contacted' | 'invited' | 'scouting' }
    | { kind: 'priority'; value: number }
    | { kind: 'tags'; value: string[] }
    | { kind: 'visit'; at: number }
    | { kind: 'add'; listId: 'list-b' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('note' as const), value: fc.string({ unit: 'grapheme', maxLength: 40 }) }),
    fc.record({ kind: fc.constant('status' as const), value: fc.constantFrom('contacted' as const, 'invited' as const, 'scouting' as const) }),
    fc.record({ kind: fc.constant('priority' as const), value: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ kind: fc.constant('tags' as const), value: fc.uniqueArray(fc.constantFrom('vip', '美妆', 'q4', '😀'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('visit' as const), at: fc.integer({ min: 1, max: 60 }).map((d) => Date.UTC(2026, 9, 1) + d * 3 * 86_400_000) }),
    fc.record({ kind: fc.constant('add' as const), listId: fc.constant('list-b' as const) }),
  );

  it('every write lands: no lost update, no duplicate', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 2, maxLength: 12 }), async (ops) => {
        const { db, route } = setup();
        await importData(db, sampleData(), 'replace');
        const handle = 'a';
        const entryId = 'e2'; // creator "a" in list-a
        // At most one patch per field (distinct fields must all survive), any number of visits and adds.
        const seen = new Set<string>();
        const unique = ops.filter((o) => (o.kind === 'visit' || o.kind === 'add' ? true : !seen.has(o.kind) && !!seen.add(o.kind)));
        const visits = new Set(unique.filter((o) => o.kind === 'visit').map((o) => (o as { at: number }).at));
        const snapshotsBefore = await db.snapshots.where('handle').equals(handle).count();

        const replies = await Promise.all(
          unique.map((o) => {
            switch (o.kind) {
              case 'visit':
                return route({ vettok: 1, name: 'snapshot.submit', payload: { snapshot: realSnapshot('user-detail-scope-a-2026-09.json', o.at) } }, CONTENT);
              case 'add':
                return route({ vettok: 1, name: 'shortlist.add', payload: { handle, listId: o.listId } }, POPUP);
              default:
                return route({ vettok: 1, name: 'entry.update', payload: { entryId, patch: { [o.kind]: o.value } } }, PAGE);
            }
          }),
        );
        for (const reply of replies) expect(reply).toMatchObject({ ok: true });

        // Model: every field patched holds its value, every other field is unchanged.
        const model = { ...sampleData().shortlistEntries[1]! } as Record<string, unknown>;
        for (const o of unique) if (o.kind !== 'visit' && o.kind !== 'add') model[o.kind] = o.value;
        const stored = await getEntry(db, entryId);
        expect(withoutView(stored!)).toEqual(model);
        // The entry's copy of its creator's columns follows the visits.
        expect(stored!.view).toEqual(creatorColumns(await getCreator(db, handle)));
        // Adds: exactly one entry for the creator in list-b, whatever the number of clicks.
        const inB = (await entriesAt(db, [['list-b', handle]])).length;
        expect(inB).toBe(unique.some((o) => o.kind === 'add') ? 1 : 0);
        // Visits (days apart, after the stored one): one snapshot each, still one creator record.
        const snapshots = await db.snapshots.where('handle').equals(handle).count();
        expect(snapshots).toBe(snapshotsBefore + visits.size);
        expect(await creatorCount(db)).toBe(sampleData().creators.length);
        figures.concurrentRuns++;
        figures.concurrentOps += unique.length;
      }),
      { numRuns: 40 },
    );
  });

  it('a late, older visit never overwrites a newer one, and its repeat is not stored twice', async () => {
    const { db, route } = setup();
    await importData(db, sampleData(), 'replace');
    const before = await db.snapshots.where('handle').equals('a').count();
    const visit = (at: number) => route({ vettok: 1, name: 'snapshot.submit', payload: { snapshot: realSnapshot('user-detail-scope-a-2026-09.json', at) } }, CONTENT);
    const newer = Date.UTC(2026, 10, 13);
    const older = Date.UTC(2026, 10, 10);
    for (const at of [newer, older, older, older + 60_000]) expect(await visit(at)).toMatchObject({ ok: true });
    const rows = await db.snapshots.where('handle').equals('a').toArray();
    expect(rows).toHaveLength(before + 2);
    expect(rows.map((r) => r.capturedAt)).toContain(newer);
    // The visit keeps its first read's time as its key and holds the newest read's figures.
    expect(rows.find((r) => r.capturedAt === older)?.snapshot.capturedAt).toBe(older + 60_000);
  });

  it('reports its figures', () => {
    console.log(
      `[security] storage: ${figures.flows} flows × every write = ${figures.injections} quota injections; ${figures.concurrentRuns} concurrent runs, ${figures.concurrentOps} concurrent writes`,
    );
  });
});
