import type { Count, CreatorSnapshot, ReadResult } from '../schemas/creator-snapshot';
import { exactCountOf, bool, field, isRecord, nonEmptyText, text } from './json-values';

/**
 * Reads `__UNIVERSAL_DATA_FOR_REHYDRATION__` (2024–2026 profile pages): the creator is at
 * `__DEFAULT_SCOPE__["webapp.user-detail"].userInfo`. Exact `statsV2` strings win over `stats`,
 * which is rounded and can overflow int32 (a negative count is never accepted).
 */
export function readUniversalData(json: unknown, capturedAt: number, url: string | null): ReadResult {
  const scope = field(json, '__DEFAULT_SCOPE__');
  const detail = isRecord(scope) ? scope['webapp.user-detail'] : field(json, 'webapp.user-detail');
  if (!isRecord(detail)) return { ok: false, reason: 'no-creator-data' };
  return readUserDetail(detail, 'universal-data', capturedAt, url);
}

/** `webapp.user-detail` and `/api/user/detail/` share this shape. */
export function readUserDetail(
  detail: Record<string, unknown>,
  source: 'universal-data' | 'api-user-detail',
  capturedAt: number,
  url: string | null,
): ReadResult {
  const statusCode = detail['statusCode'];
  if (typeof statusCode === 'number' && statusCode !== 0) {
    return {
      ok: false,
      reason: 'account-unavailable',
      detail: `statusCode ${statusCode}${typeof detail['statusMsg'] === 'string' && detail['statusMsg'] ? `: ${detail['statusMsg']}` : ''}`,
    };
  }
  const user = field(detail, 'userInfo', 'user');
  const handle = nonEmptyText(field(user, 'uniqueId'));
  if (!isRecord(user) || !handle) return { ok: false, reason: 'no-creator-data' };

  const statsV2 = field(detail, 'userInfo', 'statsV2');
  const stats = field(detail, 'userInfo', 'stats');
  const provenance: Record<string, typeof source> = {};
  const count = (name: string, ...keys: string[]): Count | null => {
    for (const key of keys) {
      const c = exactCountOf(field(statsV2, key)) ?? exactCountOf(field(stats, key));
      if (c) {
        provenance[name] = source;
        return exactCountOf(field(statsV2, key)) ? c : { ...c, exact: false };
      }
    }
    return null;
  };

  const snapshot: CreatorSnapshot = {
    platform: 'tiktok',
    handle: handle.toLowerCase(),
    userId: nonEmptyText(user['id']),
    secUid: nonEmptyText(user['secUid']),
    nickname: text(user['nickname']),
    bio: text(user['signature']),
    bioLink: nonEmptyText(field(user, 'bioLink', 'link')),
    verified: bool(user['verified']),
    privateAccount: bool(user['privateAccount']) ?? bool(user['secret']),
    isOrganization: bool(user['isOrganization']),
    commerceUser: bool(field(user, 'commerceUserInfo', 'commerceUser')),
    commerceCategory: nonEmptyText(field(user, 'commerceUserInfo', 'category')),
    language: nonEmptyText(user['language']),
    region: nonEmptyText(user['region']),
    followers: count('followers', 'followerCount'),
    following: count('following', 'followingCount'),
    likes: count('likes', 'heartCount', 'heart'),
    videos: count('videos', 'videoCount'),
    recentVideos: [],
    commerce: null,
    provenance: { handle: source, ...provenance },
    source,
    capturedAt,
    url,
  };
  return { ok: true, snapshot };
}
