import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import { bucketOf } from '../../lib/db/queries/creators';
import { creatorsOfList } from '../../lib/readers/list-response';
import type { CreatorSnapshot } from '../../lib/schemas/creator-snapshot';
import { fakeBackgroundDeps, sequentialIds } from './test-db';

/**
 * What storing a list page's creators asks of IndexedDB: each creator's bucket and latest visits
 * read once per list and written once, however many creators the list holds (the browser's storage
 * work grows with the list, a few requests per creator). Counted on the IndexedDB API itself.
 */

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SEARCH_PAGE = { id: ID, url: 'https://www.tiktok.com/search?q=tiktok', tab: { id: 7 } };
const NOW = Date.UTC(2026, 1, 5, 12);
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/lists', name), 'utf8'));

/** Requests made, as `store.method` (an index's as `store[index].method`). */
let requests: string[] = [];
const REQUESTS = ['get', 'getAll', 'getAllKeys', 'getAllRecords', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete'];
const restore: (() => void)[] = [];
beforeEach(() => {
  requests = [];
  const wrap = (proto: Record<string, unknown>, nameOf: (self: never) => string) => {
    for (const method of REQUESTS) {
      const original = proto[method];
      if (typeof original !== 'function') continue;
      proto[method] = function (this: never, ...args: unknown[]) {
        requests.push(`${nameOf(this)}.${method}`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
      restore.push(() => (proto[method] = original));
    }
  };
  wrap(IDBObjectStore.prototype as unknown as Record<string, unknown>, (s: IDBObjectStore) => s.name);
  wrap(IDBIndex.prototype as unknown as Record<string, unknown>, (i: IDBIndex) => `${i.objectStore.name}[${i.name}]`);
});
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

function setup() {
  let now = NOW;
  const deps = fakeBackgroundDeps({ now: () => now, ids: sequentialIds('n') });
  const route = createBackgroundRouter(deps, { id: ID, baseUrl: `chrome-extension://${ID}/` });
  const seen = async (snapshots: CreatorSnapshot[]) => {
    requests = [];
    const reply = await route({ vettok: 1, name: 'scout.seen', payload: { kind: 'search-general', snapshots } }, SEARCH_PAGE);
    expect(reply.ok).toBe(true);
    const made = requests;
    const count = (prefix: string, method?: string) => made.filter((r) => r.startsWith(prefix) && (!method || r.endsWith(`.${method}`))).length;
    return { count };
  };
  return { deps, seen, later: (ms: number) => (now += ms) };
}

describe('storing a list page', () => {
  const results = creatorsOfList('search-general', fixture('search-general-tiktok-2026-02.trimmed.json'), NOW);
  // A creator can come twice in one response (a video of theirs and their card): the last read is stored.
  const search = [...results, results[0]!];
  const handles = [...new Set(search.map((s) => s.handle))];
  const buckets = new Set(handles.map(bucketOf));

  it('reads and writes each creator\'s bucket and visits once, the first time and when the same visit is read again', async () => {
    const { deps, seen, later } = setup();
    expect(handles.length).toBe(12);
    for (const visit of ['first', 'again a minute later'] as const) {
      const { count } = await seen(search);
      // One query of each creator's latest visits, one write of each creator's visit.
      expect(count('snapshots[', 'getAll') + count('snapshots[', 'openCursor'), visit).toBe(handles.length);
      expect(count('snapshots.', visit === 'first' ? 'add' : 'put'), visit).toBe(handles.length);
      expect(count('snapshots.', visit === 'first' ? 'put' : 'add'), visit).toBe(0);
      // Each bucket read once and written once.
      expect(count('creatorBuckets.', 'get'), visit).toBe(buckets.size);
      expect(count('creatorBuckets.', 'put'), visit).toBe(buckets.size);
      // The creators' shortlist entries in one read (and the reply's: the lists of the first one):
      // the lists holding entries (none here, so no chunk is read).
      expect(count('entryChunks') + count('entryDirectory') + count('listSummaries'), visit).toBe(2);
      later(60_000);
    }
    // One visit each, holding the latest read.
    expect(await deps.db.snapshots.count()).toBe(handles.length);
  });
});
