import type { ReadResult } from '../schemas/creator-snapshot';
import { field, isRecord, nonNegativeInt, text } from './json-values';
import { blockedReason } from './page-state';
import { universalDataScopes } from './embedded-json';
import { routeOf } from './profile-url';
import { countsOf, snapshotFromUser } from './user-fields';
import { readVideoItem } from './video-item';

/**
 * Reads a video page (`/@handle/video/ID`): `webapp.video-detail.itemInfo.itemStruct` (desktop)
 * or `webapp.reflow.video.detail` (mobile share page), or an `/api/item/detail/` body. The author
 * comes from `author` with `authorStatsV2`/`authorStats` (flat counts on `author` in reflow pages);
 * the one video becomes the snapshot's only recent video. A reflow page's `shareUser` is whoever
 * shared the link, not the creator, and is ignored.
 */
export function readVideoDetail(json: unknown, capturedAt: number, url: string | null): ReadResult {
  const scope = field(json, '__DEFAULT_SCOPE__');
  const root = isRecord(scope) ? scope : json;
  const detail = [field(root, 'webapp.video-detail'), field(root, 'webapp.reflow.video.detail'), root].find((d) =>
    isRecord(field(d, 'itemInfo', 'itemStruct')),
  );
  if (!detail) {
    const status = nonNegativeInt(field(root, 'webapp.video-detail', 'statusCode'));
    return status
      ? { ok: false, reason: 'account-unavailable', detail: `statusCode ${status}${statusMessage(field(root, 'webapp.video-detail'))}` }
      : { ok: false, reason: 'no-creator-data' };
  }
  const item = field(detail, 'itemInfo', 'itemStruct');
  const author = field(item, 'author');
  const snapshot = snapshotFromUser(
    author,
    countsOf(field(item, 'authorStatsV2'), field(item, 'authorStats') ?? author),
    'video-detail',
    capturedAt,
    url,
  );
  if (!snapshot) return { ok: false, reason: 'no-creator-data', detail: 'video has no readable author' };
  const video = readVideoItem(item);
  if (video) {
    snapshot.recentVideos = [video];
    snapshot.provenance['recentVideos'] = 'video-detail';
  }
  return { ok: true, snapshot };
}

function statusMessage(detail: unknown): string {
  const message = text(field(detail, 'statusMsg'));
  return message ? `: ${message.slice(0, 200)}` : '';
}

/** A video page in the browser: the author must be the URL's handle. */
export function readVideoPage(doc: Document, url: string, now: number): ReadResult {
  const route = routeOf(url);
  const expected = route.kind === 'other' ? null : route.handle;
  const universal = universalDataScopes(doc, ['webapp.video-detail', 'webapp.reflow.video.detail']);
  const result: ReadResult =
    universal === undefined ? { ok: false, reason: 'no-creator-data' } : readVideoDetail(universal, now, url);
  if (result.ok && expected && result.snapshot.handle !== expected) {
    return { ok: false, reason: 'handle-mismatch', detail: `page data is for @${result.snapshot.handle}` };
  }
  if (result.ok && route.kind === 'video' && result.snapshot.recentVideos.some((v) => v.id !== route.videoId)) {
    // The author is right but the embedded video is an earlier one (in-app navigation): drop it.
    const { recentVideos: _stale, ...provenance } = result.snapshot.provenance;
    return { ok: true, snapshot: { ...result.snapshot, recentVideos: [], provenance } };
  }
  if (!result.ok && result.reason === 'no-creator-data') {
    const blocked = blockedReason(doc);
    if (blocked) return { ok: false, reason: 'blocked', detail: blocked };
  }
  return result;
}
