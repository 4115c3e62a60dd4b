import type { ReadResult } from '../schemas/creator-snapshot';
import { field, isRecord, nonNegativeInt, text } from './json-values';
import { countsOf, snapshotFromUser } from './user-fields';
import { readVideoItems } from './video-item';

/**
 * Reads `__UNIVERSAL_DATA_FOR_REHYDRATION__` (2024–2026 profile pages): the creator is at
 * `__DEFAULT_SCOPE__["webapp.user-detail"].userInfo`. Exact `statsV2` strings win over `stats`,
 * which is rounded and can overflow int32 (a negative count is never accepted).
 * `webapp.app-context.region` is the viewer's region and is deliberately not read.
 */
export function readUniversalData(json: unknown, capturedAt: number, url: string | null): ReadResult {
  const scope = field(json, '__DEFAULT_SCOPE__');
  const detail = isRecord(scope) ? scope['webapp.user-detail'] : field(json, 'webapp.user-detail');
  if (!isRecord(detail)) return { ok: false, reason: 'no-creator-data' };
  return readUserDetail(detail, 'universal-data', capturedAt, url);
}

/** Status codes TikTok answers for banned, deleted or non-existent accounts. */
const UNAVAILABLE_CODES = new Set([10101, 10202, 10221, 10222, 10223, 10225]);

/** `webapp.user-detail` and `/api/user/detail/` share this shape. */
export function readUserDetail(
  detail: Record<string, unknown>,
  source: 'universal-data' | 'api-user-detail',
  capturedAt: number,
  url: string | null,
): ReadResult {
  const rawStatus = detail['statusCode'] ?? detail['status_code'];
  const statusCode = nonNegativeInt(rawStatus);
  const user = field(detail, 'userInfo', 'user');
  const snapshot = snapshotFromUser(
    user,
    countsOf(field(detail, 'userInfo', 'statsV2'), field(detail, 'userInfo', 'stats')),
    source,
    capturedAt,
    url,
  );
  if (statusCode !== null && statusCode !== 0 && (!snapshot || UNAVAILABLE_CODES.has(statusCode))) {
    const message = text(detail['statusMsg']) ?? text(detail['status_msg']);
    return {
      ok: false,
      reason: 'account-unavailable',
      detail: `statusCode ${statusCode}${message ? `: ${message.slice(0, 200)}` : ''}`,
    };
  }
  if (!snapshot) return { ok: false, reason: 'no-creator-data' };
  const items = field(detail, 'userInfo', 'itemList');
  if (Array.isArray(items) && items.length > 0) {
    snapshot.recentVideos = readVideoItems(items);
    if (snapshot.recentVideos.length > 0) snapshot.provenance['recentVideos'] = source;
  }
  return { ok: true, snapshot };
}
