import { describe, expect, it } from 'vitest';
import { packCreators, putCreators } from '../../lib/db/creators-repository';
import { allCreators, bucketOf, creatorCount, getCreator, getCreators } from '../../lib/db/queries/creators';
import type { CreatorRecord } from '../../lib/schemas/records';
import { sampleData } from '../sample-data';
import { freshDb } from './test-db';

const creators = () => sampleData().creators;
/** Handles that share a bucket with `handle` (found by search, so the test holds whatever the hash). */
function sameBucketAs(handle: string, count: number): string[] {
  const found: string[] = [];
  for (let i = 0; found.length < count; i++) if (bucketOf(`x${i}`) === bucketOf(handle)) found.push(`x${i}`);
  return found;
}

describe('creators in buckets', () => {
  it('stores a handle once: a second put replaces it, neighbours in its bucket stay', async () => {
    const db = freshDb();
    const [a] = creators() as [CreatorRecord];
    const neighbours = sameBucketAs(a.handle, 2).map((handle) => ({ ...a, handle, nickname: handle }));
    await db.transaction('rw', db.creatorBuckets, () => putCreators(db, [a, ...neighbours]));
    await db.transaction('rw', db.creatorBuckets, () => putCreators(db, [{ ...a, followers: 1 }, { ...a, followers: 2 }]));
    expect(await creatorCount(db)).toBe(3);
    expect((await getCreator(db, a.handle))?.followers).toBe(2);
    expect((await getCreators(db, neighbours.map((n) => n.handle))).map((c) => c?.nickname)).toEqual(neighbours.map((n) => n.handle));
    expect(await db.creatorBuckets.count()).toBe(1);
  });

  it('reads creators back in the order asked, undefined where none is stored', async () => {
    const db = freshDb();
    const all = creators();
    await db.creatorBuckets.bulkAdd(packCreators(all));
    expect(await getCreators(db, [all[2]!.handle, 'nobody', all[0]!.handle])).toEqual([all[2], undefined, all[0]]);
    expect((await allCreators(db)).map((c) => c.handle).sort()).toEqual(all.map((c) => c.handle).sort());
  });

  it('packs a later record of the same handle over an earlier one', () => {
    const [a] = creators() as [CreatorRecord];
    const packed = packCreators([a, { ...a, score: 1 }]);
    expect(packed).toHaveLength(1);
    expect(packed[0]!.handles).toEqual([a.handle]);
    expect((JSON.parse(packed[0]!.creators) as CreatorRecord[])[0]!.score).toBe(1);
  });

  it('rolls a bucket back with its transaction', async () => {
    const db = freshDb();
    const [a] = creators() as [CreatorRecord];
    await db.transaction('rw', db.creatorBuckets, () => putCreators(db, [a]));
    await expect(
      db.transaction('rw', db.creatorBuckets, async () => {
        await putCreators(db, [{ ...a, score: 0 }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await getCreator(db, a.handle))?.score).toBe(a.score);
  });
});
