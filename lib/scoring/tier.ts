import type { MerchantTier, Tier } from '../schemas/assessment';
import type { Settings } from '../schemas/settings';

/**
 * The common convention (Influencer Marketing Hub, HypeAuditor): nano < 10K, micro 10K–100K,
 * mid 100K–500K, macro 500K–1M, mega ≥ 1M. Below 1,000 followers a creator is still "nano" here;
 * the assessment says separately that they are below TikTok Shop's affiliate minimum.
 */
export function tierOf(followers: number): Tier {
  if (followers >= 1_000_000) return 'mega';
  if (followers >= 500_000) return 'macro';
  if (followers >= 100_000) return 'mid';
  if (followers >= 10_000) return 'micro';
  return 'nano';
}

/**
 * 头部 head ≥ 1M (mega), 腰部 waist 100K–1M (mid and macro), 尾部 tail 10K–100K (micro), 素人 KOC
 * below (nano): the defaults line up with tierOf; the bounds come from settings.
 */
export function merchantTierOf(followers: number, thresholds: Settings['thresholds']): MerchantTier {
  if (followers >= thresholds.headMin) return 'head';
  if (followers >= thresholds.waistMin) return 'waist';
  if (followers >= thresholds.tailMin) return 'tail';
  return 'koc';
}
