import type { RecentVideo } from '../schemas/creator-snapshot';
import { bool, cappedText, epochMs, field, isRecord, nonEmptyText, statCount } from './json-values';
import { normaliseHandle } from './user-fields';

/**
 * One video from TikTok's item shape (SIGI `ItemModule`, `/api/post/item_list/`, a video page's
 * `itemStruct`, `__NEXT_DATA__` items). Figures come from `statsV2` where it is exact, else from
 * `stats`; the video is `exact` only when every figure it has is exact.
 */

export const MAX_CAPTION = 2_200;
const VIDEO_ID = /^\d{1,25}$/;

export function readVideoItem(item: unknown): RecentVideo | null {
  if (!isRecord(item)) return null;
  const id = typeof item['id'] === 'number' && Number.isSafeInteger(item['id']) ? String(item['id']) : nonEmptyText(item['id']);
  if (!id || !VIDEO_ID.test(id)) return null;
  const statsV2 = item['statsV2'];
  const stats = item['stats'];
  const views = statCount(statsV2, stats, 'playCount');
  const likes = statCount(statsV2, stats, 'diggCount');
  const comments = statCount(statsV2, stats, 'commentCount');
  const shares = statCount(statsV2, stats, 'shareCount');
  const saves = statCount(statsV2, stats, 'collectCount');
  const counts = [views, likes, comments, shares, saves].filter((c) => c !== null);
  return {
    id,
    createTime: epochMs(item['createTime']),
    views: views?.value ?? null,
    likes: likes?.value ?? null,
    comments: comments?.value ?? null,
    shares: shares?.value ?? null,
    saves: saves?.value ?? null,
    pinned: bool(item['isPinnedItem']) ?? false,
    caption: cappedText(item['desc'], MAX_CAPTION),
    exact: counts.length > 0 && counts.every((c) => c.exact),
    locationCreated: cappedText(nonEmptyText(item['locationCreated']), 8),
    textLanguage: cappedText(nonEmptyText(item['textLanguage']), 16),
  };
}

/** The handle of an item's author: `author` is an object, or (SIGI) the uniqueId itself. */
export function itemAuthorHandle(item: unknown): string | null {
  const author = field(item, 'author');
  return typeof author === 'string' ? normaliseHandle(author) : normaliseHandle(field(author, 'uniqueId'));
}

/** Videos in order, without duplicate ids, at most `limit`. */
export function readVideoItems(items: readonly unknown[], limit = 100): RecentVideo[] {
  const seen = new Set<string>();
  const videos: RecentVideo[] = [];
  for (const item of items) {
    if (videos.length >= limit) break;
    const video = readVideoItem(item);
    if (!video || seen.has(video.id)) continue;
    seen.add(video.id);
    videos.push(video);
  }
  return videos;
}
