import { describe, expect, it } from 'vitest';
import { allEntries } from '../../lib/db/queries/entries';
import { VettokDatabase } from '../../lib/db/database';
import { bucketOfV6 } from '../../lib/db/migrations/v6-creator-buckets';
import { allCreators, getCreator, getCreators } from '../../lib/db/queries/creators';
import type { CreatorRecord } from '../../lib/schemas/records';
import { creatorColumns } from '../../lib/shortlists/row-view';
import { sampleData } from '../sample-data';
import { openAfterShipped } from './test-db';

/** A creator as version 5 stored one (literal fields; the assessment kept small). */
const bare = (i: number): CreatorRecord =>
  ({
    handle: i % 7 ? `shop.${i}` : `小店_${i}`,
    userId: String(9_000_000 + i),
    nickname: i % 3 ? `Nick ${i} 🌸` : null,
    verified: i % 2 === 0,
    language: 'id',
    region: 'ID',
    followers: 500 + i,
    followersExact: true,
    following: 3,
    likes: 40 * i,
    videos: 12,
    score: i % 101,
    tier: 'micro',
    assessment: { score: i % 101, tier: 'micro', flags: [] },
    firstSeenAt: 1_750_000_000_000,
    updatedAt: 1_750_000_000_000 + i,
  }) as unknown as CreatorRecord;

function v5Fixture() {
  const data = sampleData();
  const creators = [...data.creators, ...Array.from({ length: 3_000 }, (_, i) => bare(i))];
  const byHandle = new Map(creators.map((c) => [c.handle, c]));
  return {
    ...data,
    creators,
    // Version 5 entries carry their creator's columns; one entry's creator is not stored.
    shortlistEntries: [
      ...data.shortlistEntries.map((e) => ({ ...e, view: creatorColumns(byHandle.get(e.handle)) })),
      { id: 'e-orphan', listId: 'list-a', handle: 'gone', status: 'invited' as const, priority: 2, tags: ['x'], note: 'n', addedAt: 9, view: null },
    ],
    meta: [{ key: 'lastListId', value: 'list-a' }],
  };
}

const sortByHandle = (rows: readonly CreatorRecord[]) => [...rows].sort((a, b) => (a.handle < b.handle ? -1 : 1));
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
let n = 0;

describe('database version 5 → 7 (creators in buckets; unused indexes dropped)', () => {
  it('moves every creator, once, into the bucket of its handle, keeps every other row, and a second open changes nothing', async () => {
    const name = `vettok-migration-v6-${process.pid}-${++n}`;
    const fixture = v5Fixture();
    const db = await openAfterShipped(name, 5, fixture);
    expect(db.verno).toBe(10);
    expect(db.tables.map((t) => t.name)).not.toContain('creators');

    const buckets = await db.creatorBuckets.toArray();
    // About 3,000 creators over 1,024 buckets: a few per bucket, each handle in exactly one.
    const seen = new Set<string>();
    for (const bucket of buckets) {
      const records = JSON.parse(bucket.creators) as CreatorRecord[];
      expect(records.map((r) => r.handle)).toEqual(bucket.handles);
      for (const handle of bucket.handles) {
        expect(bucketOfV6(handle), handle).toBe(bucket.bucket);
        expect(seen.has(handle), handle).toBe(false);
        seen.add(handle);
      }
    }
    expect(seen.size).toBe(fixture.creators.length);
    expect(sortByHandle(await allCreators(db))).toEqual(sortByHandle(fixture.creators));
    expect(await getCreator(db, '小店_7')).toEqual(fixture.creators.find((c) => c.handle === '小店_7'));
    expect(await getCreators(db, ['gone', fixture.creators[0]!.handle])).toEqual([undefined, fixture.creators[0]]);

    expect(byId(await allEntries(db))).toEqual(byId(fixture.shortlistEntries));
    expect(await db.snapshots.toArray()).toEqual(fixture.snapshots);
    expect(byId(await db.shortlists.toArray())).toEqual(byId(fixture.shortlists));
    expect(await db.invitationDrafts.toArray()).toEqual(fixture.invitationDrafts);
    expect(await db.meta.toArray()).toEqual(fixture.meta);

    // Indexes nothing queries are gone; the ones the code reads remain.
    expect(db.shortlists.schema.indexes.map((i) => i.name)).toEqual(['createdAt']);
    // As the upgrade left them in IndexedDB itself, not only as the class declares them.
    const stored = db.backendDB().transaction(['snapshots', 'invitations', 'collaborations'], 'readonly');
    const indexNames = (table: string) => [...stored.objectStore(table).indexNames].sort();
    expect(indexNames('snapshots')).toEqual(['[handle+capturedAt]']);
    expect(indexNames('invitations')).toEqual(['createdAt', 'handles']);
    expect(indexNames('collaborations')).toEqual(['invitationId', 'updatedAt']);
    const after = buckets;
    db.close();

    const again = new VettokDatabase(name);
    await again.open();
    expect(again.verno).toBe(10);
    expect(await again.creatorBuckets.toArray()).toEqual(after);
    await again.delete();
  });

  it('the live bucket of a handle is the one version 6 laid out', async () => {
    const { bucketOf } = await import('../../lib/db/queries/creators');
    for (const c of v5Fixture().creators) expect(bucketOf(c.handle), c.handle).toBe(bucketOfV6(c.handle));
  });
});
