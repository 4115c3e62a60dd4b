import type { CreatorBucket, CreatorRecord } from '../../schemas/records';
import type { VettokDatabase } from '../database';
import { layoutHash } from '../layout-hash';

/**
 * How many buckets creators are spread over. Part of the stored layout: changing it (or the hash)
 * needs a database version that re-packs every bucket. 1,024 keeps about 100 creators (≈ 120 KB)
 * in a bucket at 100,000 creators, and one creator alone in its bucket for a merchant's first
 * few hundred.
 */
export const CREATOR_BUCKETS = 1024;

/** The bucket of a handle: FNV-1a (32-bit) of its UTF-16 code units, modulo the bucket count. */
export function bucketOf(handle: string): number {
  return layoutHash(handle) % CREATOR_BUCKETS;
}

/** The creators a bucket holds, by handle. */
export function creatorsIn(bucket: CreatorBucket | undefined): Map<string, CreatorRecord> {
  if (!bucket) return new Map();
  const records = JSON.parse(bucket.creators) as CreatorRecord[];
  return new Map(bucket.handles.map((h, i) => [h, records[i]!]));
}

/** One stored creator, or undefined: one bucket read. */
export async function getCreator(db: VettokDatabase, handle: string): Promise<CreatorRecord | undefined> {
  return creatorsIn(await db.creatorBuckets.get(bucketOf(handle))).get(handle);
}

/** Stored creators by handle, in the order asked (undefined where none): each bucket read once. */
export async function getCreators(db: VettokDatabase, handles: readonly string[]): Promise<(CreatorRecord | undefined)[]> {
  const buckets = [...new Set(handles.map(bucketOf))];
  const found = await db.creatorBuckets.bulkGet(buckets);
  const byHandle = new Map<string, CreatorRecord>();
  for (const bucket of found) for (const [h, c] of creatorsIn(bucket)) byHandle.set(h, c);
  return handles.map((h) => byHandle.get(h));
}

/** Every stored creator. */
export async function allCreators(db: VettokDatabase): Promise<CreatorRecord[]> {
  return (await db.creatorBuckets.toArray()).flatMap((b) => [...creatorsIn(b).values()]);
}

/** Every stored creator's handle (no creator parsed). */
export async function creatorHandles(db: VettokDatabase): Promise<string[]> {
  return (await db.creatorBuckets.toArray()).flatMap((b) => b.handles);
}

/** How many creators are stored. */
export async function creatorCount(db: VettokDatabase): Promise<number> {
  return (await creatorHandles(db)).length;
}
