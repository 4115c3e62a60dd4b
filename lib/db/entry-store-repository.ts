import type { Transaction } from 'dexie';
import type { EntryChunk, EntryDirectoryBucket, EntryWithView, ListEntrySummary } from '../schemas/records';
import type { VettokDatabase } from './database';
import { directoryBucketOf, NEWEST_KEPT, NEWEST_REFILL_BELOW, newestFirst, parseEntries, slotOf } from './entry-layout';
import { chunksOfList, entryStores } from './queries/entries';

/*
 * Every write of stored shortlist entries (rows in, rows out), and the one way to watch them
 * change. Each write is a read-modify-write of the chunks, directory buckets and list summaries it
 * touches (lib/db/entry-layout.ts), in one transaction: the caller's when it is part of a larger
 * change (one that includes entryStores(db)), else its own. Uniqueness (an id once, a creator once
 * per list) is checked in code before anything is written.
 */

/** A write that would store an id twice, or a creator twice in one list: nothing was written. */
class EntryConflictError extends Error {
  override name = 'ConstraintError';
}

/** What a watcher of entries is told, entry by entry, as each write happens in its transaction. */
export interface EntryWatcher {
  created(id: string, entry: EntryWithView, tx: Transaction): void;
  /** `mods`: the fields written, by name (a field left out of the new entry: undefined). */
  updated(id: string, before: EntryWithView, mods: Record<string, unknown>, tx: Transaction): void;
  deleted(id: string, before: EntryWithView, tx: Transaction): void;
}

const watchers = new WeakMap<VettokDatabase, Set<EntryWatcher>>();

/** Tells `watcher` of every entry created, changed or deleted from now on; returns the way to stop. */
export function watchEntries(db: VettokDatabase, watcher: EntryWatcher): () => void {
  let set = watchers.get(db);
  if (!set) watchers.set(db, (set = new Set()));
  set.add(watcher);
  return () => void set.delete(watcher);
}

/** How many entries one write takes at most when a caller hands over many (each chunk is written once per write). */
const ENTRIES_PER_WRITE = 25_000;

/**
 * Adds new entries. Fails (writing none) when an id or a (list, creator) pair is already held.
 * Many entries are written in a few steps, each whole chunks at a time; `progress` is told the
 * entries written after each.
 */
export async function addEntries(db: VettokDatabase, entries: readonly EntryWithView[], progress?: (done: number) => void): Promise<void> {
  await inSteps(db, entries, 'add', progress);
}

/**
 * Stores entries, each new or replacing the stored entry of its id. Fails (writing none) when a
 * (list, creator) pair would be held by two entries.
 */
export async function putEntries(db: VettokDatabase, entries: readonly EntryWithView[], progress?: (done: number) => void): Promise<void> {
  await inSteps(db, entries, 'put', progress);
}

/** Writes entries in steps of whole chunks (ordered by list and chunk), in one transaction. */
async function inSteps(db: VettokDatabase, entries: readonly EntryWithView[], mode: 'add' | 'put', progress?: (done: number) => void) {
  if (entries.length === 0) return;
  if (entries.length <= ENTRIES_PER_WRITE) {
    await write(db, entries, [], mode);
    progress?.(entries.length);
    return;
  }
  const placed = entries.map((entry) => ({ entry, place: keyText(entry.listId, slotOf(entry.handle)) }));
  placed.sort((a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0));
  await db.transaction('rw', entryStores(db), async () => {
    let start = 0;
    while (start < placed.length) {
      let end = Math.min(start + ENTRIES_PER_WRITE, placed.length);
      while (end < placed.length && placed[end]!.place === placed[end - 1]!.place) end += 1;
      await write(db, placed.slice(start, end).map((p) => p.entry), [], mode);
      start = end;
      progress?.(start);
    }
  });
}

/** Deletes entries by id (ids not stored are skipped). */
export async function deleteEntries(db: VettokDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length) await write(db, [], ids, 'put');
}

/** Deletes every entry of a list; returns them. */
export async function deleteEntriesOfList(db: VettokDatabase, listId: string): Promise<EntryWithView[]> {
  return db.transaction('rw', entryStores(db), async () => {
    const ids = (await chunksOfList(db, listId)).flatMap((c) => c.ids);
    return (await write(db, [], ids, 'put')).deleted;
  });
}

/** Deletes every entry (no watcher is told, as a cleared table tells none). */
export async function clearEntries(db: VettokDatabase): Promise<void> {
  await db.transaction('rw', entryStores(db), () => Promise.all(entryStores(db).map((t) => t.clear())));
}

type ChunkKey = [string, number];
const keyText = (listId: string, slot: number) => `${listId}\u0000${slot}`;

/** A list's summary while a write changes it: newest first, each with its text. */
interface OpenSummary {
  count: number;
  newest: { entry: EntryWithView; text: string }[];
}

/** The transaction a watcher is told of: the outermost one (the one a caller opened and may have marked). */
function outermost(tx: Transaction): Transaction {
  let t = tx;
  while (t.parent) t = t.parent;
  return t;
}

/**
 * Puts `puts` (each new in 'add' mode, new or replacing its id in 'put' mode) and deletes
 * `deleteIds`, in one transaction. Everything is read and checked first; the write happens only
 * when every entry fits.
 */
async function write(db: VettokDatabase, puts: readonly EntryWithView[], deleteIds: readonly string[], mode: 'add' | 'put'): Promise<{ deleted: EntryWithView[] }> {
  return db.transaction('rw', entryStores(db), async (tx) => {
    const putIds = new Set<string>();
    for (const e of puts) {
      if (putIds.has(e.id) && mode === 'add') throw new EntryConflictError(`entry ${e.id} is written twice`);
      putIds.add(e.id);
    }
    // Replacing: the last entry of an id written twice wins.
    if (putIds.size < puts.length) puts = [...new Map(puts.map((e) => [e.id, e])).values()];
    const touchedIds = [...new Set([...putIds, ...deleteIds])];

    // Where each id is now.
    const bucketNumbers = [...new Set(touchedIds.map(directoryBucketOf))];
    const buckets = new Map<number, EntryDirectoryBucket>();
    (await db.entryDirectory.bulkGet(bucketNumbers)).forEach((b, i) => {
      const bucket = bucketNumbers[i]!;
      buckets.set(bucket, b ? { bucket, ids: [...b.ids], lists: [...b.lists], handles: [...b.handles] } : { bucket, ids: [], lists: [], handles: [] });
    });
    const touched = new Set(touchedIds);
    const where = new Map<string, { listId: string; handle: string }>();
    for (const b of buckets.values()) b.ids.forEach((id, i) => touched.has(id) && where.set(id, { listId: b.lists[i]!, handle: b.handles[i]! }));
    if (mode === 'add') for (const id of putIds) if (where.has(id)) throw new EntryConflictError(`entry ${id} is stored already`);

    // The chunks and summaries of every list and creator the write leaves or enters.
    const chunkKeys = new Map<string, ChunkKey>();
    const listIds = new Set<string>();
    const place = (listId: string, handle: string) => {
      const slot = slotOf(handle);
      chunkKeys.set(keyText(listId, slot), [listId, slot]);
      listIds.add(listId);
    };
    for (const w of where.values()) place(w.listId, w.handle);
    for (const e of puts) place(e.listId, e.handle);
    const chunks = new Map<string, EntryChunk>();
    const wantedChunks = [...chunkKeys.values()];
    (await db.entryChunks.bulkGet(wantedChunks)).forEach((c, i) => {
      const [listId, slot] = wantedChunks[i]!;
      chunks.set(keyText(listId, slot), c ? { listId, slot, ids: [...c.ids], handles: [...c.handles], texts: [...c.texts] } : { listId, slot, ids: [], handles: [], texts: [] });
    });
    const summaries = new Map<string, OpenSummary>();
    const wantedLists = [...listIds];
    (await db.listSummaries.bulkGet(wantedLists)).forEach((s, i) => {
      const newest = s ? parseEntries(s.newest).map((entry, j) => ({ entry, text: s.newest[j]! })) : [];
      summaries.set(wantedLists[i]!, { count: s?.count ?? 0, newest });
    });

    // Out of their places: every entry replaced or deleted.
    const before = new Map<string, EntryWithView>();
    for (const [id, w] of where) {
      const chunk = chunks.get(keyText(w.listId, slotOf(w.handle)))!;
      const i = chunk.ids.indexOf(id);
      if (i >= 0) {
        before.set(id, JSON.parse(chunk.texts[i]!) as EntryWithView);
        chunk.ids.splice(i, 1);
        chunk.handles.splice(i, 1);
        chunk.texts.splice(i, 1);
        leave(summaries.get(w.listId)!, id);
      }
      const bucket = buckets.get(directoryBucketOf(id))!;
      const j = bucket.ids.indexOf(id);
      bucket.ids.splice(j, 1);
      bucket.lists.splice(j, 1);
      bucket.handles.splice(j, 1);
    }
    // Into their places: every entry written, unless its creator is in its list already.
    for (const entry of puts) {
      const chunk = chunks.get(keyText(entry.listId, slotOf(entry.handle)))!;
      if (chunk.handles.includes(entry.handle)) throw new EntryConflictError(`@${entry.handle} is in list ${entry.listId} already`);
      const text = JSON.stringify(entry);
      chunk.ids.push(entry.id);
      chunk.handles.push(entry.handle);
      chunk.texts.push(text);
      enter(summaries.get(entry.listId)!, entry, text);
      const bucket = buckets.get(directoryBucketOf(entry.id))!;
      bucket.ids.push(entry.id);
      bucket.lists.push(entry.listId);
      bucket.handles.push(entry.handle);
    }
    for (const [listId, summary] of summaries) {
      if (summary.newest.length < Math.min(summary.count, NEWEST_REFILL_BELOW)) await refill(db, listId, summary, chunks);
    }

    const empty = <T extends { ids: string[] }>(rows: Iterable<T>) => [...rows].filter((r) => r.ids.length === 0);
    const held = <T extends { ids: string[] }>(rows: Iterable<T>) => [...rows].filter((r) => r.ids.length > 0);
    await Promise.all([
      db.entryChunks.bulkPut(held(chunks.values())),
      db.entryChunks.bulkDelete(empty(chunks.values()).map((c): ChunkKey => [c.listId, c.slot])),
      db.entryDirectory.bulkPut(held(buckets.values())),
      db.entryDirectory.bulkDelete(empty(buckets.values()).map((b) => b.bucket)),
      db.listSummaries.bulkPut(
        [...summaries].filter(([, s]) => s.count > 0).map(([listId, s]): ListEntrySummary => ({ listId, count: s.count, newest: s.newest.map((n) => n.text) })),
      ),
      db.listSummaries.bulkDelete([...summaries].filter(([, s]) => s.count === 0).map(([listId]) => listId)),
    ]);

    const told = watchers.get(db);
    const deleted = deleteIds.filter((id) => !putIds.has(id) && before.has(id)).map((id) => before.get(id)!);
    if (told?.size) {
      const root = outermost(tx);
      for (const watcher of told) {
        for (const entry of puts) {
          const old = before.get(entry.id);
          if (!old) watcher.created(entry.id, entry, root);
          else {
            const mods = changedFields(old, entry);
            if (Object.keys(mods).length) watcher.updated(entry.id, old, mods, root);
          }
        }
        for (const old of deleted) watcher.deleted(old.id, old, root);
      }
    }
    return { deleted };
  });
}

/** An entry leaves a list's summary. */
function leave(summary: OpenSummary, id: string) {
  summary.count -= 1;
  const i = summary.newest.findIndex((n) => n.entry.id === id);
  if (i >= 0) summary.newest.splice(i, 1);
}

/**
 * An entry enters a list's summary: among the newest when the summary holds the whole list, or
 * when it is newer than the last one held (the summary stays the list's newest n, for some n).
 */
function enter(summary: OpenSummary, entry: EntryWithView, text: string) {
  const whole = summary.newest.length === summary.count;
  summary.count += 1;
  const last = summary.newest.at(-1);
  if (!whole && !(last && newestFirst(entry, last.entry) < 0)) return;
  const at = summary.newest.findIndex((n) => newestFirst(entry, n.entry) < 0);
  summary.newest.splice(at < 0 ? summary.newest.length : at, 0, { entry, text });
  if (summary.newest.length > NEWEST_KEPT) summary.newest.length = NEWEST_KEPT;
}

/** Fills a summary again from its whole list (the chunks this write changed as they now are). */
async function refill(db: VettokDatabase, listId: string, summary: OpenSummary, changed: ReadonlyMap<string, EntryChunk>) {
  const chunks = new Map((await chunksOfList(db, listId)).map((c) => [keyText(listId, c.slot), c]));
  for (const [key, c] of changed) if (c.listId === listId) chunks.set(key, c);
  const texts = [...chunks.values()].flatMap((c) => c.texts);
  const entries = parseEntries(texts).map((entry, i) => ({ entry, text: texts[i]! }));
  summary.newest = entries.sort((a, b) => newestFirst(a.entry, b.entry)).slice(0, NEWEST_KEPT);
}

/** The fields of `after` that differ from `before` (a field `after` lacks: undefined). */
function changedFields(before: EntryWithView, after: EntryWithView): Record<string, unknown> {
  const mods: Record<string, unknown> = {};
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) mods[key] = a[key];
  }
  return mods;
}
