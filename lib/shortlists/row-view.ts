import type { Confidence, MerchantTier, Tier } from '../schemas/assessment';
import type { CreatorRecord, EntryStatus, ShortlistEntry } from '../schemas/records';

/** What the shortlist table, its filters and the CSV export need of one entry and its creator. */
export interface ShortlistRowView {
  entryId: string;
  listId: string;
  handle: string;
  nickname: string | null;
  followers: number | null;
  score: number | null;
  grade: string | null;
  tier: Tier | null;
  merchantTier: MerchantTier | null;
  confidence: Confidence | null;
  /** Pitfall numbers of the creator's flags (P1…P10), unique, sorted. */
  pitfalls: string[];
  flagIds: string[];
  language: string | null;
  region: string | null;
  status: EntryStatus;
  priority: number;
  tags: string[];
  note: string;
  addedAt: number;
  /** Lower-cased handle, nickname, note and tags, for free-text search. */
  haystack: string;
}

export function rowView(entry: ShortlistEntry, creator: CreatorRecord | null | undefined): ShortlistRowView {
  const a = creator?.assessment;
  const pitfalls = a ? [...new Set(a.flags.map((f) => f.pitfall))].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))) : [];
  return {
    entryId: entry.id,
    listId: entry.listId,
    handle: entry.handle,
    nickname: creator?.nickname ?? null,
    followers: creator?.followers ?? null,
    score: creator?.score ?? null,
    grade: a?.grade ?? null,
    tier: a?.tier ?? null,
    merchantTier: a?.merchantTier ?? null,
    confidence: a?.confidence ?? null,
    pitfalls,
    flagIds: a ? a.flags.map((f) => f.id) : [],
    language: creator?.language ?? null,
    region: creator?.region ?? null,
    status: entry.status,
    priority: entry.priority,
    tags: entry.tags,
    note: entry.note,
    addedAt: entry.addedAt,
    haystack: [entry.handle, creator?.nickname ?? '', entry.note, ...entry.tags].join('\n').toLowerCase(),
  };
}
