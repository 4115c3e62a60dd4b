/** Test-only packages that ship no types: the few calls the test server makes. */
declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  interface ExpressPouchDBApp {
    listen(port: number, host: string, ready: () => void): Server;
  }
  export default function expressPouchDB(pouch: unknown, options: { inMemoryConfig?: boolean; logPath?: string; mode?: string; overrideMode?: { include?: string[]; exclude?: string[] } }): ExpressPouchDBApp;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
