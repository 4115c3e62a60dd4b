import { readUniversalData, readUserDetail } from '../../../lib/readers/universal-data';
import { exactCount, type Count, type CreatorSnapshot, type ReadResult, type RecentVideo } from '../../../lib/schemas/creator-snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schemas/settings';
import { fixtureText } from '../../fixture-files';

export const DAY = 86_400_000;
/** A fixed "now" for deterministic tests: 2026-09-15T00:00:00Z. */
export const NOW = Date.UTC(2026, 8, 15);

export const fixture = (name: string): unknown => JSON.parse(fixtureText(name));

/** Reads a real universal-data capture the way the extension does. */
export function readReal(name: string, capturedAt = NOW): ReadResult {
  return readUniversalData(fixture(name), capturedAt, null);
}

export function realSnapshot(name: string, capturedAt = NOW): CreatorSnapshot {
  const r = readReal(name, capturedAt);
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.snapshot;
}

/** zg.520 from the /api/user/detail/ capture, with its real /api/post/item_list/ videos. */
export function realZg520(capturedAt = NOW): CreatorSnapshot {
  const detail = (fixture('api-user-detail-zg.520-2025-10.json') as { data: Record<string, unknown> }).data;
  const r = readUserDetail(detail, 'api-user-detail', capturedAt, null);
  if (!r.ok) throw new Error(r.reason);
  const videos = ['api-item-list-zg.520-2025-10.json', 'api-popular-posts-zg.520-2025-10.json'].flatMap((f) =>
    (fixture(f) as { data: { itemList: RawItem[] } }).data.itemList.map(itemToVideo),
  );
  return { ...r.snapshot, recentVideos: videos };
}

interface RawItem {
  id: string;
  createTime: number | string;
  isPinnedItem?: boolean;
  desc?: string;
  textLanguage?: string;
  locationCreated?: string;
  stats: { playCount: number; diggCount: number; commentCount: number; shareCount: number; collectCount?: number };
}

/** /api/post/item_list/ item → RecentVideo (what the item-list reader produces). */
export function itemToVideo(it: RawItem): RecentVideo {
  return {
    id: it.id,
    createTime: Number(it.createTime) * 1000,
    views: it.stats.playCount,
    likes: it.stats.diggCount,
    comments: it.stats.commentCount,
    shares: it.stats.shareCount,
    saves: it.stats.collectCount ?? null,
    pinned: it.isPinnedItem === true,
    caption: it.desc ?? null,
    exact: true,
    locationCreated: it.locationCreated ?? null,
    textLanguage: it.textLanguage ?? null,
  };
}

export function count(value: number): Count {
  return exactCount(value);
}

/** An abbreviated count as the DOM shows it ("38.5K" → 38,450–38,549). */
export function shown(value: number, low: number, high: number): Count {
  return { value, low, high, exact: false };
}

export function snapshot(overrides: Partial<CreatorSnapshot> = {}): CreatorSnapshot {
  return {
    platform: 'tiktok',
    handle: 'creator',
    userId: '1',
    secUid: null,
    nickname: 'Creator',
    bio: null,
    bioLink: null,
    verified: false,
    privateAccount: false,
    isOrganization: false,
    commerceUser: null,
    commerceCategory: null,
    language: null,
    region: null,
    followers: count(100_000),
    following: count(200),
    likes: count(2_000_000),
    videos: count(300),
    recentVideos: [],
    commerce: null,
    provenance: {},
    source: 'universal-data',
    capturedAt: NOW,
    url: null,
    ...overrides,
  };
}

let seq = 0;
/** A video `ageDays` old at NOW with realistic ratios (zg.520: likes ≈ 3.6% of views, comments ≈ 2% of likes). */
export function video(ageDays: number, views: number, overrides: Partial<RecentVideo> = {}): RecentVideo {
  seq++;
  return {
    id: `v${seq}`,
    createTime: NOW - ageDays * DAY,
    views,
    likes: Math.round(views * 0.036),
    comments: Math.round(views * 0.036 * 0.02),
    shares: Math.round(views * 0.0013),
    saves: Math.round(views * 0.0026),
    pinned: false,
    caption: 'A day on the high-speed rail #travel',
    exact: true,
    locationCreated: null,
    textLanguage: 'en',
    ...overrides,
  };
}

/** `n` videos, one every `everyDays` days starting 4 days ago, each with `views`. */
export function videos(n: number, views: number | ((i: number) => number), everyDays = 2, overrides: Partial<RecentVideo> = {}): RecentVideo[] {
  return Array.from({ length: n }, (_, i) => video(4 + i * everyDays, typeof views === 'number' ? views : views(i), overrides));
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides, thresholds: { ...DEFAULT_SETTINGS.thresholds, ...overrides.thresholds } };
}
