import type { Assessment } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { CreatorRecord } from '../schemas/records';
import type { VettokDatabase } from './database';

/** Visits of one creator closer together than this replace each other instead of piling up. */
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
  return db.transaction('rw', db.creators, db.snapshots, async () => {
    const handle = snapshot.handle;
    const last = await db.snapshots.where('[handle+capturedAt]').between([handle, 0], [handle, Infinity]).last();
    const row = { handle, capturedAt: snapshot.capturedAt, snapshot };
    // Only a newer read of the latest visit replaces it; an older visit arriving late (a restarted
    // worker, another tab) is its own row and never overwrites a newer one.
    const gap = last?.id !== undefined ? snapshot.capturedAt - last.capturedAt : Infinity;
    if (last?.id !== undefined && Math.abs(gap) < SNAPSHOT_MERGE_WINDOW_MS) {
      if (gap >= 0) await db.snapshots.put({ ...row, id: last.id });
    } else {
      await db.snapshots.add(row);
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
    const existing = await db.creators.get(handle);
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
    await db.creators.put(record);
    return record;
  });
}
