import PouchDB from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import type { VettokDatabase } from '../../db/database';
import { createTeamService } from './team-service';

/**
 * The team workspace wired to the browser: PouchDB over IndexedDB for the replica and HTTP
 * (fetch, basic auth) for the server, storage.local for the credentials and status, and
 * `showError` for the toolbar badge's error state (the badge shows its overdue count again after).
 */
export function browserTeamService(db: VettokDatabase, showError: (error: boolean) => Promise<void>) {
  return createTeamService({
    db,
    store: {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
      remove: (key) => browser.storage.local.remove(key),
    },
    openLocal: (name) => new PouchDB(name),
    openRemote: (url, user, password) => new PouchDB(url, { skip_setup: true, auth: { username: user, password } } as PouchDB.Configuration.RemoteDatabaseConfiguration),
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    showError,
    now: () => Date.now(),
    newSeatId: () => crypto.randomUUID(),
  });
}
