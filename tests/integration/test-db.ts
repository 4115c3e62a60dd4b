import type { BackgroundDeps } from '../../lib/background/handlers/deps';
import { DEFAULT_SETTINGS } from '../../lib/schemas/settings';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { VettokDatabase } from '../../lib/db/database';
import { loadListRows } from '../../lib/db/queries/shortlist-rows';
import { filterSorted, sortRows, type ShortlistFilter } from '../../lib/shortlists/filter-spec';
import { SHIPPED_STORES } from './shipped-versions';

let counter = 0;
const open: VettokDatabase[] = [];

/** A fresh, empty database per test (fake-indexeddb), closed and deleted afterwards. */
export function freshDb(): VettokDatabase {
  const db = new VettokDatabase(`vettok-test-${process.pid}-${++counter}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

export function sequentialIds(prefix = 'id') {
  let n = 0;
  return { newId: () => `${prefix}-${++n}` };
}

/**
 * The background's dependencies with quiet fakes (fixed clock, sequential ids, default settings,
 * no tabs, no badge), on a fresh database; a test overrides only what it looks at.
 */
export function fakeBackgroundDeps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return {
    db: freshDb(),
    now: () => Date.UTC(2026, 10, 24, 12),
    ids: sequentialIds(),
    settings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    locale: async () => 'en',
    tabCreators: { get: async () => null, set: async () => undefined },
    setBadge: async () => undefined,
    ...overrides,
  };
}

/**
 * Writes a database as a shipped schema version left it: its literal store definition
 * (shipped-versions.ts) and `rows`, the fixture's rows per table (only that version's tables are
 * written, in one transaction). Migration tests then open it with VettokDatabase.
 */
export async function seedShippedVersion(name: string, version: number, rows: object): Promise<void> {
  const stores = SHIPPED_STORES[version];
  if (!stores) throw new Error(`version ${version} never shipped`);
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  const byTable = rows as Record<string, readonly unknown[] | undefined>;
  await old.transaction('rw', old.tables, async () => {
    for (const table of Object.keys(stores)) await old.table(table).bulkAdd([...(byTable[table] ?? [])]);
  });
  old.close();
}

/**
 * A database seeded as a shipped version wrote it (`seedShippedVersion`), then opened by the live
 * class, which runs every upgrade since: what a merchant's browser does on the first start after
 * an update.
 */
export async function openAfterShipped(name: string, version: number, rows: object): Promise<VettokDatabase> {
  await seedShippedVersion(name, version, rows);
  const db = new VettokDatabase(name);
  await db.open();
  return db;
}

/** A list's rows passing a filter, sorted: what the side panel shows (the whole list read, then filtered in memory). */
export async function shownRows(db: VettokDatabase, listId: string, filter: ShortlistFilter) {
  return [...filterSorted(sortRows(await loadListRows(db, listId), filter), filter)];
}
