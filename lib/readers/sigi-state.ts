import type { ReadResult } from '../schemas/creator-snapshot';
import { field, isRecord, nonNegativeInt } from './json-values';
import { routeOf } from './profile-url';
import { countsOf, normaliseHandle, snapshotFromUser } from './user-fields';
import { itemAuthorHandle, readVideoItems } from './video-item';

/**
 * Reads `script#SIGI_STATE` (2022–2023 profile pages): `UserModule.users[handle]` and
 * `UserModule.stats[handle]` (rounded `stats` only, so counts are not exact), recent videos from
 * `ItemModule` in the order of `ItemList["user-post"].list`. The creator is the URL's handle, else
 * `UserPage.uniqueId`, else the only user in the module.
 */
export function readSigiState(json: unknown, capturedAt: number, url: string | null): ReadResult {
  const users = field(json, 'UserModule', 'users');
  if (!isRecord(users)) return { ok: false, reason: 'no-creator-data' };
  const route = url ? routeOf(url) : { kind: 'other' as const };
  const keys = Object.keys(users);
  const wanted =
    (route.kind === 'profile' ? route.handle : null) ??
    normaliseHandle(field(json, 'UserPage', 'uniqueId')) ??
    (keys.length === 1 ? normaliseHandle(keys[0]) : null);
  if (!wanted) return { ok: false, reason: 'no-creator-data' };
  const key = keys.find((k) => normaliseHandle(k) === wanted) ?? keys.find((k) => normaliseHandle(field(users[k], 'uniqueId')) === wanted);
  if (key === undefined) {
    const other = keys.length > 0 ? normaliseHandle(keys[0]) : null;
    return other
      ? { ok: false, reason: 'handle-mismatch', detail: `page data is for @${other}` }
      : { ok: false, reason: 'no-creator-data' };
  }
  const statusCode = nonNegativeInt(field(users[key], 'extraInfo', 'statusCode'));
  const snapshot = snapshotFromUser(
    users[key],
    countsOf(field(json, 'UserModule', 'statsV2', key), field(json, 'UserModule', 'stats', key)),
    'sigi-state',
    capturedAt,
    url,
  );
  if (!snapshot) {
    return statusCode
      ? { ok: false, reason: 'account-unavailable', detail: `statusCode ${statusCode}` }
      : { ok: false, reason: 'no-creator-data' };
  }

  const itemModule = field(json, 'ItemModule');
  if (isRecord(itemModule)) {
    const order = field(json, 'ItemList', 'user-post', 'list');
    const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
    const items = ids.length > 0 ? ids.map((id) => itemModule[id]) : Object.values(itemModule);
    const own = items.filter((item) => itemAuthorHandle(item) === snapshot.handle);
    if (ids.length === 0) own.sort((a, b) => (nonNegativeInt(field(b, 'createTime')) ?? 0) - (nonNegativeInt(field(a, 'createTime')) ?? 0));
    snapshot.recentVideos = readVideoItems(own);
    if (snapshot.recentVideos.length > 0) snapshot.provenance['recentVideos'] = 'sigi-state';
  }
  return { ok: true, snapshot };
}
