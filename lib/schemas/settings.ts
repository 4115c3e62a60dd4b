import * as z from 'zod/mini';

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
  }),
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
  },
};
