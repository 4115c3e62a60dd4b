import type { MerchantTier, Tier } from '../schemas/assessment';
import type { Settings } from '../schemas/settings';

/** nano <10K (from 1K), micro 10K–50K, mid 50K–100K, macro 100K–500K, mega 500K+. */
export function tierOf(followers: number): Tier {
  if (followers >= 500_000) return 'mega';
  if (followers >= 100_000) return 'macro';
  if (followers >= 50_000) return 'mid';
  if (followers >= 10_000) return 'micro';
  return 'nano';
}

/** 头部 head ≥1M, 腰部 waist 100K–1M, 尾部 tail 10K–100K, 素人 KOC below (bounds from settings). */
export function merchantTierOf(followers: number, thresholds: Settings['thresholds']): MerchantTier {
  if (followers >= thresholds.headMin) return 'head';
  if (followers >= thresholds.waistMin) return 'waist';
  if (followers >= thresholds.tailMin) return 'tail';
  return 'koc';
}
