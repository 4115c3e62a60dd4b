import { refreshViewsOf } from './entry-views';
import type { Assessment } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { CreatorBucket, CreatorRecord, SnapshotRow } from '../schemas/records';
import type { VettokDatabase } from './database';
import { bucketOf, creatorsIn } from './queries/creators';
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
  return (await recordSnapshots(db, [snapshot], assess, now))[0]!;
}

/**
 * Stores visits and re-assesses each creator from their history, in one transaction, with the
 * result of storing them one after the other: a creator read twice in one call has their second
 * read see the first. Each creator's bucket, latest visits and shortlist entries are read once for
 * all the reads, the reads are applied in memory, and each row touched is written once.
 *
 * `stands`: whether a stored visit within the spacing of a read stands against it (the read is
 * dropped and the creator's stored record answered, when there is one).
 */
export async function recordSnapshots(
  db: VettokDatabase,
  snapshots: readonly CreatorSnapshot[],
  assess: AssessFn,
  now: number,
  stands: (stored: CreatorSnapshot) => boolean = () => false,
): Promise<CreatorRecord[]> {
  return db.transaction('rw', [db.creatorBuckets, db.snapshots, ...entryStores(db)], async () => {
    const earliest = new Map<string, number>();
    for (const s of snapshots) earliest.set(s.handle, Math.min(s.capturedAt, earliest.get(s.handle) ?? Infinity));
    const [visits, creators] = await Promise.all([latestVisits(db, earliest), readCreators(db, [...earliest.keys()])]);
    const written = new Set<SnapshotRow>();
    const changed = new Map<string, CreatorRecord>();
    const records = snapshots.map((snapshot) => {
      const handle = snapshot.handle;
      const at = snapshot.capturedAt;
      const rows = visits.get(handle)!;
      const existing = creators.get(bucketOf(handle))!.get(handle);
      // A read within the spacing of a stored visit's first read is that visit: a newer read replaces
      // its figures under the visit's key (the first read's time, so the window does not move), an
      // older one (arriving late: a restarted worker, another tab) never overwrites them. A read
      // outside every window is a visit of its own, even when it arrives after newer ones.
      const near = rows.findLast((r) => r.capturedAt > at - SNAPSHOT_MERGE_WINDOW_MS && r.capturedAt < at + SNAPSHOT_MERGE_WINDOW_MS);
      if (near && existing && stands(near.snapshot)) return existing;
      if (near) {
        if (at >= near.snapshot.capturedAt) {
          near.snapshot = snapshot;
          written.add(near);
        }
      } else {
        // A new row's key is above every stored one: among visits of the same time it comes last.
        const row: SnapshotRow = { handle, capturedAt: at, snapshot };
        const after = rows.findIndex((r) => r.capturedAt > at);
        rows.splice(after < 0 ? rows.length : after, 0, row);
        written.add(row);
      }
      const history = rows.slice(-HISTORY_FOR_ASSESSMENT).map((r) => r.snapshot);
      const record = creatorRecord(snapshot, assess(history, now), existing, now);
      creators.get(bucketOf(handle))!.set(handle, record);
      changed.set(handle, record);
      return record;
    });
    // Rows are written in the order the reads made them, so new visits are numbered as they were
    // read.
    const rows = [...written];
    await Promise.all([
      db.snapshots.bulkPut(rows.filter((r) => r.id !== undefined)),
      db.snapshots.bulkAdd(rows.filter((r) => r.id === undefined)),
      writeBuckets(db, creators, [...changed.keys()]),
    ]);
    await refreshViewsOf(db, [...changed.values()]);
    return records;
  });
}

/**
 * Each creator's latest visits (as many as the assessment sees), oldest first, and every visit
 * within the spacing of `earliest` (their earliest read) or after it: all of a creator's visits
 * when the latest ones do not reach back that far. Call inside a transaction.
 */
async function latestVisits(db: VettokDatabase, earliest: ReadonlyMap<string, number>): Promise<Map<string, SnapshotRow[]>> {
  const visits = await Promise.all(
    [...earliest].map(async ([handle, at]) => {
      const all = db.snapshots.where('[handle+capturedAt]').between([handle, 0], [handle, Infinity]);
      const latest = (await all.clone().reverse().limit(HISTORY_FOR_ASSESSMENT).toArray()).reverse();
      const reachesBack = latest.length < HISTORY_FOR_ASSESSMENT || latest[0]!.capturedAt <= at - SNAPSHOT_MERGE_WINDOW_MS;
      return [handle, reachesBack ? latest : await all.toArray()] as const;
    }),
  );
  return new Map(visits);
}

/** The stored creators of these handles' buckets, by bucket, each bucket read once. */
async function readCreators(db: VettokDatabase, handles: readonly string[]): Promise<Map<number, Map<string, CreatorRecord>>> {
  const buckets = [...new Set(handles.map(bucketOf))];
  const stored = await db.creatorBuckets.bulkGet(buckets);
  return new Map(buckets.map((b, i) => [b, creatorsIn(stored[i])]));
}

/** Writes back the buckets (as read by `readCreators` and changed) of these handles, each once. */
async function writeBuckets(db: VettokDatabase, creators: ReadonlyMap<number, ReadonlyMap<string, CreatorRecord>>, handles: readonly string[]): Promise<void> {
  const buckets = [...new Set(handles.map(bucketOf))];
  if (buckets.length > 0) await db.creatorBuckets.bulkPut(buckets.map((b) => bucketRecord(b, creators.get(b)!)));
}

/** A creator's record after a read: the read's figures, what it lacks kept from the stored record. */
export function creatorRecord(snapshot: CreatorSnapshot, assessment: Assessment, existing: CreatorRecord | undefined, now: number): CreatorRecord {
  return {
    handle: snapshot.handle,
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
