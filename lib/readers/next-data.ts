import type { ReadResult } from '../schemas/creator-snapshot';
import { field, isRecord, nonNegativeInt } from './json-values';
import { countsOf, snapshotFromUser } from './user-fields';
import { itemAuthorHandle, readVideoItems } from './video-item';

/**
 * Reads `__NEXT_DATA__` (2020–2021 Next.js pages): a profile's `props.pageProps.userInfo.{user,
 * stats}` and its `items`. Pages listing many authors' videos (trending, discover) describe no
 * single creator and are refused as `not-a-creator-page`.
 */
export function readNextData(json: unknown, capturedAt: number, url: string | null): ReadResult {
  const pageProps = field(json, 'props', 'pageProps');
  if (!isRecord(pageProps)) return { ok: false, reason: 'no-creator-data' };
  const userInfo = pageProps['userInfo'];
  const items = Array.isArray(pageProps['items']) ? (pageProps['items'] as unknown[]) : [];
  if (isRecord(userInfo)) {
    const snapshot = snapshotFromUser(userInfo['user'], countsOf(userInfo['statsV2'], userInfo['stats']), 'next-data', capturedAt, url);
    if (snapshot) {
      snapshot.recentVideos = readVideoItems(items.filter((item) => itemAuthorHandle(item) === snapshot.handle));
      if (snapshot.recentVideos.length > 0) snapshot.provenance['recentVideos'] = 'next-data';
      return { ok: true, snapshot };
    }
  }
  const statusCode = nonNegativeInt(pageProps['statusCode']);
  if (statusCode && statusCode !== 0) {
    return { ok: false, reason: 'account-unavailable', detail: `statusCode ${statusCode}` };
  }
  const authors = new Set(items.map(itemAuthorHandle).filter((h) => h !== null));
  if (authors.size > 0) {
    const page = typeof field(json, 'page') === 'string' ? ` (${String(field(json, 'page')).slice(0, 100)})` : '';
    return { ok: false, reason: 'not-a-creator-page', detail: `a feed of ${items.length} videos by ${authors.size} authors${page}` };
  }
  return { ok: false, reason: 'no-creator-data' };
}
