import type { RecentVideo } from '../schemas/creator-snapshot';
import { parseDisplayedCount } from './localised-count';
import { routeOf } from './profile-url';

/**
 * Reads the rendered video grid of a profile page (`[data-e2e=user-post-item]`): video id from the
 * link, views from `[data-e2e=video-views]` (abbreviated, so never exact), pinned from
 * `[data-e2e=video-card-badge]`. The grid shows no likes, comments, dates or captions.
 */
export function readDomGrid(doc: Document, handle: string | null, limit = 60): RecentVideo[] {
  const locale = doc.documentElement?.getAttribute('lang') ?? undefined;
  const cells = doc.querySelectorAll('[data-e2e="user-post-item"]');
  const videos: RecentVideo[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < cells.length && videos.length < limit; i++) {
    const cell = cells[i]!;
    const link = cell.querySelector('a[href*="/video/"], a[href*="/photo/"]');
    const href = link?.getAttribute('href');
    if (!href) continue;
    const route = routeOf(href, 'https://www.tiktok.com/');
    if (route.kind !== 'video' || (handle && route.handle !== handle) || seen.has(route.videoId)) continue;
    seen.add(route.videoId);
    const views = parseDisplayedCount(cell.querySelector('[data-e2e="video-views"]')?.textContent ?? '', locale);
    videos.push({
      id: route.videoId,
      createTime: null,
      views: views?.value ?? null,
      likes: null,
      comments: null,
      shares: null,
      saves: null,
      pinned: cell.querySelector('[data-e2e="video-card-badge"]') !== null,
      caption: null,
      exact: false,
      locationCreated: null,
      textLanguage: null,
    });
  }
  return videos;
}
