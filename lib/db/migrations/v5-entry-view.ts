import type { Transaction } from 'dexie';

const CHUNK = 5_000;

type Row = Record<string, unknown>;

/**
 * A creator's columns as version 5 stores them on an entry: a frozen copy of what
 * lib/shortlists/row-view.ts computed when this upgrade shipped, so a later change to the live
 * columns does not change what an old database becomes (a later version adds its own upgrade).
 */
export function creatorColumnsV5(creator: Row | undefined): Row | null {
  if (!creator) return null;
  const a = creator['assessment'] as { grade?: unknown; tier?: unknown; merchantTier?: unknown; confidence?: unknown; flags: { id: string; pitfall: string }[] } | undefined;
  return {
    nickname: creator['nickname'] ?? null,
    followers: creator['followers'] ?? null,
    score: creator['score'] ?? null,
    grade: a?.grade ?? null,
    tier: a?.tier ?? null,
    merchantTier: a?.merchantTier ?? null,
    confidence: a?.confidence ?? null,
    pitfalls: a ? [...new Set(a.flags.map((f) => f.pitfall))].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))) : [],
    flagIds: a ? a.flags.map((f) => f.id) : [],
    language: creator['language'] ?? null,
    region: creator['region'] ?? null,
  };
}

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
    const rows = (await entries.bulkGet(ids.slice(i, i + CHUNK))) as (Row | undefined)[];
    const present = rows.filter((r): r is Row => r !== undefined);
    const found = (await creators.bulkGet(present.map((r) => r['handle']))) as (Row | undefined)[];
    await entries.bulkPut(present.map((row, j) => ({ ...row, view: creatorColumnsV5(found[j]) })));
  }
}
