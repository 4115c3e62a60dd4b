import { NodePouch } from './node-pouch';
import { VettokDatabase } from '../../lib/db/database';
import type { TeamStatus } from '../../lib/team/model/connection';
import { createTeamSync, type TeamSync } from '../../lib/team/sync/team-sync';

/** PouchDB as a seat runs it in Node: a replica in memory, the server over HTTP. */
const ClientPouch = NodePouch;

let serial = 0;

export interface Seat {
  name: string;
  db: VettokDatabase;
  local: PouchDB.Database;
  sync: TeamSync;
  statuses: TeamStatus[];
  /** Starts a new sync on the same databases (a restarted worker). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A seat: its own app database (fake IndexedDB) and replica, replicating with the server's database. */
export async function openSeat(options: {
  name: string;
  serverUrl: string;
  database: string;
  user: string;
  password: string;
  now?: () => number;
  /** The replica as the sync reads it (default: the replica itself). */
  replica?: (local: PouchDB.Database) => PouchDB.Database;
}): Promise<Seat> {
  const id = `${process.pid}-${++serial}`;
  const db = new VettokDatabase(`vettok-seat-${id}`);
  const local = new ClientPouch(`client-replica-${id}`, { adapter: 'memory' });
  const remote = () =>
    new ClientPouch(`${options.serverUrl}/${options.database}`, { skip_setup: true, auth: { username: options.user, password: options.password } } as PouchDB.Configuration.RemoteDatabaseConfiguration);
  const statuses: TeamStatus[] = [];
  const make = () =>
    createTeamSync({
      db,
      local: options.replica?.(local) ?? local,
      remote: remote(),
      seat: { seat: `seat-${options.user}`, name: options.name },
      now: options.now ?? (() => Date.now()),
      onStatus: (s) => statuses.push(s),
      maxRetryDelayMs: 1000,
      flushDelayMs: 50,
    });
  const seat: Seat = {
    name: options.name,
    db,
    local,
    sync: make(),
    statuses,
    async restart() {
      await seat.sync.stop();
      seat.sync = make();
      await seat.sync.start();
    },
    async close() {
      await seat.sync.stop();
      await local.destroy();
      await db.delete();
    },
  };
  await seat.sync.start();
  return seat;
}

/** Waits until `check` holds (polling), or fails after `ms` (generous: a loaded two-core machine runs these beside the rest of the suite; a budget a test asserts, it asserts itself). */
export async function until<T>(what: string, check: () => Promise<T | false | null | undefined>, ms = 30_000, everyMs = 50): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The replica handing over, for the ids in `texts`, each document as that JSON text parses, with
 * every key it holds as its own (JSON.parse keeps a "__proto__" key as an own field, where
 * PouchDB's storage drops it). What a replica whose storage kept such a key would give the seat.
 */
export function replicaKeepingKeys(texts: ReadonlyMap<string, string>) {
  return (local: PouchDB.Database): PouchDB.Database =>
    new Proxy(local, {
      get(target, prop) {
        if (prop === 'changes') {
          return async (opts: PouchDB.Core.ChangesOptions) => {
            const page = await target.changes(opts);
            const results = page.results.map((r) => {
              const text = texts.get(r.id);
              return text && r.doc ? { ...r, doc: { ...(JSON.parse(text) as object), _id: r.doc._id, _rev: r.doc._rev } } : r;
            });
            return { ...page, results };
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
}
