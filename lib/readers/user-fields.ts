import type { Count, CreatorSnapshot, ReadSource } from '../schemas/creator-snapshot';
import { bool, cappedText, field, isRecord, nonEmptyText, nonNegativeInt, statCount } from './json-values';
import { HANDLE_PATTERN } from '../schemas/handle-rule';

/**
 * Identity and counts from a TikTok `user` object plus its stats pair. The same shape appears in
 * `webapp.user-detail`, `/api/user/detail/`, SIGI `UserModule`, `__NEXT_DATA__`, an item's
 * `author`, and `/api/user/list/` entries; each caller names its source for provenance.
 */

export const MAX_BIO = 1_000;
export const MAX_NICKNAME = 200;
export const MAX_URL = 2_048;

/** A TikTok uniqueId as stored in snapshots: lower-case, no "@", TikTok's own character set. */
export function normaliseHandle(value: unknown): string | null {
  const raw = nonEmptyText(value);
  if (!raw) return null;
  const handle = raw.trim().replace(/^@/, '').toLowerCase();
  return HANDLE_PATTERN.test(handle) ? handle : null;
}

/** A numeric id (TikTok ids are digit strings, sometimes numbers). */
function idText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  const t = nonEmptyText(value);
  return t && /^\d{1,25}$/.test(t) ? t : null;
}

/** user.createTime (epoch seconds) → epoch ms; 0 and anything unreadable → null. */
function accountCreatedAt(value: unknown): number | null {
  const seconds = nonNegativeInt(value);
  return seconds !== null && seconds > 0 ? seconds * 1000 : null;
}

export interface CountsRead {
  followers: Count | null;
  following: Count | null;
  likes: Count | null;
  videos: Count | null;
  /** Mutual follows, when the stats carry them. */
  friendCount?: Count | null;
}

/** Counts from a statsV2/stats pair; a flat user (author with followerCount…) works as `stats`. */
export function countsOf(statsV2: unknown, stats: unknown): CountsRead {
  return {
    followers: statCount(statsV2, stats, 'followerCount'),
    following: statCount(statsV2, stats, 'followingCount'),
    likes: statCount(statsV2, stats, 'heartCount', 'heart'),
    videos: statCount(statsV2, stats, 'videoCount'),
    friendCount: statCount(statsV2, stats, 'friendCount'),
  };
}

/** A snapshot of `handle` with no figure yet: each reader fills in what its source holds. */
export function blankSnapshot(handle: string, source: ReadSource, capturedAt: number, url: string | null): CreatorSnapshot {
  return {
    platform: 'tiktok',
    handle,
    userId: null,
    secUid: null,
    nickname: null,
    bio: null,
    bioLink: null,
    verified: null,
    privateAccount: null,
    isOrganization: null,
    commerceUser: null,
    commerceCategory: null,
    language: null,
    region: null,
    followers: null,
    following: null,
    likes: null,
    videos: null,
    recentVideos: [],
    commerce: null,
    provenance: {},
    source,
    capturedAt,
    url,
  };
}

/**
 * A snapshot from a user object; fields the object lacks stay null and get no provenance.
 * Returns null when there is no valid handle.
 */
export function snapshotFromUser(
  user: unknown,
  counts: CountsRead,
  source: ReadSource,
  capturedAt: number,
  url: string | null,
): CreatorSnapshot | null {
  if (!isRecord(user)) return null;
  const handle = normaliseHandle(user['uniqueId']) ?? normaliseHandle(user['unique_id']);
  if (!handle) return null;
  const snapshot: CreatorSnapshot = {
    ...blankSnapshot(handle, source, capturedAt, url),
    userId: idText(user['id']) ?? idText(user['uid']),
    secUid: cappedText(nonEmptyText(user['secUid']), 200),
    nickname: cappedText(user['nickname'], MAX_NICKNAME),
    bio: cappedText(user['signature'], MAX_BIO),
    bioLink: cappedText(nonEmptyText(field(user, 'bioLink', 'link')), MAX_URL),
    verified: bool(user['verified']),
    privateAccount: bool(user['privateAccount']) ?? bool(user['secret']),
    isOrganization: bool(user['isOrganization']),
    commerceUser: bool(field(user, 'commerceUserInfo', 'commerceUser')),
    commerceCategory: cappedText(nonEmptyText(field(user, 'commerceUserInfo', 'category')), MAX_NICKNAME),
    language: cappedText(nonEmptyText(user['language']), 32),
    region: cappedText(nonEmptyText(user['region']), 8),
    followers: counts.followers,
    following: counts.following,
    likes: counts.likes,
    videos: counts.videos,
    accountCreatedAt: accountCreatedAt(user['createTime']),
    friendCount: counts.friendCount?.exact ? counts.friendCount.value : null,
  };
  snapshot.provenance = provenanceOf(snapshot, source);
  return snapshot;
}

const TRACKED: readonly (keyof CreatorSnapshot)[] = [
  'handle',
  'userId',
  'secUid',
  'nickname',
  'bio',
  'bioLink',
  'verified',
  'privateAccount',
  'isOrganization',
  'commerceUser',
  'commerceCategory',
  'language',
  'region',
  'followers',
  'following',
  'likes',
  'videos',
  'accountCreatedAt',
  'friendCount',
  'recentVideos',
  'commerce',
];

/** Provenance for every field that holds a value. */
export function provenanceOf(snapshot: CreatorSnapshot, source: ReadSource): Record<string, ReadSource> {
  const provenance: Record<string, ReadSource> = {};
  for (const key of TRACKED) {
    const value = snapshot[key];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    provenance[key] = source;
  }
  return provenance;
}

export const SNAPSHOT_FIELDS = TRACKED;
