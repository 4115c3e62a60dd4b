import * as fc from 'fast-check';
import type { Count, CreatorSnapshot, RecentVideo } from '../../../lib/schemas/creator-snapshot';
import { DEFAULT_SETTINGS, MarketSchema, type Settings } from '../../../lib/schemas/settings';
import { DAY, NOW } from './helpers';

const big = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 3_000_000_000 }));

export const countArb: fc.Arbitrary<Count> = fc.oneof(
  big.map((v) => ({ value: v, low: v, high: v, exact: true })),
  fc.tuple(big, fc.double({ min: 0, max: 0.05, noNaN: true })).map(([v, spread]) => ({
    value: v,
    low: Math.floor(v * (1 - spread)),
    high: Math.ceil(v * (1 + spread)),
    exact: false,
  })),
);

const CAPTIONS = [
  'A day on the high-speed rail #travel',
  '今天给大家分享一款面霜',
  'the best serum ever',
  'all the best for your exams',
  '全 网 最 低',
  'số 1 thị trường',
  'ใช้ดีมาก',
  'Produk terbaik!',
  '',
];

const nullableCount = fc.option(big, { nil: null });

export const videoArb: fc.Arbitrary<RecentVideo> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  createTime: fc.option(fc.integer({ min: NOW - 400 * DAY, max: NOW + DAY }), { nil: null }),
  views: nullableCount,
  likes: nullableCount,
  comments: nullableCount,
  shares: nullableCount,
  saves: nullableCount,
  pinned: fc.boolean(),
  caption: fc.option(fc.oneof(fc.constantFrom(...CAPTIONS), fc.string({ maxLength: 40 })), { nil: null }),
  exact: fc.boolean(),
  locationCreated: fc.option(fc.constantFrom('VN', 'ID', 'US', 'GB', 'TH', ''), { nil: null }),
  textLanguage: fc.option(fc.constantFrom('vi', 'id', 'en', 'zh-Hans', 'th', 'un'), { nil: null }),
});

const shareList = fc.array(fc.record({ key: fc.constantFrom('VN', 'ID', 'US', 'TH'), share: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 4 });

const commerceArb = fc.record({
  currency: fc.option(fc.constantFrom('USD', 'VND', 'IDR'), { nil: null }),
  gmv: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
  gmvLow: fc.option(fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }), { nil: undefined }),
  gmvHigh: fc.option(fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }), { nil: undefined }),
  unitsSold: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }),
  gpm: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
  medianViews: fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null }),
  engagementRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  categories: fc.array(fc.constantFrom('Beauty & Personal Care', 'Electronics', 'Home'), { maxLength: 3 }),
  audienceLocations: shareList,
  audienceAges: shareList,
  audienceGenders: shareList,
});

export const snapshotArb: fc.Arbitrary<CreatorSnapshot> = fc.record({
  platform: fc.constant('tiktok' as const),
  handle: fc.constantFrom('a', 'creator', 'khaby.lame'),
  userId: fc.option(fc.string(), { nil: null }),
  secUid: fc.constant(null),
  nickname: fc.option(fc.string(), { nil: null }),
  bio: fc.option(fc.oneof(fc.constantFrom(...CAPTIONS), fc.string({ maxLength: 80 })), { nil: null }),
  bioLink: fc.constant(null),
  verified: fc.option(fc.boolean(), { nil: null }),
  privateAccount: fc.option(fc.boolean(), { nil: null }),
  isOrganization: fc.option(fc.boolean(), { nil: null }),
  commerceUser: fc.option(fc.boolean(), { nil: null }),
  commerceCategory: fc.option(fc.constantFrom('Beauty', 'Food'), { nil: null }),
  language: fc.option(fc.constantFrom('en', 'vi', 'id', 'zh-Hans', 'th'), { nil: null }),
  region: fc.option(fc.constantFrom('VN', 'US', 'ID'), { nil: null }),
  followers: fc.option(countArb, { nil: null }),
  following: fc.option(countArb, { nil: null }),
  likes: fc.option(countArb, { nil: null }),
  videos: fc.option(countArb, { nil: null }),
  recentVideos: fc.array(videoArb, { maxLength: 30 }),
  commerce: fc.option(commerceArb, { nil: null }),
  provenance: fc.constant({}),
  source: fc.constant('universal-data' as const),
  capturedAt: fc.integer({ min: NOW - 100 * DAY, max: NOW }),
  url: fc.constant(null),
});

/** 0–4 visits of one creator, oldest first. */
export const historyArb: fc.Arbitrary<CreatorSnapshot[]> = fc
  .array(snapshotArb, { maxLength: 4 })
  .map((snaps) => [...snaps].sort((a, b) => a.capturedAt - b.capturedAt));

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  uiLanguage: fc.constant('auto' as const),
  targetMarket: fc.option(fc.constantFrom(...MarketSchema.options), { nil: null }),
  category: fc.option(fc.constantFrom('Beauty', 'Health supplements', 'Home decor'), { nil: null }),
  thresholds: fc.oneof(
    fc.constant(DEFAULT_SETTINGS.thresholds),
    // a settings object saved before the new thresholds existed
    fc.constant({ headMin: 1_000_000, waistMin: 100_000, tailMin: 10_000, inactiveDays: 30, massFollowing: 1_500, followersPerVideoMax: 20_000, likesPerFollowerMin: 0.5 }),
    fc.constant({ ...DEFAULT_SETTINGS.thresholds, minGpm: 5_000 }),
  ),
});
