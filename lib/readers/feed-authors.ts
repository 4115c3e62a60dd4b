import type { CreatorSnapshot, ReadSource } from '../schemas/creator-snapshot';
import { field, isRecord } from './json-values';
import { countsOf, snapshotFromUser } from './user-fields';
import { readVideoItem } from './video-item';

/**
 * The distinct authors of a list of items (search results, trending feeds): each with its
 * `authorStats(V2)` and the item(s) of theirs in the list. For pages that show many creators,
 * where no single creator is "the" page's.
 */
export function authorsOfItems(items: readonly unknown[], source: ReadSource, capturedAt: number, limit = 50): CreatorSnapshot[] {
  const byHandle = new Map<string, CreatorSnapshot>();
  for (const item of items.slice(0, 500)) {
    if (!isRecord(item) || !isRecord(item['author'])) continue;
    const snapshot = snapshotFromUser(
      item['author'],
      countsOf(item['authorStatsV2'], item['authorStats']),
      source,
      capturedAt,
      null,
    );
    if (!snapshot) continue;
    const existing = byHandle.get(snapshot.handle);
    const video = readVideoItem(item);
    if (existing) {
      if (video && !existing.recentVideos.some((v) => v.id === video.id)) existing.recentVideos.push(video);
      continue;
    }
    if (byHandle.size >= limit) continue;
    if (video) {
      snapshot.recentVideos = [video];
      snapshot.provenance['recentVideos'] = source;
    }
    byHandle.set(snapshot.handle, snapshot);
  }
  return [...byHandle.values()];
}

/** A search "user card" (`user_list[].user_info`, snake_case fields). */
export function snapshotFromUserCard(card: unknown, capturedAt: number): CreatorSnapshot | null {
  const info = field(card, 'user_info');
  if (!isRecord(info)) return null;
  const flat = {
    uniqueId: info['unique_id'],
    id: info['uid'],
    nickname: info['nickname'],
    signature: info['signature'],
    secUid: info['sec_uid'],
    verified: typeof info['enterprise_verify_reason'] === 'string' && info['enterprise_verify_reason'] !== '' ? true : null,
  };
  return snapshotFromUser(
    flat,
    countsOf(undefined, { followerCount: info['follower_count'], followingCount: info['following_count'], heartCount: info['total_favorited'], videoCount: info['aweme_count'] }),
    'search-result',
    capturedAt,
    null,
  );
}
