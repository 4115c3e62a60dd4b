import type { Transaction } from 'dexie';

/*
 * Version 5 → 6: creators move from one record each (`creators`, four indexes) to 1,024 buckets
 * (`creatorBuckets`), each one record holding its creators as one JSON text (see CreatorBucket in
 * lib/schemas/records.ts). Version 7 then drops the old table. Frozen copies of the bucket count
 * and hash as this version lays them out: the live ones (lib/db/queries/creators.ts) must agree
 * with them for as long as no later version re-packs the buckets.
 */
const BUCKETS_V6 = 1024;
const CHUNK = 5_000;

export function bucketOfV6(handle: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < handle.length; i++) {
    h ^= handle.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % BUCKETS_V6;
}

/** Every stored creator, as it is, into its bucket. Read in chunks; each creator kept as JSON text until its bucket is written. */
export async function packCreatorsIntoBuckets(tx: Transaction): Promise<void> {
  const creators = tx.table('creators');
  const handles = (await creators.toCollection().primaryKeys()) as string[];
  const buckets = new Map<number, { handles: string[]; json: string[] }>();
  for (let i = 0; i < handles.length; i += CHUNK) {
    const rows = (await creators.bulkGet(handles.slice(i, i + CHUNK))) as (Record<string, unknown> | undefined)[];
    for (const row of rows) {
      if (!row) continue;
      const handle = String(row['handle']);
      const b = bucketOfV6(handle);
      let bucket = buckets.get(b);
      if (!bucket) buckets.set(b, (bucket = { handles: [], json: [] }));
      bucket.handles.push(handle);
      bucket.json.push(JSON.stringify(row));
    }
  }
  await tx.table('creatorBuckets').bulkAdd([...buckets].map(([bucket, { handles: hs, json }]) => ({ bucket, handles: hs, creators: `[${json.join(',')}]` })));
}
