import * as z from 'zod/mini';
import { InvitationDefaultsSchema } from '../invitations/defaults';

export const UiLanguageSchema = z.enum(['auto', 'zh-CN', 'en']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

export const MarketSchema = z.enum(['ID', 'TH', 'VN', 'MY', 'PH', 'SG', 'GB', 'US']);
export type Market = z.infer<typeof MarketSchema>;

/** Merchant settings. Every scoring threshold the merchant may change lives here. */
export const SettingsSchema = z.object({
  uiLanguage: UiLanguageSchema,
  targetMarket: z.nullable(MarketSchema),
  category: z.nullable(z.string()),
  thresholds: z.object({
    /** Follower bounds of 头部 (head), 腰部 (waist) and 尾部 (tail); below tail = 素人 (KOC). */
    headMin: z.number(),
    waistMin: z.number(),
    tailMin: z.number(),
    inactiveDays: z.number(),
    massFollowing: z.number(),
    followersPerVideoMax: z.number(),
    likesPerFollowerMin: z.number(),
    // Added with the full assessment; optional so settings saved before them still parse
    // (resolveThresholds fills in the defaults).
    /** Videos younger than this are left out of medians (views still accruing). */
    minVideoAgeDays: z.optional(z.number()),
    /** Posting cadence below this many posts per week over the activity window is weak. */
    weakPostsPerWeek: z.optional(z.number()),
    activityWindowDays: z.optional(z.number()),
    /** Median views ÷ followers at or below this, on accounts of at least lowViewRateMinFollowers, is a red flag. */
    lowViewRate: z.optional(z.number()),
    lowViewRateMinFollowers: z.optional(z.number()),
    /** Per-follower engagement below this, on accounts above lowEngagementMinFollowers, is a red flag. */
    lowEngagementRate: z.optional(z.number()),
    lowEngagementMinFollowers: z.optional(z.number()),
    /** Comments ÷ likes below this (1:100) is poor. */
    commentsPerLikeMin: z.optional(z.number()),
    /** Mean views at least this many times the median: one viral video carries the account. */
    viralSkewRatio: z.optional(z.number()),
    /** A follower gain of at least this share between two visits … */
    followerJumpPct: z.optional(z.number()),
    /** … and at least this many followers … */
    followerJumpMinAbs: z.optional(z.number()),
    /** … within at most this many days is a jump to explain. */
    followerJumpWindowDays: z.optional(z.number()),
    /** GPM (GMV per 1,000 views) below this, in the Affiliate Center's currency, is low; null = not judged. */
    minGpm: z.optional(z.nullable(z.number())),
  }),
  /** The terms new invitation drafts start from; null or absent = not set up (settings saved before it). */
  invitationDefaults: z.optional(z.nullable(InvitationDefaultsSchema)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  targetMarket: null,
  category: null,
  thresholds: {
    headMin: 1_000_000,
    waistMin: 100_000,
    tailMin: 10_000,
    inactiveDays: 30,
    massFollowing: 1_500,
    followersPerVideoMax: 20_000,
    likesPerFollowerMin: 0.5,
    minVideoAgeDays: 3,
    weakPostsPerWeek: 2,
    activityWindowDays: 30,
    lowViewRate: 0.02,
    lowViewRateMinFollowers: 500_000,
    lowEngagementRate: 0.01,
    lowEngagementMinFollowers: 50_000,
    commentsPerLikeMin: 0.01,
    viralSkewRatio: 3,
    followerJumpPct: 0.2,
    followerJumpMinAbs: 1_000,
    followerJumpWindowDays: 30,
    minGpm: null,
  },
  invitationDefaults: null,
};

export type Thresholds = Required<Settings['thresholds']>;

/**
 * Every threshold, with defaults for those a stored Settings object lacks. Sources of the defaults:
 * PRODUCT.md §4 (3 days, 30 days, 2 posts/week, 1,500, 20,000, 0.5); research/market.md §3
 * (2% view rate at 500K+: Creator Hero; ER <1% above 50K: Scavio; 1:100 comments/likes:
 * calculatecreator). viralSkewRatio and the follower-jump bounds are Vettok defaults: market.md
 * records no published threshold for them ("NOT FOUND: a published numeric threshold for
 * view-count dispersion"; HypeAuditor/Growi describe jumps only qualitatively).
 */
export function resolveThresholds(settings: Settings): Thresholds {
  const given = settings.thresholds;
  const cached = resolved.get(given);
  // Memoised per thresholds object, re-checked field by field in case the object was edited in place.
  if (cached && THRESHOLD_KEYS.every((k) => cached.given[k] === given[k])) return cached.out;
  const out = resolveUncached(settings);
  resolved.set(given, { given: { ...given }, out });
  return out;
}

const THRESHOLD_KEYS = Object.keys(DEFAULT_SETTINGS.thresholds) as (keyof Thresholds)[];
const resolved = new WeakMap<object, { given: Settings['thresholds']; out: Thresholds }>();

function resolveUncached(settings: Settings): Thresholds {
  const defaults = DEFAULT_SETTINGS.thresholds as Thresholds;
  const given = settings.thresholds;
  const out = { ...defaults } as Record<keyof Thresholds, number | null>;
  for (const key of Object.keys(defaults) as (keyof Thresholds)[]) {
    const value = given[key];
    if (key === 'minGpm') {
      out[key] = typeof value === 'number' && Number.isFinite(value) ? value : value === null ? null : defaults.minGpm;
    } else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out as Thresholds;
}
