import type { CreatorSnapshot, ReadSource } from '../schemas/creator-snapshot';
import { field, isRecord } from './json-values';
import { countsOf, snapshotFromUser } from './user-fields';

/**
 * Creators of a list response, each read only from its own record: a video's `author` with that
 * video's `authorStats(V2)`, a user entry's `user` with its own `stats(V2)`, a search user card's
 * `user_info`. A list says nothing about a creator's latest videos (a search hit or a feed video may
 * be years old), so no video is attached: the assessment stays on counts, and says so.
 */

/** Entries read from one response at most (TikTok pages hold 10–30). */
export const MAX_LIST_ENTRIES = 200;

/** The author of one item (`{author, authorStats, authorStatsV2}`); null when it names none. */
export function authorOfItem(item: unknown, source: ReadSource, capturedAt: number): CreatorSnapshot | null {
  if (!isRecord(item) || !isRecord(item['author'])) return null;
  return snapshotFromUser(item['author'], countsOf(item['authorStatsV2'], item['authorStats']), source, capturedAt, null);
}

/** One `/api/user/list/` entry (`{user, stats, statsV2}`). */
export function userOfEntry(entry: unknown, source: ReadSource, capturedAt: number): CreatorSnapshot | null {
  if (!isRecord(entry)) return null;
  return snapshotFromUser(entry['user'], countsOf(entry['statsV2'], entry['stats']), source, capturedAt, null);
}

/** Distinct creators in order of first appearance; a creator listed twice keeps its first record. */
export function distinctCreators(snapshots: Iterable<CreatorSnapshot | null>): CreatorSnapshot[] {
  const byHandle = new Map<string, CreatorSnapshot>();
  for (const snapshot of snapshots) {
    if (!snapshot || byHandle.has(snapshot.handle)) continue;
    byHandle.set(snapshot.handle, snapshot);
    if (byHandle.size >= MAX_LIST_ENTRIES) break;
  }
  return [...byHandle.values()];
}

/** The array under `key` in the body or in its `data` envelope; empty when there is none. */
export function listIn(body: unknown, key: string): unknown[] {
  const direct = field(body, key);
  if (Array.isArray(direct)) return direct.slice(0, MAX_LIST_ENTRIES * 2);
  const wrapped = field(body, 'data', key);
  return Array.isArray(wrapped) ? wrapped.slice(0, MAX_LIST_ENTRIES * 2) : [];
}
