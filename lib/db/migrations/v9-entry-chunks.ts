import type { Transaction } from 'dexie';

/*
 * Version 8 → 9: shortlist entries move from one record each (`shortlistEntries`, three indexes)
 * to chunks per list (`entryChunks`), a directory by id (`entryDirectory`) and a summary per list
 * (`listSummaries`): see EntryChunk, EntryDirectoryBucket and ListEntrySummary in
 * lib/schemas/records.ts. Version 10 then drops the old table. Frozen copies of the counts, the
 * hash and the newest-first order as this version lays them out: the live ones
 * (lib/db/entry-layout.ts) must agree with them for as long as no later version re-packs entries.
 */
const SLOTS_V9 = 256;
const DIRECTORY_BUCKETS_V9 = 256;
const NEWEST_KEPT_V9 = 200;

function hashV9(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface Row {
  id: string;
  listId: string;
  handle: string;
  addedAt: number;
}

/** Every stored entry, as it is, into its list's chunk, the directory and its list's summary. */
export async function packEntriesIntoChunks(tx: Transaction): Promise<void> {
  const rows = (await tx.table('shortlistEntries').toArray()) as Row[];
  const chunks = new Map<string, { listId: string; slot: number; ids: string[]; handles: string[]; texts: string[] }>();
  const directory = new Map<number, { bucket: number; ids: string[]; lists: string[]; handles: string[] }>();
  const lists = new Map<string, Row[]>();
  for (const row of rows) {
    const listId = String(row.listId);
    const handle = String(row.handle);
    const id = String(row.id);
    const slot = hashV9(handle) % SLOTS_V9;
    const key = `${listId}\u0000${slot}`;
    let chunk = chunks.get(key);
    if (!chunk) chunks.set(key, (chunk = { listId, slot, ids: [], handles: [], texts: [] }));
    chunk.ids.push(id);
    chunk.handles.push(handle);
    chunk.texts.push(JSON.stringify(row));
    const b = hashV9(id) % DIRECTORY_BUCKETS_V9;
    let bucket = directory.get(b);
    if (!bucket) directory.set(b, (bucket = { bucket: b, ids: [], lists: [], handles: [] }));
    bucket.ids.push(id);
    bucket.lists.push(listId);
    bucket.handles.push(handle);
    let list = lists.get(listId);
    if (!list) lists.set(listId, (list = []));
    list.push(row);
  }
  const newestFirst = (a: Row, b: Row) => b.addedAt - a.addedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  await tx.table('entryChunks').bulkAdd([...chunks.values()]);
  await tx.table('entryDirectory').bulkAdd([...directory.values()]);
  await tx.table('listSummaries').bulkAdd(
    [...lists].map(([listId, list]) => ({ listId, count: list.length, newest: [...list].sort(newestFirst).slice(0, NEWEST_KEPT_V9).map((r) => JSON.stringify(r)) })),
  );
}
