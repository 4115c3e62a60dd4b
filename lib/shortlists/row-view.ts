import type { CreatorColumns, CreatorRecord, EntryStatus, EntryWithView, ShortlistEntry } from '../schemas/records';

/** What the shortlist table, its filters and the CSV export need of one entry and its creator. */
export interface ShortlistRowView extends CreatorColumns {
  entryId: string;
  listId: string;
  handle: string;
  status: EntryStatus;
  priority: number;
  tags: string[];
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

/** A table row from an entry and its creator's columns. */
export function rowFromColumns(entry: ShortlistEntry, c: CreatorColumns | null | undefined): ShortlistRowView {
  return {
    entryId: entry.id,
    listId: entry.listId,
    handle: entry.handle,
    nickname: c?.nickname ?? null,
    followers: c?.followers ?? null,
    score: c?.score ?? null,
    grade: c?.grade ?? null,
    tier: c?.tier ?? null,
    merchantTier: c?.merchantTier ?? null,
    confidence: c?.confidence ?? null,
    pitfalls: c?.pitfalls ?? [],
    flagIds: c?.flagIds ?? [],
    language: c?.language ?? null,
    region: c?.region ?? null,
    status: entry.status,
    priority: entry.priority,
    tags: entry.tags,
    note: entry.note,
    addedAt: entry.addedAt,
    haystack: (entry.handle + '\n' + (c?.nickname ?? '') + '\n' + entry.note + (entry.tags.length ? '\n' + entry.tags.join('\n') : '')).toLowerCase(),
  };
}

export function rowView(entry: ShortlistEntry, creator: CreatorRecord | null | undefined): ShortlistRowView {
  return rowFromColumns(entry, creatorColumns(creator));
}
