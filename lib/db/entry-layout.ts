import type { EntryChunk, EntryWithView } from '../schemas/records';
import { layoutHash } from './layout-hash';

/*
 * How shortlist entries are laid out (since database version 9): part of the stored layout, so
 * changing a count or the hash needs a database version that re-packs every entry.
 *
 * - A list's entries are spread over ENTRY_SLOTS chunks by a hash of the handle. At 100,000
 *   entries in one list a chunk holds about 390 (≈ 150 KB): the import writes 256 records, not
 *   100,000, and finding a creator in a list reads one chunk and parses one entry.
 * - The directory finds an entry by id: DIRECTORY_BUCKETS records by a hash of the id, each
 *   listing its ids with their list and creator (no entry text: reading it all is cheap).
 * - A list's summary holds its count and its NEWEST_KEPT newest entries, so the side panel's first
 *   screen reads one record whatever the list's size.
 */
export const ENTRY_SLOTS = 256;
export const DIRECTORY_BUCKETS = 256;
export const NEWEST_KEPT = 200;
/** A summary holding fewer newest entries than this (of a list holding more) is filled again from the list. */
export const NEWEST_REFILL_BELOW = 100;

/** The chunk of a list that holds a creator's entry. */
export const slotOf = (handle: string) => layoutHash(handle) % ENTRY_SLOTS;

/** The directory bucket of an entry id. */
export const directoryBucketOf = (id: string) => layoutHash(id) % DIRECTORY_BUCKETS;

/** Entries from their stored JSON texts: one parse for all of them. */
export function parseEntries(texts: readonly string[]): EntryWithView[] {
  return texts.length ? (JSON.parse(`[${texts.join(',')}]`) as EntryWithView[]) : [];
}

/** Every entry a chunk holds. */
export const entriesIn = (chunk: EntryChunk | undefined): EntryWithView[] => (chunk ? parseEntries(chunk.texts) : []);

/** The entry a chunk holds for a creator, or undefined. */
export function entryInChunk(chunk: EntryChunk | undefined, handle: string): EntryWithView | undefined {
  const i = chunk ? chunk.handles.indexOf(handle) : -1;
  return i < 0 ? undefined : (JSON.parse(chunk!.texts[i]!) as EntryWithView);
}

/** Newest first: by the date added, then by id (the order the list showed before v9). */
export const newestFirst = (a: Pick<EntryWithView, 'addedAt' | 'id'>, b: Pick<EntryWithView, 'addedAt' | 'id'>) =>
  b.addedAt - a.addedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
