import type { Count, CreatorSnapshot, ReadSource, RecentVideo } from '../schemas/creator-snapshot';
import { SNAPSHOT_FIELDS } from './user-fields';

/**
 * Merges snapshots of the same creator read from several sources of one page, given in priority
 * order (first = most trusted). Each field comes from the first source that has it, except counts,
 * where an exact figure beats a rounded one whatever its source. Provenance records the source of
 * every field kept. Snapshots for another handle are ignored.
 */
export function mergeSnapshots(parts: readonly CreatorSnapshot[]): CreatorSnapshot | null {
  const first = parts[0];
  if (!first) return null;
  const same = parts.filter((p) => p.handle === first.handle);
  const merged: CreatorSnapshot = { ...first, recentVideos: [...first.recentVideos], provenance: {} };
  const provenance: Record<string, ReadSource> = {};
  const sourceOf = (part: CreatorSnapshot, key: string): ReadSource => part.provenance[key] ?? part.source;

  for (const key of SNAPSHOT_FIELDS) {
    if (key === 'followers' || key === 'following' || key === 'likes' || key === 'videos') {
      const withValue = same.filter((p) => p[key] !== null);
      const pick = withValue.find((p) => p[key]!.exact) ?? withValue[0];
      merged[key] = pick ? narrow(pick[key]!, withValue.map((p) => p[key]!)) : null;
      if (pick) provenance[key] = sourceOf(pick, key);
      continue;
    }
    if (key === 'recentVideos') {
      const pick = same.find((p) => p.recentVideos.length > 0);
      merged.recentVideos = pick ? [...pick.recentVideos] : [];
      if (pick) provenance[key] = sourceOf(pick, key);
      continue;
    }
    const pick = same.find((p) => p[key] !== null && p[key] !== undefined);
    (merged as Record<string, unknown>)[key] = pick ? pick[key] : null;
    if (pick) provenance[key] = sourceOf(pick, key);
  }
  merged.handle = first.handle;
  provenance['handle'] = first.source;
  merged.provenance = provenance;
  return merged;
}

/**
 * A rounded count narrowed by the other sources' intervals (e.g. the DOM's "38.5K" and a stats
 * figure of 38500); an exact count, or intervals that do not overlap, are left as they are.
 */
function narrow(count: Count, all: readonly Count[]): Count {
  if (count.exact) return count;
  let low = count.low;
  let high = count.high;
  for (const other of all) {
    if (other.exact) continue;
    const l = Math.max(low, other.low);
    const h = Math.min(high, other.high);
    if (l <= h) {
      low = l;
      high = h;
    }
  }
  const value = Math.min(Math.max(count.value, low), high);
  return { value, low, high, exact: false };
}

/**
 * Adds videos from `/api/post/item_list/` to a snapshot: deduplicated by id, an exact figure wins
 * over an abbreviated one, the order is newest first with pinned videos kept. The caller must check
 * that the item_list author is the snapshot's handle (readItemList returns it).
 */
export function mergeItemListVideos(snapshot: CreatorSnapshot, videos: readonly RecentVideo[], limit = 200): CreatorSnapshot {
  const byId = new Map<string, RecentVideo>();
  for (const video of [...snapshot.recentVideos, ...videos]) {
    const existing = byId.get(video.id);
    byId.set(video.id, existing ? preferVideo(existing, video) : video);
  }
  const recentVideos = [...byId.values()]
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || (b.createTime ?? 0) - (a.createTime ?? 0))
    .slice(0, limit);
  const provenance = { ...snapshot.provenance };
  if (videos.length > 0) provenance['recentVideos'] = 'api-item-list';
  return { ...snapshot, recentVideos, provenance };
}

function preferVideo(a: RecentVideo, b: RecentVideo): RecentVideo {
  const [main, other] = b.exact && !a.exact ? [b, a] : a.exact && !b.exact ? [a, b] : [b, a];
  return {
    ...main,
    createTime: main.createTime ?? other.createTime,
    views: main.views ?? other.views,
    likes: main.likes ?? other.likes,
    comments: main.comments ?? other.comments,
    shares: main.shares ?? other.shares,
    saves: main.saves ?? other.saves,
    pinned: main.pinned || other.pinned,
    caption: main.caption ?? other.caption,
    locationCreated: main.locationCreated ?? other.locationCreated ?? null,
    textLanguage: main.textLanguage ?? other.textLanguage ?? null,
  };
}
