import type { Transaction } from 'dexie';
import type { CreatorRecord } from '../../schemas/records';
import { creatorColumns } from '../../shortlists/row-view';

const CHUNK = 5_000;

/**
 * Version 4 → 5: every shortlist entry gets `view`, its creator's columns as the table shows them
 * (null when the creator is not stored). Every other field is kept as is. Entries are read and
 * written back in chunks, creators fetched by handle.
 */
export async function addEntryViews(tx: Transaction): Promise<void> {
  const entries = tx.table('shortlistEntries');
  const creators = tx.table('creators');
  const ids = (await entries.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await entries.bulkGet(ids.slice(i, i + CHUNK))) as (Record<string, unknown> | undefined)[];
    const present = rows.filter((r): r is Record<string, unknown> => r !== undefined);
    const found = (await creators.bulkGet(present.map((r) => r['handle']))) as (CreatorRecord | undefined)[];
    await entries.bulkPut(present.map((row, j) => ({ ...row, view: creatorColumns(found[j]) })));
  }
}
