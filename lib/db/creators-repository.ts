import { refreshViewsOf } from './entry-views';
import type { Assessment } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { CreatorBucket, CreatorRecord } from '../schemas/records';
import type { VettokDatabase } from './database';
import { bucketOf, creatorsIn, getCreator } from './queries/creators';
import { entryStores } from './queries/entries';

/**
 * The minimum spacing of two stored visits of one creator. A visit's row is keyed by its first
 * read; reads less than this after it are the same visit (the row's figures take the newest read,
 * its key stays). The window never slides: a merchant who looks at a creator every few minutes gets
 * a new point every 10 minutes, not one point that keeps moving.
 */
export const SNAPSHOT_MERGE_WINDOW_MS = 10 * 60 * 1000;
/** How many of the latest visits the assessment sees. */
export const HISTORY_FOR_ASSESSMENT = 60;

export type AssessFn = (history: readonly CreatorSnapshot[], now: number) => Assessment;

/**
 * Stores a visit and re-assesses the creator from their history, in one transaction: either the
 * snapshot and the updated creator are both written, or neither is.
 */
export async function recordSnapshot(
  db: VettokDatabase,
  snapshot: CreatorSnapshot,
  assess: AssessFn,
  now: number,
): Promise<CreatorRecord> {
  return db.transaction('rw', [db.creatorBuckets, db.snapshots, ...entryStores(db)], async () => {
    const handle = snapshot.handle;
    const at = snapshot.capturedAt;
    // A read within the spacing of a stored visit's first read is that visit: a newer read replaces
    // its figures under the visit's key (the first read's time, so the window does not move), an
    // older one (arriving late: a restarted worker, another tab) never overwrites them. A read
    // outside every window is a visit of its own, even when it arrives after newer ones.
    const near = await db.snapshots
      .where('[handle+capturedAt]')
      .between([handle, at - SNAPSHOT_MERGE_WINDOW_MS], [handle, at + SNAPSHOT_MERGE_WINDOW_MS], false, false)
      .last();
    if (near?.id !== undefined) {
      if (at >= near.snapshot.capturedAt) await db.snapshots.put({ handle, capturedAt: near.capturedAt, snapshot, id: near.id });
    } else {
      await db.snapshots.add({ handle, capturedAt: at, snapshot });
    }
    const history = (
      await db.snapshots
        .where('[handle+capturedAt]')
        .between([handle, 0], [handle, Infinity])
        .reverse()
        .limit(HISTORY_FOR_ASSESSMENT)
        .toArray()
    )
      .reverse()
      .map((r) => r.snapshot);
    const assessment = assess(history, now);
    const existing = await getCreator(db, handle);
    const record: CreatorRecord = {
      handle,
      userId: snapshot.userId ?? existing?.userId ?? null,
      nickname: snapshot.nickname ?? existing?.nickname ?? null,
      verified: snapshot.verified ?? existing?.verified ?? null,
      language: snapshot.language ?? existing?.language ?? null,
      region: snapshot.region ?? existing?.region ?? null,
      followers: snapshot.followers?.value ?? null,
      followersExact: snapshot.followers?.exact ?? false,
      following: snapshot.following?.value ?? null,
      likes: snapshot.likes?.value ?? null,
      videos: snapshot.videos?.value ?? null,
      score: assessment.score,
      tier: assessment.tier,
      assessment,
      firstSeenAt: existing?.firstSeenAt ?? now,
      updatedAt: now,
    };
    await putCreators(db, [record]);
    await refreshViewsOf(db, record);
    return record;
  });
}

function bucketRecord(bucket: number, creators: ReadonlyMap<string, CreatorRecord>): CreatorBucket {
  return { bucket, handles: [...creators.keys()], creators: JSON.stringify([...creators.values()]) };
}

/** Creators grouped by bucket, each bucket's by handle (a later record of a handle wins). */
function byBucket(records: readonly CreatorRecord[]): Map<number, Map<string, CreatorRecord>> {
  const buckets = new Map<number, Map<string, CreatorRecord>>();
  for (const record of records) {
    const b = bucketOf(record.handle);
    let creators = buckets.get(b);
    if (!creators) buckets.set(b, (creators = new Map()));
    creators.set(record.handle, record);
  }
  return buckets;
}

/** Creators packed into their buckets (every bucket that holds one); a later record of a handle wins. */
export function packCreators(records: readonly CreatorRecord[]): CreatorBucket[] {
  return [...byBucket(records)].map(([b, creators]) => bucketRecord(b, creators));
}

/**
 * Stores creators (new or replacing the stored one of the same handle): each bucket touched is
 * read, changed and written back once, so a handle is stored once. Call inside a transaction
 * that includes `creatorBuckets`.
 */
export async function putCreators(db: VettokDatabase, records: readonly CreatorRecord[]): Promise<void> {
  if (records.length === 0) return;
  const wanted = [...byBucket(records)];
  const stored = await db.creatorBuckets.bulkGet(wanted.map(([b]) => b));
  const next = wanted.map(([b, incoming], i) => {
    const creators = creatorsIn(stored[i]);
    for (const [handle, record] of incoming) creators.set(handle, record);
    return bucketRecord(b, creators);
  });
  await db.creatorBuckets.bulkPut(next);
}
