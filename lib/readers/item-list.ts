import type { CreatorSnapshot, RecentVideo } from '../schemas/creator-snapshot';
import { field, isRecord, nonNegativeInt } from './json-values';
import { mergeItemListVideos } from './merge-snapshot';
import { countsOf, snapshotFromUser } from './user-fields';
import { itemAuthorHandle, readVideoItem } from './video-item';

/**
 * Reads a `/api/post/item_list/` response (also `/api/post/item_list/` popular sort): the raw
 * `{itemList, cursor, hasMore}` body or a proxy-wrapped `{data: {…}}`. The payload is untrusted:
 * its envelope and each item are checked field by field (type guards, no schema library: this
 * reader runs in the creator-page content script, where every KB is compiled on each page load);
 * numbers may be strings (`createTime`, `statsV2`). Videos are those of the first author; the
 * caller must check that author against the profile before merging (see mergeItemListVideos).
 * The snapshot built from it is validated again by the background before anything is stored.
 */

type NumberLike = number | string;

/** A finite number or a string (TikTok sends ids, times and counts either way). */
const isNumberLike = (v: unknown): v is NumberLike => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isFlag = (v: unknown): v is boolean | number => typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
/** Absent (undefined or null) or passing `test`. */
const optional = (v: unknown, test: (v: unknown) => boolean): boolean => v === undefined || v === null || test(v);

interface ItemListBody {
  itemList?: unknown[] | null;
  items?: unknown[] | null;
  cursor?: NumberLike | null;
  hasMore?: boolean | number | null;
  statusCode?: NumberLike | null;
  status_code?: NumberLike | null;
}

function isItemListBody(v: unknown): v is ItemListBody {
  return (
    isRecord(v) &&
    optional(v['itemList'], Array.isArray) &&
    optional(v['items'], Array.isArray) &&
    optional(v['cursor'], isNumberLike) &&
    optional(v['hasMore'], isFlag) &&
    optional(v['statusCode'], isNumberLike) &&
    optional(v['status_code'], isNumberLike)
  );
}

/** The fields of an item the readers use, each of the type they expect (other fields are ignored). */
function isItem(v: unknown): boolean {
  return (
    isRecord(v) &&
    isNumberLike(v['id']) &&
    optional(v['createTime'], isNumberLike) &&
    optional(v['desc'], (d) => typeof d === 'string') &&
    optional(v['stats'], isRecord) &&
    optional(v['statsV2'], isRecord) &&
    optional(v['author'], (a) => typeof a === 'string' || isRecord(a)) &&
    optional(v['isPinnedItem'], isFlag)
  );
}

export type ItemListRead =
  | {
      ok: true;
      /** Lower-case handle of the videos' author, null when the items name none. */
      author: string | null;
      videos: RecentVideo[];
      cursor: string | null;
      hasMore: boolean | null;
      /** Items skipped because they failed validation or belonged to another author. */
      skipped: number;
      /** The raw items kept (for snapshotFromItemList). */
      items: unknown[];
    }
  | { ok: false; reason: 'malformed' | 'no-creator-data'; detail?: string };

const MAX_ITEMS = 200;

/** The item_list body inside `json`, unwrapping one `{data: …}` proxy layer. */
function bodyOf(json: unknown): unknown {
  if (isRecord(json) && !('itemList' in json) && isRecord(json['data'])) return json['data'];
  return json;
}

export function readItemList(json: unknown): ItemListRead {
  const body = bodyOf(json);
  if (!isItemListBody(body)) return { ok: false, reason: 'malformed', detail: 'not an item_list body' };
  const list = body.itemList ?? body.items;
  if (!list) {
    const status = nonNegativeInt(body.statusCode ?? body.status_code);
    return { ok: false, reason: 'no-creator-data', detail: status ? `statusCode ${status}` : 'no itemList' };
  }
  let author: string | null = null;
  let skipped = 0;
  const videos: RecentVideo[] = [];
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (const raw of list.slice(0, MAX_ITEMS)) {
    if (!isItem(raw)) {
      skipped++;
      continue;
    }
    const itemAuthor = itemAuthorHandle(raw);
    author ??= itemAuthor;
    const video = readVideoItem(raw);
    if (!video || (itemAuthor !== null && itemAuthor !== author) || seen.has(video.id)) {
      skipped++;
      continue;
    }
    seen.add(video.id);
    videos.push(video);
    items.push(raw);
  }
  skipped += Math.max(0, list.length - MAX_ITEMS);
  const cursor = body.cursor;
  const hasMore = body.hasMore;
  return {
    ok: true,
    author,
    videos,
    cursor: cursor === undefined || cursor === null ? null : String(cursor).slice(0, 40),
    hasMore: hasMore === undefined || hasMore === null ? null : Boolean(hasMore),
    skipped,
    items,
  };
}

/**
 * A snapshot of the author of an item_list body (for a saved file with no profile): identity from
 * the first item's `author`, counts from `authorStatsV2`/`authorStats`, and the videos.
 */
export function snapshotFromItemList(
  read: Extract<ItemListRead, { ok: true }>,
  capturedAt: number,
  url: string | null,
): CreatorSnapshot | null {
  const first = read.items.find((item) => isRecord(field(item, 'author')));
  if (!first) return null;
  const snapshot = snapshotFromUser(
    field(first, 'author'),
    countsOf(field(first, 'authorStatsV2'), field(first, 'authorStats')),
    'api-item-list',
    capturedAt,
    url,
  );
  if (!snapshot) return null;
  snapshot.recentVideos = read.videos;
  if (read.videos.length > 0) snapshot.provenance['recentVideos'] = 'api-item-list';
  return snapshot;
}

/**
 * Merges an item_list response into a profile snapshot when, and only when, its author is the
 * snapshot's creator (item_list requests fired for a previous profile can arrive late in a SPA).
 */
export function applyItemList(
  snapshot: CreatorSnapshot,
  json: unknown,
): { ok: true; snapshot: CreatorSnapshot; added: number } | { ok: false; reason: 'handle-mismatch' | 'malformed' | 'no-creator-data'; detail?: string } {
  const read = readItemList(json);
  if (!read.ok) return read;
  if (read.author !== null && read.author !== snapshot.handle) {
    return { ok: false, reason: 'handle-mismatch', detail: `item_list is for @${read.author}` };
  }
  if (read.author === null && read.videos.length > 0) {
    return { ok: false, reason: 'no-creator-data', detail: 'item_list names no author' };
  }
  const before = new Set(snapshot.recentVideos.map((v) => v.id));
  const merged = mergeItemListVideos(snapshot, read.videos);
  return { ok: true, snapshot: merged, added: read.videos.filter((v) => !before.has(v.id)).length };
}
