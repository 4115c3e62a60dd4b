/**
 * The team workspace's replication at scale, against raw PouchDB replication of the same documents
 * in the same run (issue 20's budgets):
 * - first sync of a 10,000-creator team list into an empty seat: ≤ 60 s;
 * - a change on one seat visible in the other seat's database: ≤ 5 s, median over 20 changes.
 * Both seats run as the background runs them (lib/team/sync over Dexie on fake IndexedDB and
 * PouchDB replicas in memory), against the CouchDB-compatible test server (express-pouchdb over
 * memory databases) on 127.0.0.1, in a process of its own so it does not share the seats' thread.
 *
 *   npx tsx bench/team-sync.ts [creators] [--json-out=file]
 */
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { importData } from '../lib/db/backup-repository';
import { updateEntry } from '../lib/db/entries-repository';
import { setTeamList } from '../lib/team/sync/team-lists';
import { openSeat, until, type Seat } from '../tests/team/seat';
import { NodePouch } from '../tests/team/node-pouch';
import { median } from './median';
import { generate } from '../tests/many-creators';
import { entriesOfList, entryCountOfList, getEntry } from '../lib/db/queries/entries';

const COUNT = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const CHANGES = 20;
const figures: { label: string; value: number; unit: string; budget: number | null }[] = [];
const figure = (label: string, value: number, unit: string, budget: number | null = null) => {
  figures.push({ label, value, unit, budget });
  const verdict = budget === null ? '' : value <= budget ? `  ≤ ${budget} ${unit}  ok` : `  > ${budget} ${unit}  OVER BUDGET`;
  console.log(`  ${label.padEnd(62)} ${value.toFixed(unit === 's' ? 2 : 1).padStart(9)} ${unit}${verdict}`);
};

const setup = { databases: { bench: ['ana', 'bo'], raw: ['ana', 'bo'] }, users: { ana: 'pw-ana', bo: 'pw-bo' } };
const serverProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/team/team-server-process.ts', JSON.stringify(setup)], { stdio: ['ignore', 'pipe', 'inherit'] });
const server = {
  url: await new Promise<string>((resolve, reject) => {
    serverProcess.stdout.on('data', (chunk: Buffer) => {
      const url = /listening (\S+)/.exec(String(chunk))?.[1];
      if (url) resolve(url);
    });
    serverProcess.on('exit', (code) => reject(new Error(`the test server stopped (${code})`)));
  }),
};
/** The server's count of the team's documents (over HTTP, as a member). */
const serverDocCount = async () =>
  ((await (await fetch(`${server.url}/bench`, { headers: { authorization: `Basic ${Buffer.from('ana:pw-ana').toString('base64')}` } })).json()) as { doc_count: number }).doc_count;
const seats: Seat[] = [];
const open = async (name: string, user: string, password: string) => {
  const seat = await openSeat({ name, serverUrl: server.url, database: 'bench', user, password });
  seats.push(seat);
  return seat;
};
const auth = (user: string, password: string) => ({ skip_setup: true, auth: { username: user, password } }) as PouchDB.Configuration.RemoteDatabaseConfiguration;

try {
  console.log(`team sync: a team list of ${COUNT.toLocaleString('en')} creators (with their figures, assessments and every tenth one's visit)`);
  const data = generate(COUNT);
  const a = await open('Ana', 'ana', 'pw-ana');
  await importData(a.db, { ...data, shortlists: data.shortlists.filter((l) => l.id === 'main'), shortlistEntries: data.shortlistEntries.filter((e) => e.listId === 'main') }, 'replace');
  let t0 = performance.now();
  await setTeamList(a.db, 'main', true);
  await a.sync.settle();
  const mapped = (performance.now() - t0) / 1000;
  const docCount = (await a.local.info()).doc_count;
  await until('seat A pushed everything', async () => (await serverDocCount()) >= docCount && a.sync.status().state === 'connected', 600_000);
  figure(`seat A: team list mapped to ${docCount.toLocaleString('en')} documents`, mapped, 's');
  figure('seat A: mapped and pushed to the server', (performance.now() - t0) / 1000, 's');

  // Raw PouchDB: the same documents replicated once into an empty replica, no mapping, no checks.
  t0 = performance.now();
  const raw = new NodePouch(`raw-replica-${process.pid}`, { adapter: 'memory' });
  await raw.replicate.from(new NodePouch(`${server.url}/bench`, auth('bo', 'pw-bo')), { batch_size: 500 });
  const rawFirst = (performance.now() - t0) / 1000;
  figure(`raw PouchDB: first replication of the ${docCount.toLocaleString('en')} documents`, rawFirst, 's');

  // Vettok: an empty seat connects and the list is in its database, every entry with its creator's columns.
  t0 = performance.now();
  const b = await open('小博', 'bo', 'pw-bo');
  // Counted first, read whole only once the count is there; every 200 ms, as counting 10,000
  // entries runs on the seat's own thread, beside the sync being measured.
  await until(`seat B holds ${COUNT} entries with their creators`, async () => {
    if ((await entryCountOfList(b.db, 'main')) < COUNT) return false;
    return (await entriesOfList(b.db, 'main')).every((e) => e.view);
  }, 600_000, 200);
  const first = (performance.now() - t0) / 1000;
  figure(`Vettok: first sync of ${COUNT.toLocaleString('en')} creators into an empty seat`, first, 's', 60);
  figure('Vettok ÷ raw PouchDB, first sync', first / rawFirst, '×');

  // Changes: seat A edits an entry; timed until seat B's database has it.
  await until('both seats idle', async () => a.sync.status().state === 'connected' && b.sync.status().state === 'connected', 60_000);
  const vettok: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const id = `e${i * 37}`;
    const note = `change ${i} at ${Date.now()}`;
    const start = performance.now();
    await updateEntry(a.db, id, { note });
    await until(`change ${i} on seat B`, async () => (await getEntry(b.db, id))?.note === note, 30_000);
    vettok.push(performance.now() - start);
  }
  const vettokMedian = median(vettok) / 1000;

  // Raw PouchDB: two replicas in live sync through the same server (a database of their own, so
  // the seats never see these documents); a put on one, timed until the other has it.
  const rawA = new NodePouch(`raw-a-${process.pid}`, { adapter: 'memory' });
  const rawB = new NodePouch(`raw-b-${process.pid}`, { adapter: 'memory' });
  const syncA = rawA.sync(new NodePouch(`${server.url}/raw`, auth('ana', 'pw-ana')), { live: true, retry: true });
  const syncB = rawB.sync(new NodePouch(`${server.url}/raw`, auth('bo', 'pw-bo')), { live: true, retry: true });
  const rawTimes: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const id = `raw-change-${i}`;
    const start = performance.now();
    await rawA.put({ _id: id, at: Date.now() });
    await until(`raw change ${i}`, async () => rawB.get(id).then(() => true, () => false), 30_000);
    rawTimes.push(performance.now() - start);
  }
  syncA.cancel();
  syncB.cancel();
  const rawMedian = median(rawTimes) / 1000;
  figure(`Vettok: a change on seat A in seat B's database, median of ${CHANGES}`, vettokMedian, 's', 5);
  figure(`raw PouchDB: a change between two replicas, median of ${CHANGES}`, rawMedian, 's');
  figure('Vettok ÷ raw PouchDB, change', vettokMedian / rawMedian, '×');
  await rawA.destroy();
  await rawB.destroy();
  await raw.destroy();
} finally {
  for (const seat of seats) await seat.close().catch(() => undefined);
  serverProcess.kill('SIGTERM');
}

const broken = figures.filter((f) => f.budget !== null && f.value > f.budget);
const jsonOut = process.argv.find((a) => a.startsWith('--json-out='))?.slice('--json-out='.length);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ ok: broken.length === 0, figures: figures.map((f) => ({ ...f, ok: f.budget === null || f.value <= f.budget })) }, null, 2));
console.log(broken.length ? `✖ over budget: ${broken.map((f) => f.label).join('; ')}` : '✔ team sync within budget');
process.exit(broken.length ? 1 : 0);
