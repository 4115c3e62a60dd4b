import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordSnapshot } from '@/lib/db/creators-repository';
import { createList } from '@/lib/db/list-admin-repository';
import { updateEntry } from '@/lib/db/entries-repository';
import { addToShortlist } from '@/lib/db/shortlists-repository';
import { getCreator } from '@/lib/db/queries/creators';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';
import { assess } from '@/lib/scoring/assess';
import { setTeamList } from '@/lib/team/sync/team-lists';
import { entryToDoc } from '@/lib/team/model/mapping';
import { importData } from '@/lib/db/backup-repository';
import { readAllData } from '@/lib/db/queries/backup-data';
import { realSnapshot } from '../../fixture-files';
import { startTeamServer, type TeamServer } from '../../team/team-server';
import { openSeat, replicaKeepingKeys, until, type Seat } from '../../team/seat';
import { allEntries, entriesOfCreators, entriesOfList, getEntry } from '@/lib/db/queries/entries';

/** Three creators a merchant scouted on seat A (project fixtures trimmed from real captures, tests/fixtures). */
const CAPTURES = ['user-detail-scope-a-2026-09.json', 'user-detail-scope-khaby.lame-2026-09.json', 'user-detail-scope-zachking-2026-09.json'];

let server: TeamServer;
const seats: Seat[] = [];
let ids = 0;
const newId = () => `id-${++ids}`;

beforeAll(async () => {
  server = await startTeamServer({ databases: { 'team-shop': ['ana', 'bo'], other: ['zed'] }, users: { ana: 'pw-ana', bo: 'pw-bo', zed: 'pw-zed' } });
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const seat of seats.splice(0)) await seat.close();
  if (!(await fetch(server.url).then(() => true).catch(() => false))) await server.start();
});

async function seat(name: string, user: string, password: string) {
  const s = await openSeat({ name, serverUrl: server.url, database: 'team-shop', user, password });
  seats.push(s);
  return s;
}

/** Seat A reads three creators on their pages and puts them in a new list shared with the team. */
async function scoutOn(a: Seat) {
  const now = Date.now();
  const list = await createList(a.db, `Team ${now}`, now, { newId });
  await setTeamList(a.db, list.id, true);
  const handles: string[] = [];
  for (const file of CAPTURES) {
    const creator = await recordSnapshot(a.db, realSnapshot(file, now), (history, at) => assess(history, DEFAULT_SETTINGS, at), now);
    await addToShortlist(a.db, { handle: creator.handle, listId: list.id }, { listName: 'x', now, ids: { newId } });
    handles.push(creator.handle);
  }
  return { list, handles };
}

const entriesOn = async (s: Seat, listId: string) => entriesOfList(s.db, listId);

describe('two seats on one team database', { timeout: 60_000 }, () => {
  it('a team list with three creators reaches the other seat within 10 s, with figures, visits and who added them', async () => {
    const a = await seat('Ana', 'ana', 'pw-ana');
    const b = await seat('小博', 'bo', 'pw-bo');
    const { list, handles } = await scoutOn(a);
    const started = Date.now();
    const onB = await until('three entries on seat B', async () => {
      const entries = await entriesOn(b, list.id);
      return entries.length === 3 && entries.every((e) => e.view) && entries;
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(onB.map((e) => e.handle).sort()).toEqual([...handles].sort());
    expect(onB.every((e) => e.team?.addedBy === 'Ana')).toBe(true);
    expect(await b.db.shortlists.get(list.id)).toMatchObject({ name: list.name });
    const creatorOnB = await getCreator(b.db, handles[0]!);
    expect(creatorOnB?.assessment).toEqual((await getCreator(a.db, handles[0]!))?.assessment);
    expect(await b.db.snapshots.where('[handle+capturedAt]').between([handles[0]!, 0], [handles[0]!, Infinity]).count()).toBe(1);
    // A private list stays on seat A.
    const privateList = await createList(a.db, 'mine only', Date.now(), { newId });
    await a.sync.settle();
    await new Promise((r) => setTimeout(r, 500));
    expect(await b.db.shortlists.get(privateList.id)).toBeUndefined();
  });

  it('offline edits on both seats: both notes kept with the marker, the later status wins; nothing pending after', async () => {
    const a = await seat('Ana', 'ana', 'pw-ana');
    const b = await seat('小博', 'bo', 'pw-bo');
    const { list } = await scoutOn(a);
    const [target] = await until('entries on B', async () => {
      const e = await entriesOn(b, list.id);
      return e.length === 3 && e;
    });
    // Both seats idle before the server goes (PouchDB 9 asks for a replication's progress without
    // catching a failure: a server stopped in the middle of a batch leaves an unhandled rejection).
    await until('both seats idle', async () => a.sync.status().state === 'connected' && b.sync.status().state === 'connected');
    await server.stop();
    await updateEntry(a.db, target!.id, { note: 'Ana: asked for 15%' });
    await a.sync.settle();
    await new Promise((r) => setTimeout(r, 20));
    await updateEntry(b.db, target!.id, { note: '小博：样品已寄', status: 'sample-sent' });
    await b.sync.settle();
    await until('B sees the server gone', async () => b.sync.status().state === 'offline');
    expect(b.sync.status()).toMatchObject({ state: 'offline', error: 'unreachable' });
    expect(b.sync.status().pending).toBeGreaterThan(0);
    await server.start();
    for (const s of [a, b]) {
      const entry = await until(`merged entry on ${s.name}`, async () => {
        const e = await getEntry(s.db, target!.id);
        return e?.note.includes('Ana') && e.note.includes('小博') && e;
      });
      expect(entry.note).toBe('Ana: asked for 15%\n\n小博：样品已寄');
      expect(entry.team?.twoSeats).toBe(true);
      expect(entry.status).toBe('sample-sent');
    }
    await until('no conflicts left', async () => !(await a.local.get(`entry:${target!.id}`, { conflicts: true }))._conflicts?.length);
    await until('A connected with nothing pending', async () => a.sync.status().state === 'connected' && a.sync.status().pending === 0);
  });

  it('offline with pending N stays true after the worker restarts, and reaches 0 once the server takes them', async () => {
    const a = await seat('Ana', 'ana', 'pw-ana');
    const { list } = await scoutOn(a);
    await a.sync.settle();
    // The server already holds documents of these creators from earlier tests: A pulls them,
    // merges them into its own records and writes the merged versions. So A applies what it
    // received first, and the server must hold the same revision of every document A holds.
    await until('the server holds all of A, and A knows it', async () => {
      await a.sync.settle();
      const held = (await a.local.allDocs()).rows;
      const onServer = await server.db('team-shop').allDocs({ keys: held.map((r) => r.id) });
      const same = onServer.rows.every((r, i) => 'value' in r && r.value.rev === held[i]!.value.rev);
      return same && a.sync.status().state === 'connected' && a.sync.status().pending === 0;
    });
    // The worker stops before the server does (no replication is cut mid-request), and the
    // merchant edits two entries while both are away.
    await a.sync.stop();
    await server.stop();
    const [first, second] = await entriesOn(a, list.id);
    await updateEntry(a.db, first!.id, { note: 'asked for 15%' });
    await updateEntry(a.db, second!.id, { priority: 2 });
    await a.restart();
    await until('A sees the server gone', async () => a.sync.status().state === 'offline');
    // Two entries changed: their two documents wait for the server.
    expect(a.sync.status()).toMatchObject({ state: 'offline', error: 'unreachable', pending: 2 });
    await a.restart();
    await until('A offline again after one more restart', async () => a.sync.status().state === 'offline');
    expect(a.sync.status().pending).toBe(2);
    await server.start();
    await until('A connected with nothing pending', async () => a.sync.status().state === 'connected' && a.sync.status().pending === 0);
    expect(((await server.db('team-shop').get(`entry:${first!.id}`)) as { notes: { text: string }[] }).notes.map((n) => n.text)).toContain('asked for 15%');
    // Nothing waits after one more restart either.
    await a.restart();
    expect(a.sync.status().pending).toBe(0);
  });

  it('a backup restored into a team list replicates like any other change', async () => {
    const a = await seat('Ana', 'ana', 'pw-ana');
    const b = await seat('小博', 'bo', 'pw-bo');
    const { list, handles } = await scoutOn(a);
    await until('three entries on seat B', async () => (await entriesOn(b, list.id)).length === 3);
    // The merchant's backup holds the team list with one creator more than the team has seen.
    const data = await readAllData(a.db);
    const now = Date.now();
    const restored = {
      ...data,
      creators: [...data.creators, { ...data.creators[0]!, handle: 'restored.one' }],
      shortlistEntries: [...data.shortlistEntries, { id: 'restored-entry', listId: list.id, handle: 'restored.one', status: 'scouting' as const, priority: 1, tags: ['备份'], note: 'from the backup', addedAt: now }],
    };
    await importData(a.db, restored, 'merge');
    const onB = await until('the restored entry on seat B', async () => getEntry(b.db, 'restored-entry'));
    expect(onB).toMatchObject({ listId: list.id, handle: 'restored.one', tags: ['备份'], note: 'from the backup', priority: 1 });
    expect((await entriesOn(b, list.id)).map((e) => e.handle).sort()).toEqual([...handles, 'restored.one'].sort());
  });

  it('a worker stopped mid-sync loses nothing and duplicates nothing', async () => {
    const a = await seat('Ana', 'ana', 'pw-ana');
    const b = await seat('小博', 'bo', 'pw-bo');
    const { list } = await scoutOn(a);
    await until('B has started receiving', async () => (await entriesOn(b, list.id)).length > 0 || (await b.db.shortlists.get(list.id)));
    await b.sync.stop();
    // Changes on both seats while B's worker is stopped.
    const [first] = await entriesOn(a, list.id);
    await updateEntry(a.db, first!.id, { priority: 3 });
    const onB = await allEntries(b.db);
    if (onB[0]) await updateEntry(b.db, onB[0].id, { tags: ['直播'] });
    await b.restart();
    const entries = await until('B complete', async () => {
      const e = await entriesOn(b, list.id);
      return e.length === 3 && e.find((x) => x.id === first!.id)?.priority === 3 && e;
    });
    expect(new Set(entries.map((e) => e.handle)).size).toBe(3);
    if (onB[0]) await until('B\'s tag reached A', async () => (await getEntry(a.db, onB[0]!.id))?.tags.includes('直播'));
    expect((await entriesOn(a, list.id)).length).toBe(3);
  });

  it('hostile documents are refused with the reason, never written, and the seat keeps syncing', async () => {
    const b = await seat('小博', 'bo', 'pw-bo');
    const by = { at: Date.now(), seat: 'seat-x', name: 'X' };
    const good = entryToDoc({ id: 'e-ok', listId: 'l-x', handle: 'fine.one', status: 'scouting', priority: 0, tags: [], note: '<script>alert(1)</script>', addedAt: by.at }, null, by)!;
    const hostile = [
      { ...good, _id: 'entry:e-big', id: 'e-big', handle: 'big.one', notes: [{ ...good.notes[0]!, text: 'x'.repeat(300_000) }] },
      { ...good, _id: 'entry:e-type', id: 'e-type', handle: 'typed.one', priority: { v: 'high', by } },
    ];
    // A member's seat writes them as raw JSON over HTTP, as any client of the server could.
    const put = (body: string) =>
      fetch(`${server.url}/team-shop/_bulk_docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('ana:pw-ana').toString('base64')}` },
        body,
      });
    const proto = JSON.stringify({ ...good, _id: 'entry:e-proto', id: 'e-proto', handle: 'proto.one' }).replace('"tags":[]', '"tags":[],"__proto__":{"admin":true}');
    expect((await put(`{"docs":[${[...hostile.map((d) => JSON.stringify(d)), proto, JSON.stringify(good)].join(',')}]}`)).status).toBe(201);
    await until('good entry applied', async () => getEntry(b.db, 'e-ok'));
    const reasons = await until('two refusals', async () => {
      const r = b.sync.status().refusals.filter((x) => x.id.startsWith('entry:e-'));
      return r.length === 2 && r;
    });
    expect(reasons.map((r) => r.id).sort()).toEqual(['entry:e-big', 'entry:e-type']);
    expect(reasons.find((r) => r.id === 'entry:e-big')?.reason).toMatch(/^\d+ characters, more than 200000$/);
    expect(reasons.find((r) => r.id === 'entry:e-type')?.reason).toBe('priority.v: Invalid input');
    expect(await getEntry(b.db, 'e-big')).toBeUndefined();
    expect(await getEntry(b.db, 'e-type')).toBeUndefined();
    // The "__proto__" key does not survive the trip (the server and PouchDB copy documents key by
    // key, where it sets a prototype instead of a field): what arrives has no such key and pollutes
    // nothing. A document that still carries it as its own key is refused (tests/unit/team/validate.test.ts).
    const arrived = await until('proto entry', async () => getEntry(b.db, 'e-proto'));
    expect(Object.keys(arrived)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // A script in a note is kept as the text it is.
    expect((await getEntry(b.db, 'e-ok'))?.note).toBe('<script>alert(1)</script>');
  });

  it('a document that reaches the seat with "__proto__" as its own key is refused with the reason, and nothing of it is written', async () => {
    // The server and PouchDB's storage drop the key on the way (see the test above): the document
    // is written into the seat's replica as replication writes one, and the replica hands it over
    // with the key it was sent with.
    const by = { at: Date.now(), seat: 'seat-x', name: 'X' };
    const good = entryToDoc({ id: 'e-proto2', listId: 'l-x', handle: 'proto.two', status: 'scouting', priority: 0, tags: [], note: 'hi', addedAt: by.at }, null, by)!;
    const text = JSON.stringify(good).replace('"tags":[]', '"tags":[],"__proto__":{"admin":true}');
    expect(Object.keys(JSON.parse(text) as object)).toContain('__proto__');
    const b = await openSeat({ name: '小博', serverUrl: server.url, database: 'team-shop', user: 'bo', password: 'pw-bo', replica: replicaKeepingKeys(new Map([[good._id, text]])) });
    seats.push(b);
    await b.local.bulkDocs([{ ...good, _rev: '1-0123456789abcdef0123456789abcdef' }] as PouchDB.Core.PutDocument<object>[], { new_edits: false });
    await b.sync.settle();
    const refusal = await until('the refusal', async () => b.sync.status().refusals.find((r) => r.id === good._id));
    expect(refusal.reason).toBe('forbidden key "__proto__"');
    expect(await getEntry(b.db, 'e-proto2')).toBeUndefined();
    expect((await entriesOfCreators(b.db, ['proto.two'])).length).toBe(0);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // The seat goes on: a teammate's entry written after it is applied.
    const next = entryToDoc({ id: 'e-after', listId: 'l-x', handle: 'after.one', status: 'scouting', priority: 0, tags: [], note: '', addedAt: by.at }, null, by)!;
    await b.local.bulkDocs([{ ...next, _rev: '1-0123456789abcdef0123456789abcdee' }] as PouchDB.Core.PutDocument<object>[], { new_edits: false });
    await b.sync.settle();
    await until('the next entry applied', async () => getEntry(b.db, 'e-after'));
  });

  it('a wrong password, a missing database and a user not in the team each say so', async () => {
    const wrong = await seat('Ana', 'ana', 'not-her-password');
    await until('wrong password', async () => wrong.sync.status().error === 'wrong-password');
    const stranger = await seat('Zed', 'zed', 'pw-zed');
    await until('forbidden', async () => stranger.sync.status().error === 'forbidden');
    const missing = await openSeat({ name: 'Ana', serverUrl: server.url, database: 'no-such-db', user: 'ana', password: 'pw-ana' });
    seats.push(missing);
    await until('missing database', async () => missing.sync.status().error === 'missing-database');
  });
});
