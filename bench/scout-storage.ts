/**
 * What scout mode's storage costs the background per list response, in real Chromium (no budget:
 * figures to read beside bench/page-cost.ts and bench/scroll-trace.ts).
 *
 *   npm run build && npx tsx bench/scout-storage.ts [--runs=5]
 *   VETTOK_EXTENSION_DIR=/tmp/other-build npx tsx bench/scout-storage.ts   # another build (A/B)
 *
 * Each run is a fresh browser profile with the built extension. Before any page loads (2 s after the
 * worker started: a worker replaced during the extension's first start would count nothing; such a
 * run is made again), the service worker's IndexedDB API is wrapped (from outside, over the worker's
 * own evaluate) to count every request each transaction makes: reads and writes on stores and
 * indexes, and each step of a cursor.
 * The search page of 30 creators (three responses: 12, 12 and 6 results; bench/scroll-page.ts) is
 * then loaded twice: the first visit stores creators never seen, the second, a moment later, finds
 * each one's visit of the first (the merge window) and replaces its figures. Per list response
 * (each stored in one read-write transaction over the snapshots and the scouted log) it reports the
 * requests by store and kind, and the transaction's time from its creation to its `complete`
 * event (the background's storage work for that response, the assessments inside it included).
 */
import type { Worker } from 'playwright-core';
import { BENCH_EXTENSION, launchBenchBrowser } from './bench-browser';
import { median } from './median';
import { SEARCH_CREATORS, SEARCH_URL, serveListPages } from './scroll-page';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);

/** One transaction as the worker saw it. */
interface TransactionRecord {
  stores: string[];
  mode: string;
  ms: number | null;
  requests: Record<string, number>;
}

/**
 * Runs in the service worker: wraps IDBDatabase.transaction and every request-making method of
 * object stores, indexes and cursors, counting per transaction (`store.method` keys).
 */
function countRequests(): void {
  const g = globalThis as unknown as { __vettokIdb?: TransactionRecord[] };
  if (g.__vettokIdb) return;
  const log: TransactionRecord[] = (g.__vettokIdb = []);
  const of = new WeakMap<IDBTransaction, TransactionRecord>();
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const t0 = performance.now();
    const tx = open.apply(this, args);
    const record: TransactionRecord = { stores: [...tx.objectStoreNames], mode: tx.mode, ms: null, requests: {} };
    log.push(record);
    of.set(tx, record);
    tx.addEventListener('complete', () => (record.ms = performance.now() - t0));
    return tx;
  } as IDBDatabase['transaction'];
  const count = (tx: IDBTransaction | null | undefined, key: string) => {
    const record = tx ? of.get(tx) : undefined;
    if (record) record.requests[key] = (record.requests[key] ?? 0) + 1;
  };
  const wrap = <T extends object>(proto: T, methods: string[], txOf: (self: T) => { tx: IDBTransaction | null | undefined; name: string }) => {
    for (const method of methods) {
      const original = (proto as Record<string, unknown>)[method];
      if (typeof original !== 'function') continue;
      (proto as Record<string, unknown>)[method] = function (this: T, ...args: unknown[]) {
        const { tx, name } = txOf(this);
        count(tx, `${name}.${method}`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  };
  const requests = ['get', 'getKey', 'getAll', 'getAllKeys', 'getAllRecords', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete', 'clear'];
  wrap(IDBObjectStore.prototype, requests, (s) => ({ tx: s.transaction, name: s.name }));
  wrap(IDBIndex.prototype, requests, (i) => ({ tx: i.objectStore.transaction, name: `${i.objectStore.name}[${i.name}]` }));
  wrap(IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey', 'update', 'delete'], (c) => ({
    tx: c.request.transaction,
    name: `${c.source instanceof IDBIndex ? `${c.source.objectStore.name}[${c.source.name}]` : (c.source as IDBObjectStore).name} cursor`,
  }));
}

/** The transactions each list response was stored in (read-write over the snapshots and the scouted log). */
const listTransactions = (log: TransactionRecord[]) => log.filter((t) => t.mode === 'readwrite' && t.stores.includes('snapshots') && t.stores.includes('meta'));

async function visitTwice(): Promise<{ first: TransactionRecord[]; second: TransactionRecord[]; all: TransactionRecord[][] }> {
  const browser = await launchBenchBrowser(true);
  const { context } = browser;
  try {
    await serveListPages(context);
    const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // As text: the bench runs under tsx, whose helpers (`__name`) do not exist in the worker.
    await worker.evaluate(`(() => { const __name = (f) => f; (${countRequests.toString()})(); })()`);
    // The extension's first start (its install work) finishes before the first visit.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const visits: TransactionRecord[][] = [];
    for (let visit = 0; visit < 2; visit++) {
      const before = (await worker.evaluate(() => (globalThis as unknown as { __vettokIdb: TransactionRecord[] }).__vettokIdb.length)) as number;
      const page = await context.newPage();
      await page.goto(`${SEARCH_URL}?q=TikTok`, { waitUntil: 'load' });
      for (const deadline = Date.now() + 20_000; (await page.evaluate(() => document.querySelectorAll('vettok-chip').length)) < SEARCH_CREATORS; await page.waitForTimeout(50)) {
        if (Date.now() > deadline) throw new Error('chips not placed');
      }
      await page.waitForTimeout(300);
      const log = (await worker.evaluate(() => (globalThis as unknown as { __vettokIdb: TransactionRecord[] }).__vettokIdb)) as TransactionRecord[];
      visits.push(log.slice(before));
      await page.close();
    }
    const first = listTransactions(visits[0]!);
    const second = listTransactions(visits[1]!);
    // A worker that was replaced after it was wrapped (the extension's first start) counts nothing.
    if (first.length !== 3 || second.length !== 3) throw new Error(`the wrapped worker saw ${first.length} and ${second.length} list transactions, not 3 and 3`);
    return { first, second, all: visits };
  } finally {
    await browser.close();
  }
}

const total = (t: TransactionRecord) => Object.values(t.requests).reduce((a, b) => a + b, 0);
const runs: Awaited<ReturnType<typeof visitTwice>>[] = [];
let retried = 0;
while (runs.length < RUNS) {
  try {
    runs.push(await visitTwice());
  } catch (error) {
    if (++retried > RUNS) throw error;
    console.error(`scout-storage: run again (${String(error)})`);
  }
}

console.log(`scout storage per list response: ${BENCH_EXTENSION}, ${RUNS} runs (fresh profile each${retried ? `; ${retried} run(s) made again` : ''}), search page of ${SEARCH_CREATORS} creators in 3 responses, visited twice`);
for (const visit of ['first', 'second'] as const) {
  const transactions = runs.flatMap((r) => r[visit]);
  const counts = transactions.map(total);
  const times = transactions.map((t) => t.ms).filter((x): x is number => x !== null);
  console.log(`\n── ${visit} visit (${visit === 'first' ? 'creators never seen' : 'each creator\'s visit of a moment ago found and replaced'}): ${transactions.length} list transactions`);
  console.log(`  IndexedDB requests per response: median ${median(counts)} (${Math.min(...counts)}–${Math.max(...counts)}); per run: ${runs.map((r) => r[visit].map(total).join('+')).join(', ')}`);
  console.log(`  transaction time per response (created → complete): median ${median(times).toFixed(1)} ms (${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}); per run: ${runs.map((r) => r[visit].map((t) => t.ms?.toFixed(0) ?? '?').join('+')).join(', ')}`);
  const sample = runs[0]![visit];
  for (const [i, t] of sample.entries()) {
    const keys = Object.entries(t.requests).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`  run 1, response ${i + 1}: ${total(t)} requests: ${keys}`);
  }
  const others = runs[0]!.all[visit === 'first' ? 0 : 1]!.filter((t) => !sample.includes(t));
  console.log(`  run 1, other transactions in the visit: ${others.length}, ${others.reduce((n, t) => n + total(t), 0)} requests (${others.map((t) => `${t.mode} ${t.stores.join('+')}: ${total(t)}`).join('; ')})`);
}
