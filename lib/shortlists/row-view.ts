import type { CreatorColumns, CreatorRecord, EntryStatus, EntryWithView, ShortlistEntry } from '../schemas/records';
import { sharedList, sharedText } from './shared-values';

/**
 * What the shortlist table, its filters and the CSV export need of one entry and its creator. Its
 * lists are shared between rows (`sharedList`) and frozen: read them, never change them.
 */
export interface ShortlistRowView extends Omit<CreatorColumns, 'pitfalls' | 'flagIds'> {
  entryId: string;
  listId: string;
  handle: string;
  status: EntryStatus;
  priority: number;
  pitfalls: readonly string[];
  flagIds: readonly string[];
  tags: readonly string[];
  note: string;
  addedAt: number;
  /** Lower-cased handle, nickname, note and tags, for free-text search. */
  haystack: string;
}

export function creatorColumns(creator: CreatorRecord | null | undefined): CreatorColumns | null {
  if (!creator) return null;
  const a = creator.assessment;
  return {
    nickname: creator.nickname ?? null,
    followers: creator.followers ?? null,
    score: creator.score ?? null,
    grade: a?.grade ?? null,
    tier: a?.tier ?? null,
    merchantTier: a?.merchantTier ?? null,
    confidence: a?.confidence ?? null,
    pitfalls: a ? [...new Set(a.flags.map((f) => f.pitfall))].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))) : [],
    flagIds: a ? a.flags.map((f) => f.id) : [],
    language: creator.language ?? null,
    region: creator.region ?? null,
  };
}

/** The entry alone, as a backup or a message holds it (the derived `view` left out). */
export function withoutView(entry: EntryWithView): ShortlistEntry {
  if (!('view' in entry)) return entry;
  const { view: _view, ...rest } = entry;
  return rest;
}

/**
 * A table row from an entry and its creator's columns. The values rows repeat (list id, status,
 * grade, tiers, confidence, language, region, pitfall, flag and tag lists) are the shared copies
 * (shared-values.ts): a list of 100,000 rows holds each once, not once per row.
 */
export function rowFromColumns(entry: ShortlistEntry, c: CreatorColumns | null | undefined): ShortlistRowView {
  return {
    entryId: entry.id,
    listId: sharedText(entry.listId),
    handle: entry.handle,
    nickname: c?.nickname ?? null,
    followers: c?.followers ?? null,
    score: c?.score ?? null,
    grade: sharedText(c?.grade ?? null),
    tier: sharedText(c?.tier ?? null),
    merchantTier: sharedText(c?.merchantTier ?? null),
    confidence: sharedText(c?.confidence ?? null),
    pitfalls: sharedList(c?.pitfalls ?? []),
    flagIds: sharedList(c?.flagIds ?? []),
    language: sharedText(c?.language ?? null),
    region: sharedText(c?.region ?? null),
    status: sharedText(entry.status),
    priority: entry.priority,
    tags: sharedList(entry.tags),
    note: entry.note,
    addedAt: entry.addedAt,
    haystack: (entry.handle + '\n' + (c?.nickname ?? '') + '\n' + entry.note + (entry.tags.length ? '\n' + entry.tags.join('\n') : '')).toLowerCase(),
  };
}

export function rowView(entry: ShortlistEntry, creator: CreatorRecord | null | undefined): ShortlistRowView {
  return rowFromColumns(entry, creatorColumns(creator));
}
