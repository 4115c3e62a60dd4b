import * as z from 'zod/mini';
import { InstantSchema } from './field-rules';

/**
 * A count as the page showed it. Exact counts (statsV2, JSON-LD, API bodies) have low === high.
 * Abbreviated counts ("38.5K", "1.2万") keep the interval the display could stand for, so nothing
 * downstream mistakes a rounded figure for an exact one.
 */
export const CountSchema = z.object({
  value: z.number().check(z.nonnegative()),
  low: z.number().check(z.nonnegative()),
  high: z.number().check(z.nonnegative()),
  exact: z.boolean(),
});
export type Count = z.infer<typeof CountSchema>;

/** Where a field of a snapshot was read from. */
export const ReadSourceSchema = z.enum([
  'universal-data',
  'sigi-state',
  'next-data',
  'json-ld',
  'dom',
  'api-user-detail',
  'api-item-list',
  'video-detail',
  'affiliate-profile',
  'search-result',
  'api-user-list',
  /** The For You / Explore feed: a video's author. */
  'feed',
  /** The Affiliate Center's creator marketplace list. */
  'marketplace-list',
]);
export type ReadSource = z.infer<typeof ReadSourceSchema>;

export const RecentVideoSchema = z.object({
  id: z.string(),
  /** Epoch milliseconds, null when the source shows no date (the DOM grid). */
  createTime: z.nullable(z.number()),
  views: z.nullable(z.number().check(z.nonnegative())),
  likes: z.nullable(z.number().check(z.nonnegative())),
  comments: z.nullable(z.number().check(z.nonnegative())),
  shares: z.nullable(z.number().check(z.nonnegative())),
  saves: z.nullable(z.number().check(z.nonnegative())),
  pinned: z.boolean(),
  caption: z.nullable(z.string()),
  /** False when the figures were abbreviated on screen (DOM grid). */
  exact: z.boolean(),
  locationCreated: z.optional(z.nullable(z.string())),
  textLanguage: z.optional(z.nullable(z.string())),
});
export type RecentVideo = z.infer<typeof RecentVideoSchema>;

/**
 * One audience bucket. `share` is a fraction (0–1); where the source gives counts (Affiliate
 * Center follower locations), `count` keeps them and `share` is relative to the listed buckets.
 */
export const AudienceShareSchema = z.object({
  key: z.string(),
  share: z.number(),
  count: z.optional(z.nullable(z.number())),
});

/**
 * Commerce metrics shown by TikTok Shop's Affiliate Center (absent elsewhere). `engagementRate`
 * is a fraction (0.0239 = 2.39%).
 */
export const CommerceMetricsSchema = z.object({
  currency: z.nullable(z.string()),
  gmv: z.nullable(z.number()),
  /** The Affiliate Center often shows GMV as a range bucket ("₫10M-₫50M"). */
  gmvLow: z.optional(z.nullable(z.number())),
  gmvHigh: z.optional(z.nullable(z.number())),
  unitsSold: z.nullable(z.number()),
  gpm: z.nullable(z.number()),
  medianViews: z.nullable(z.number()),
  engagementRate: z.nullable(z.number()),
  categories: z.array(z.string()),
  audienceLocations: z.array(AudienceShareSchema),
  audienceAges: z.array(AudienceShareSchema),
  audienceGenders: z.array(AudienceShareSchema),
  collaboratedBrands: z.optional(z.nullable(z.number())),
  promotedProducts: z.optional(z.nullable(z.number())),
  /** Median commission rate the creator accepted, as a fraction (TikTok's 1000 = 10% → 0.1). */
  medianCommissionRate: z.optional(z.nullable(z.number())),
  videosLast30Days: z.optional(z.nullable(z.number())),
  /** Median likes and comments per video over the same videos as medianViews. */
  medianLikes: z.optional(z.nullable(z.number())),
  medianComments: z.optional(z.nullable(z.number())),
  /** Median views and engagement (fraction) of the creator's e-commerce videos only. */
  ecommerceMedianViews: z.optional(z.nullable(z.number())),
  ecommerceEngagementRate: z.optional(z.nullable(z.number())),
  /** Followers by day, oldest first (the Affiliate Center's follower trend), when the page holds it. */
  followerTrend: z.optional(z.array(z.object({ at: z.number(), followers: z.number() }))),
  liveStreamsLast30Days: z.optional(z.nullable(z.number())),
});
export type CommerceMetrics = z.infer<typeof CommerceMetricsSchema>;

export const CreatorSnapshotSchema = z.object({
  platform: z.literal('tiktok'),
  /** Lower-case uniqueId without "@". */
  handle: z.string().check(z.minLength(1), z.maxLength(64)),
  userId: z.nullable(z.string()),
  secUid: z.nullable(z.string()),
  nickname: z.nullable(z.string()),
  bio: z.nullable(z.string()),
  bioLink: z.nullable(z.string()),
  verified: z.nullable(z.boolean()),
  privateAccount: z.nullable(z.boolean()),
  isOrganization: z.nullable(z.boolean()),
  commerceUser: z.nullable(z.boolean()),
  commerceCategory: z.nullable(z.string()),
  /** The creator's own language setting (user.language). */
  language: z.nullable(z.string()),
  /** The creator's region when the page states it (user.region, pre-2025). Never the viewer's. */
  region: z.nullable(z.string()),
  followers: z.nullable(CountSchema),
  following: z.nullable(CountSchema),
  likes: z.nullable(CountSchema),
  videos: z.nullable(CountSchema),
  recentVideos: z.array(RecentVideoSchema),
  commerce: z.nullable(CommerceMetricsSchema),
  /** When the account was created (user.createTime, epoch ms), when the page states it. */
  accountCreatedAt: z.optional(z.nullable(z.number())),
  /** Mutual follows (stats.friendCount), when the page states it. */
  friendCount: z.optional(z.nullable(z.number().check(z.nonnegative()))),
  /** Field name → where it was read from. */
  provenance: z.record(z.string(), ReadSourceSchema),
  /** The primary source of this snapshot. */
  source: ReadSourceSchema,
  /** Epoch ms when the page was read. */
  capturedAt: InstantSchema,
  url: z.nullable(z.string()),
});
export type CreatorSnapshot = z.infer<typeof CreatorSnapshotSchema>;

/** Why a page could not be read. Shown to the merchant as "can't read this page". */
export const UnreadableReasonSchema = z.enum([
  'no-creator-data',
  'blocked',
  'account-unavailable',
  'handle-mismatch',
  'malformed',
  'not-a-creator-page',
]);
export type UnreadableReason = z.infer<typeof UnreadableReasonSchema>;

export type ReadResult =
  | { ok: true; snapshot: CreatorSnapshot }
  | { ok: false; reason: UnreadableReason; detail?: string };

export { exactCount } from './exact-count';
