import { afterEach, describe, expect, it } from 'vitest';
import { VettokDatabase } from '@/lib/db/database';
import { updateEntry } from '@/lib/db/entries-repository';
import { createList } from '@/lib/db/list-admin-repository';
import type { EntryDoc } from '@/lib/team/model/documents';
import { applyDocs } from '@/lib/team/sync/inbound';
import { noLocalEdits } from '@/lib/team/sync/local-edits';
import { pushRecords } from '@/lib/team/sync/outbound';
import { setTeamList } from '@/lib/team/sync/team-lists';
import { createTeamSync, type TeamSync } from '@/lib/team/sync/team-sync';
import { NodePouch } from '../../team/node-pouch';
import { getEntry } from '@/lib/db/queries/entries';
import { addEntries } from '@/lib/db/entry-store-repository';

/**
 * A teammate's change reaching this seat's replica while this seat has a change of its own to the
 * same record not yet mapped out. Each race is set up step by step (no server: the teammate's
 * revision is written into the replica as replication writes it), so each runs the same way every time.
 */

let serial = 0;
const open: { db: VettokDatabase; local: PouchDB.Database; sync?: TeamSync; team?: PouchDB.Database }[] = [];
afterEach(async () => {
  for (const seat of open.splice(0)) {
    await seat.sync?.stop();
    await seat.local.destroy();
    await seat.team?.destroy();
    await seat.db.delete();
  }
});

const ana = { seat: 'seat-ana', name: 'Ana' };
const bo = { at: 0, seat: 'seat-bo', name: '小博' };

/** A seat with one team list holding one entry, mapped out to its replica (the server is away). */
async function seatWithEntry(withSync: boolean) {
  const id = `${process.pid}-${++serial}`;
  const db = new VettokDatabase(`vettok-concurrent-${id}`);
  const local = new NodePouch(`concurrent-${id}`, { adapter: 'memory' });
  const seat: (typeof open)[number] = { db, local };
  open.push(seat);
  const list = await createList(db, 'Team', 1, { newId: () => 'l1' });
  await setTeamList(db, list.id, true);
  await addEntries(db, [{ id: 'e1', listId: 'l1', handle: 'a', status: 'scouting', priority: 0, tags: [], note: '', addedAt: 1 }]);
  if (withSync) {
    seat.sync = createTeamSync({
      db,
      local,
      // Nothing listens there: the seat works offline, as with a server away.
      remote: new NodePouch('http://127.0.0.1:9/team', { skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration),
      seat: ana,
      now: () => Date.now(),
      onStatus: () => undefined,
      maxRetryDelayMs: 60_000,
      flushDelayMs: 60_000,
    });
    await seat.sync.start();
  } else {
    const { written } = await pushRecords(db, local, { ...ana, at: Date.now() }, null);
    expect(written.length).toBeGreaterThan(0);
    await applyDocs(db, [], (await local.info()).update_seq);
  }
  return seat;
}

/** The teammate's next revision of the entry, written into the replica the way the pull writes it. */
async function teammateTags(local: PouchDB.Database, tags: string[]) {
  const held = (await local.get('entry:e1')) as PouchDB.Core.ExistingDocument<EntryDoc>;
  const [generation, hash] = held._rev.split('-') as [string, string];
  const rev = `${Number(generation) + 1}-${'b'.repeat(32)}`;
  const doc = { ...held, tags, edited: { ...bo, at: Date.now() }, _rev: rev, _revisions: { start: Number(generation) + 1, ids: ['b'.repeat(32), hash] } };
  await local.bulkDocs([doc], { new_edits: false });
}

const entryDoc = async (local: PouchDB.Database) => (await local.get('entry:e1')) as PouchDB.Core.ExistingDocument<EntryDoc>;

describe("a teammate's change and this seat's change to the same entry, at the same moment", () => {
  it("applied before this seat's change is mapped out: both are kept, and only this seat's field is stamped as its own", async () => {
    const { db, local, sync } = await seatWithEntry(true);
    await updateEntry(db, 'e1', { priority: 3 });
    await teammateTags(local, ['直播']);
    // The next mapping out applies what was pulled first, then writes this seat's change.
    await sync!.settle();
    expect(await getEntry(db, 'e1')).toMatchObject({ priority: 3, tags: ['直播'] });
    const doc = await entryDoc(local);
    expect(doc.tags).toEqual(['直播']);
    expect(doc.priority).toMatchObject({ v: 3, by: { seat: 'seat-ana' } });
    expect(doc._rev.startsWith('3-')).toBe(true);
  });

  it('pulled after the last apply: the document is not written over from a record that lacks the teammate\'s change', async () => {
    const { db, local } = await seatWithEntry(false);
    await teammateTags(local, ['直播']);
    await updateEntry(db, 'e1', { priority: 3 });
    const before = (await entryDoc(local))._rev;
    const { written, conflicted } = await pushRecords(db, local, { ...ana, at: Date.now() }, { lists: new Set(), entries: new Set(['e1']), creators: new Set(), drafts: new Set(), collabs: new Set() });
    expect(written).toEqual([]);
    expect(conflicted).toEqual(['entry:e1']);
    expect((await entryDoc(local))._rev).toBe(before);
    expect((await entryDoc(local)).tags).toEqual(['直播']);
  });

  it('pulled just before the workspace stops: applied at the stop, so a change made while stopped goes out beside it', async () => {
    const seat = await seatWithEntry(true);
    await teammateTags(seat.local, ['直播']);
    await seat.sync!.stop();
    expect((await getEntry(seat.db, 'e1'))?.tags).toEqual(['直播']);
    // Changed while the workspace is stopped (no hook sees it); the next start compares it with what was applied.
    await updateEntry(seat.db, 'e1', { priority: 2 });
    seat.sync = createTeamSync({
      db: seat.db,
      local: seat.local,
      remote: new NodePouch('http://127.0.0.1:9/team', { skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration),
      seat: ana,
      now: () => Date.now(),
      onStatus: () => undefined,
      maxRetryDelayMs: 60_000,
    });
    await seat.sync.start();
    const doc = await entryDoc(seat.local);
    expect(doc.tags).toEqual(['直播']);
    expect(doc.priority).toMatchObject({ v: 2, by: { seat: 'seat-ana' } });
    expect(await getEntry(seat.db, 'e1')).toMatchObject({ priority: 2, tags: ['直播'] });
  });

  it("applied by a drain queued before the flush that holds this seat's change: still kept", { timeout: 40_000 }, async () => {
    const id = `${process.pid}-${++serial}`;
    const db = new VettokDatabase(`vettok-concurrent-${id}`);
    const replica = new NodePouch(`concurrent-${id}`, { adapter: 'memory' });
    // The team's database, in memory: replication pulls from it as from a server.
    const team = new NodePouch(`concurrent-team-${id}`, { adapter: 'memory' });
    // The drain's read of the replica waits at a gate this test opens (the drain takes a while).
    let release: () => void = () => undefined;
    let gate: Promise<void> | null = null;
    let drainWaiting = false;
    const local = new Proxy(replica, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (name !== 'changes' || typeof value !== 'function') return value;
        return (options?: { include_docs?: boolean; conflicts?: boolean }) => {
          const read = () => (value as (o: unknown) => unknown).call(target, options);
          if (!gate || !options?.include_docs || !options.conflicts) return read();
          drainWaiting = true;
          return gate.then(read);
        };
      },
    }) as PouchDB.Database;
    const sync = createTeamSync({ db, local, remote: team, seat: ana, now: () => Date.now(), onStatus: () => undefined, flushDelayMs: 50 });
    open.push({ db, local: replica, sync, team });
    const list = await createList(db, 'Team', 1, { newId: () => 'l1' });
    await setTeamList(db, list.id, true);
    await addEntries(db, [{ id: 'e1', listId: 'l1', handle: 'a', status: 'scouting', priority: 0, tags: [], note: '', addedAt: 1 }]);
    await sync.start();
    const until = async (check: () => Promise<boolean>) => {
      for (const end = Date.now() + 20_000; !(await check()); ) {
        if (Date.now() > end) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await until(async () => !!(await team.get('entry:e1').catch(() => null)));
    // The next drain waits at the gate: the teammate's tag is pulled, its drain starts and waits.
    gate = new Promise((resolve) => (release = resolve));
    await teammateTags(team, ['直播']);
    await until(async () => drainWaiting);
    // This seat's change, noted and handed to a flush queued behind that drain.
    await updateEntry(db, 'e1', { priority: 3 });
    await new Promise((r) => setTimeout(r, 200));
    gate = null;
    release();
    await until(async () => {
      const doc = await entryDoc(team);
      return doc.tags.includes('直播') && doc.priority.v === 3;
    });
    expect(await getEntry(db, 'e1')).toMatchObject({ priority: 3, tags: ['直播'] });
  });

  it('with no change of its own, the teammate\'s version simply replaces the record', async () => {
    const { db, local } = await seatWithEntry(false);
    await teammateTags(local, ['直播']);
    const page = await local.changes({ since: (await db.meta.get('team.appliedSeq'))?.value as number, include_docs: true });
    await applyDocs(db, page.results.map((r) => r.doc as unknown as EntryDoc), page.last_seq, noLocalEdits());
    expect(await getEntry(db, 'e1')).toMatchObject({ priority: 0, tags: ['直播'], team: { editedBy: '小博' } });
  });
});
