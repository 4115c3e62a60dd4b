import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import { NodePouch } from './node-pouch';

/**
 * A CouchDB-compatible server for tests, in this process on 127.0.0.1: express-pouchdb in full
 * CouchDB mode over in-memory databases (nothing written to disk but its log, in a temp folder).
 * It keeps its data while stopped, so a test can take the server away and bring it back.
 */
export interface TeamServer {
  url: string;
  /** Stops listening (connections refused); data kept. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Stops for good and removes the temp folder. */
  close(): Promise<void>;
  /** The server's own handle on a database (in-process, no HTTP). */
  db(name: string): PouchDB.Database;
}

export interface TeamServerSetup {
  /** Databases, each with the users allowed in (its `_security` members). */
  databases: Record<string, string[]>;
  /** User name → password. */
  users: Record<string, string>;
  admin?: { name: string; password: string };
  port?: number;
}

let serial = 0;

export async function startTeamServer(setup: TeamServerSetup): Promise<TeamServer> {
  // Server-side databases carry a prefix: memdown stores are shared in one process, and client
  // databases in the tests must never land on the same store.
  const prefix = `srv${++serial}-`;
  const ServerPouch = NodePouch.defaults({ adapter: 'memory', prefix } as PouchDB.Configuration.DatabaseConfiguration);
  const dir = mkdtempSync(join(tmpdir(), 'vettok-team-server-'));
  const app = expressPouchDB(ServerPouch, { inMemoryConfig: true, logPath: join(dir, 'log.txt'), mode: 'fullCouchDB',
    // Its disk-size part walks folders on every database info request (PouchDB's replication asks
    // after every batch); an in-memory server has no folder worth measuring.
    overrideMode: { exclude: ['disk-size'] },
  });
  const handles = new Map<string, PouchDB.Database>();
  const db = (name: string) => {
    const handle = handles.get(name) ?? new ServerPouch(name);
    handles.set(name, handle);
    return handle;
  };
  let server: Server | null = null;
  let port = setup.port ?? 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = app.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        resolve();
      });
      s.on('error', reject);
      server = s;
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.close(() => resolve());
      s.closeAllConnections();
    });
  await listen();
  const url = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  // Order matters: databases and users before the admin (express-pouchdb cannot create a database
  // over HTTP once an admin exists).
  for (const [name, members] of Object.entries(setup.databases)) {
    await call('PUT', `/${name}`);
    await call('PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } });
  }
  for (const [name, password] of Object.entries(setup.users)) {
    await call('PUT', `/_users/org.couchdb.user:${name}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
  }
  const admin = setup.admin ?? { name: 'admin', password: 'admin-secret' };
  await call('PUT', `/_config/admins/${admin.name}`, admin.password);
  return {
    url,
    stop,
    start: listen,
    db,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
