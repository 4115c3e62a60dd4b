import type { Transaction } from 'dexie';
import type { VettokDatabase } from '../../db/database';
import { watchEntries } from '../../db/entry-store-repository';
import { classifyTeamError, MAX_REFUSALS, type Refusal, type TeamStatus } from '../model/connection';
import type { TeamDoc } from '../model/documents';
import { mergeAll } from '../model/merge';
import { checkTeamDoc } from '../model/validate';
import { applyDocs, appliedSeq, isInbound } from './inbound';
import { mergeEdits, noLocalEdits, noteEdit, type EditedKind, type LocalEdits } from './local-edits';
import { pushRecords } from './outbound';
import { createOutbox } from './outbox';
import { emptyKeys, keyCount, type RecordKeys } from './team-records';

export interface TeamSyncDeps {
  db: VettokDatabase;
  /** This seat's replica (IndexedDB in the extension, memory in tests). */
  local: PouchDB.Database;
  /** The team's database on the server. */
  remote: PouchDB.Database;
  seat: { seat: string; name: string };
  now(): number;
  /** Every change of the status line (the caller stores it for the side panel and the badge). */
  onStatus(status: TeamStatus): void;
  /** Refusals already shown, kept across restarts. */
  refusals?: Refusal[];
  /** Longest wait between two attempts to reach the server, in ms. */
  maxRetryDelayMs?: number;
  /** How long local changes gather before they are mapped out, in ms. */
  flushDelayMs?: number;
}

export interface TeamSync {
  /** Starts live replication; resolves once this seat's records and the replica agree. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Maps out every pending change now and applies every document received (tests, bench). */
  settle(): Promise<void>;
  status(): TeamStatus;
}

type Change = PouchDB.Core.ChangesResponseChange<object>;

/**
 * Documents applied in one transaction, and how long documents that keep coming gather before
 * they are applied. Every page reads and rewrites the creator buckets its creators fall in (at
 * 10,000 creators, nearly all of them): fewer, larger pages do that fewer times (a first sync of
 * 10,000 creators, bench/team-sync.ts). A page of 5,000 documents is about 15 MB in memory.
 */
const DRAIN_PAGE = 5000;
const DRAIN_EVERY_MS = 5000;

/**
 * Live two-way replication between this seat's replica and the team's server (PouchDB, retrying
 * with a growing delay while the server is away), and the mapping between the replica and the
 * app's database. The background is the only writer of both: changes of this seat's records
 * (seen by Dexie hooks, and a full comparison at every start, so nothing changed while the
 * worker was stopped is missed) become documents; documents from the team are checked (zod),
 * merged when they conflict, and written into the app's database.
 */
export function createTeamSync(deps: TeamSyncDeps): TeamSync {
  const { db, local, remote } = deps;
  let status: TeamStatus = { state: 'connecting', pending: 0, error: null, detail: null, refusals: deps.refusals ?? [], at: deps.now() };
  /** Documents written into the replica and not yet taken by the server (kept in the replica across restarts). */
  const outbox = createOutbox(local);
  /** Revisions written from this seat's records and not yet read back from the replica's changes. */
  const ownRevisions = new Set<string>();
  let dirty = emptyKeys();
  /** The fields behind `dirty`: kept when the team's version of the same record is applied first. */
  let edits = noLocalEdits();
  /** Edits handed to flushes not run yet. */
  let handedOver: LocalEdits[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** A list was shared or made private: every record is compared, not only the changed ones. */
  let fullPending = false;
  let replication: PouchDB.Replication.Sync<object> | null = null;
  /** Settles once the running replication has ended (cancelled, or failed for good). */
  let replicationEnded: Promise<void> = Promise.resolve();
  let stopped = false;
  let chain: Promise<unknown> = Promise.resolve();

  const set = (next: Partial<TeamStatus>) => {
    status = { ...status, ...next, at: deps.now() };
    deps.onStatus(status);
  };
  const failed = (error: unknown) => {
    const code = classifyTeamError(error);
    const detail = String((error as { reason?: unknown; message?: unknown })?.reason ?? (error as { message?: unknown })?.message ?? error).slice(0, 300);
    if (code === 'unreachable') set({ state: 'offline', pending: outbox.size, error: code, detail });
    else set({ state: 'error', error: code, detail, pending: outbox.size });
  };
  const refuse = (id: string, reason: string) => {
    console.warn(`team document ${id} refused: ${reason}`);
    set({ refusals: [...status.refusals, { id: id.slice(0, 200), reason: reason.slice(0, 300), at: deps.now() }].slice(-MAX_REFUSALS) });
  };
  /** One thing at a time: applying, mapping out and resolving never interleave. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };
  const stamp = () => ({ at: deps.now(), seat: deps.seat.seat, name: deps.seat.name });

  async function resolveConflicts(change: Change & { doc: PouchDB.Core.ExistingDocument<object> & { _conflicts?: string[] } }) {
    const id = change.id;
    const losers = change.doc._conflicts ?? [];
    const revisions = [change.doc, ...(await Promise.all(losers.map((rev) => local.get(id, { rev }).catch(() => null))))];
    const valid: TeamDoc[] = [];
    for (const revision of revisions) {
      if (!revision) continue;
      const check = checkTeamDoc({ ...revision, _conflicts: undefined });
      if (check.ok) valid.push(check.doc);
      else refuse(`${id} (${revision._rev})`, check.reason);
    }
    const writes: object[] = losers.map((rev) => ({ _id: id, _rev: rev, _deleted: true }));
    if (valid.length) writes.unshift({ ...mergeAll(valid), _rev: change.doc._rev });
    await local.bulkDocs(writes as PouchDB.Core.PutDocument<object>[]);
  }

  /** Applies every document the replica holds beyond what was applied, in pages. */
  async function drain() {
    for (;;) {
      const since = await appliedSeq(db);
      const page = await local.changes({ since, include_docs: true, conflicts: true, limit: DRAIN_PAGE });
      if (page.results.length === 0) return;
      const docs: TeamDoc[] = [];
      for (const change of page.results) {
        if (change.deleted || !change.doc) continue;
        const doc = change.doc as PouchDB.Core.ExistingDocument<object> & { _conflicts?: string[] };
        // A revision this seat just wrote from its own records is already in its database.
        if (ownRevisions.delete(`${doc._id}@${doc._rev}`) && !doc._conflicts?.length) continue;
        if (doc._conflicts?.length) {
          await resolveConflicts({ ...change, doc });
          continue;
        }
        const check = checkTeamDoc(doc);
        if (check.ok) docs.push(check.doc);
        else refuse(change.id, check.reason);
      }
      // This seat's changes not mapped out yet: those noted since, and those handed to flushes still to run.
      const displaced = await applyDocs(db, docs, page.last_seq, handedOver.reduce(mergeEdits, edits));
      if (displaced.length) {
        for (const id of displaced) dirty.entries.add(id);
        scheduleFlush();
      }
    }
  }

  async function flush(keys: RecordKeys | null, inFlight: LocalEdits) {
    try {
      await mapOut(keys, inFlight);
    } finally {
      handedOver = handedOver.filter((e) => e !== inFlight);
    }
  }

  async function mapOut(keys: RecordKeys | null, inFlight: LocalEdits) {
    await drain();
    const { written, conflicted } = await pushRecords(db, local, stamp(), keys, (ids) => outbox.writing(ids));
    for (const { id, rev } of written) ownRevisions.add(`${id}@${rev}`);
    if (written.length && status.state !== 'error') set({ state: status.state === 'offline' ? 'offline' : 'syncing', pending: outbox.size });
    if (conflicted.length) {
      // A newer revision came in between the read and the write: apply it, then map out again.
      for (const id of conflicted) {
        const [kind, ...rest] = id.split(':');
        const key = kind === 'visit' ? rest.slice(0, -1).join(':') : rest.join(':');
        const target = ({ list: dirty.lists, entry: dirty.entries, creator: dirty.creators, visit: dirty.creators, draft: dirty.drafts, collab: dirty.collabs } as Record<string, Set<string>>)[kind ?? ''];
        target?.add(key);
        // Its fields stay this seat's until they are mapped out.
        const edited = ({ list: 'lists', entry: 'entries', draft: 'drafts', collab: 'collabs' } as Record<string, EditedKind | undefined>)[kind ?? ''];
        const edit = edited && inFlight[edited].get(key);
        if (edited && edit) {
          const later = edits[edited].get(key);
          edits[edited].set(key, later === undefined ? edit : later === 'deleted' || edit === 'deleted' ? later : new Set([...edit, ...later]));
        }
      }
      scheduleFlush();
    }
  }

  let drainTimer: ReturnType<typeof setTimeout> | null = null;
  let drainAsked = 0;
  /**
   * Applies what the pull brought, a moment after it arrived: batches that keep coming (a first
   * sync) are applied together, up to every DRAIN_EVERY_MS, instead of one transaction per batch
   * rewriting the same creator buckets again and again.
   */
  function scheduleDrain() {
    if (stopped) return;
    const now = Date.now();
    if (drainTimer && now - drainAsked < DRAIN_EVERY_MS) clearTimeout(drainTimer);
    else if (drainTimer) return;
    else drainAsked = now;
    drainTimer = setTimeout(() => {
      drainTimer = null;
      void serial(drain).catch((error: unknown) => failed(error));
    }, 250);
  }

  function scheduleFlush() {
    if (stopped || flushTimer) return;
    flushTimer = setTimeout(() => {
      flushTimer = null;
      if (!fullPending && keyCount(dirty) === 0) return;
      const { keys, all, inFlight } = takeDirty();
      void serial(() => flush(all ? null : keys, inFlight)).catch((error: unknown) => failed(error));
    }, deps.flushDelayMs ?? 150);
  }

  /**
   * The changes noted so far, handed to one flush. Their fields stay kept by every drain until that
   * flush has run (a drain queued before it would otherwise apply the team's version over them).
   */
  function takeDirty() {
    const taken = { keys: dirty, all: fullPending, inFlight: edits };
    handedOver.push(edits);
    dirty = emptyKeys();
    edits = noLocalEdits();
    fullPending = false;
    return taken;
  }

  // Dexie hooks: which of this seat's records changed (never the writes that came from the team).
  type Hooked = { table: { hook: (event: 'creating' | 'updating' | 'deleting') => { subscribe(fn: unknown): void; unsubscribe(fn: unknown): void } }; events: ('creating' | 'updating' | 'deleting')[]; fn: unknown };
  const hooks: Hooked[] = [];
  /** Ways to stop watching what is not watched through a table's hooks here (entries). */
  const unwatches: (() => void)[] = [];
  const watch = (table: Hooked['table'], mark: (key: unknown, obj: unknown, mods?: Record<string, unknown>) => void, kind?: EditedKind) => {
    const onCreate = function (key: unknown, obj: unknown, tx: Transaction) {
      if (isInbound(tx)) return;
      mark(key, obj);
      if (kind) noteEdit(edits, kind, String(key), { created: obj as object });
      scheduleFlush();
    };
    const onUpdate = function (mods: Record<string, unknown>, key: unknown, obj: unknown, tx: Transaction) {
      if (isInbound(tx)) return;
      mark(key, obj, mods);
      if (kind) noteEdit(edits, kind, String(key), { before: obj as object, mods });
      scheduleFlush();
    };
    const onDelete = function (key: unknown, obj: unknown, tx: Transaction) {
      if (isInbound(tx)) return;
      mark(key, obj);
      if (kind) noteEdit(edits, kind, String(key), { deleted: true });
      scheduleFlush();
    };
    table.hook('creating').subscribe(onCreate);
    table.hook('updating').subscribe(onUpdate);
    table.hook('deleting').subscribe(onDelete);
    hooks.push({ table, events: ['creating'], fn: onCreate }, { table, events: ['updating'], fn: onUpdate }, { table, events: ['deleting'], fn: onDelete });
  };
  const asTable = (t: unknown) => t as Hooked['table'];

  function hookTables() {
    watch(asTable(db.shortlists), (key) => dirty.lists.add(String(key)), 'lists');
    // Entries are watched through their store, entry by entry, whatever their physical layout.
    unwatches.push(
      watchEntries(db, {
        created(id, entry, tx) {
          if (isInbound(tx)) return;
          dirty.entries.add(id);
          noteEdit(edits, 'entries', id, { created: entry });
          scheduleFlush();
        },
        updated(id, before, mods, tx) {
          if (isInbound(tx)) return;
          dirty.entries.add(id);
          noteEdit(edits, 'entries', id, { before, mods });
          scheduleFlush();
        },
        deleted(id, _before, tx) {
          if (isInbound(tx)) return;
          dirty.entries.add(id);
          noteEdit(edits, 'entries', id, { deleted: true });
          scheduleFlush();
        },
      }),
    );
    watch(asTable(db.invitationDrafts), (key) => dirty.drafts.add(String(key)), 'drafts');
    watch(asTable(db.collaborations), (key) => dirty.collabs.add(String(key)), 'collabs');
    watch(asTable(db.snapshots), (_key, obj) => dirty.creators.add(String((obj as { handle?: unknown })?.handle)));
    watch(asTable(db.creatorBuckets), (_key, obj, mods) => {
      for (const h of (obj as { handles?: string[] })?.handles ?? []) dirty.creators.add(h);
      for (const h of (mods?.['handles'] as string[] | undefined) ?? []) dirty.creators.add(h);
    });
    // A list shared with the team (a `meta` row): every record of it goes out.
    watch(asTable(db.meta), (key) => {
      if (key === 'team.lists') fullPending = true;
    });
  }

  const directionErrors: Record<'push' | 'pull', unknown> = { push: null, pull: null };
  let probeTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Asks the server for the database's info: PouchDB answers a refusal (wrong password, missing
   * database, not a member) with the server's error body rather than throwing, so both are read.
   */
  async function probe(): Promise<'ok' | 'unreachable' | 'refused'> {
    try {
      const info = (await remote.info()) as object;
      if ('error' in info) {
        failed(info);
        return 'refused';
      }
      return 'ok';
    } catch (error) {
      failed(error);
      return classifyTeamError(error) === 'unreachable' ? 'unreachable' : 'refused';
    }
  }

  /** Connects when the server lets this seat in; a refusal is asked again later (the password or membership may be fixed on the server). */
  async function connect(delay = 1000) {
    if (stopped) return;
    const answer = await probe();
    if (stopped) return;
    if (answer === 'refused') {
      probeTimer = setTimeout(() => void connect(Math.min(delay * 2, deps.maxRetryDelayMs ?? 60_000)), delay);
      return;
    }
    startReplication();
  }

  function startReplication() {
    const maxDelay = deps.maxRetryDelayMs ?? 60_000;
    const sync = local.sync(remote, {
      live: true,
      retry: true,
      batch_size: 500,
      back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, maxDelay)),
    });
    replication = sync;
    replicationEnded = new Promise<void>((resolve) => {
      sync.on('complete', () => resolve());
      sync.on('error', () => resolve());
    });
    sync.on('change', (info) => {
      if (info.direction === 'pull') scheduleDrain();
      else outbox.sent(info.change.docs.map((doc) => doc._id));
      if (status.state !== 'error') set({ state: 'syncing', pending: outbox.size });
    });
    for (const direction of ['push', 'pull'] as const) {
      const one = (sync as unknown as Record<'push' | 'pull', PouchDB.Replication.Replication<object>>)[direction];
      one.on('active', () => {
        directionErrors[direction] = null;
        set({ state: 'syncing', pending: outbox.size, error: null, detail: null });
      });
      one.on('paused', (error?: unknown) => {
        directionErrors[direction] = error ?? null;
        if (error) return failed(error);
        if (directionErrors.push || directionErrors.pull) return failed(directionErrors.push ?? directionErrors.pull);
        if (direction === 'push') outbox.clear();
        set({ state: 'connected', pending: outbox.size, error: null, detail: null });
      });
    }
    sync.on('denied', (error) =>
      refuse(String((error as { id?: unknown })?.id ?? '(document)'), `the server refused it: ${String((error as { reason?: unknown })?.reason ?? 'forbidden')}`),
    );
    sync.on('error', (error) => failed(error));
  }

  return {
    async start() {
      stopped = false;
      await outbox.load();
      set({ state: 'connecting', pending: outbox.size });
      hookTables();
      await serial(() => flush(null, noLocalEdits()));
      await connect();
    },
    async stop() {
      stopped = true;
      if (flushTimer) clearTimeout(flushTimer);
      if (probeTimer) clearTimeout(probeTimer);
      if (drainTimer) clearTimeout(drainTimer);
      flushTimer = probeTimer = drainTimer = null;
      if (replication) {
        // A batch being written into the replica finishes before the replication says it is done.
        replication.cancel();
        replication = null;
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([replicationEnded, new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000)))]);
        clearTimeout(timer);
      }
      for (const h of hooks) for (const e of h.events) h.table.hook(e).unsubscribe(h.fn);
      hooks.length = 0;
      for (const unwatch of unwatches.splice(0)) unwatch();
      // Everything pulled is applied before the workspace stops (this seat's changes not yet mapped
      // out keep their fields): a record changed while it is stopped is then compared, at the next
      // start, with the team's version this seat last saw, and none of its changes is overwritten.
      await serial(() => drain()).catch((error: unknown) => failed(error));
      await outbox.flush().catch((error: unknown) => failed(error));
    },
    async settle() {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      const { keys, all, inFlight } = takeDirty();
      await serial(() => flush(all ? null : keys, inFlight));
    },
    status: () => status,
  };
}
