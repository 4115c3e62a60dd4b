import type { MerchantTier } from '../schemas/assessment';

export const MERCHANT_TIERS: readonly MerchantTier[] = ['head', 'waist', 'tail', 'koc'];

/** One tier holding more than this share of a list's known tiers "dominates" it (P7). */
export const DOMINANCE_SHARE = 0.6;
/** Below this many creators with a known tier, a list is too small to judge its mix. */
export const MIN_FOR_WARNING = 5;

export interface TierMix {
  counts: Record<MerchantTier, number>;
  unknown: number;
  known: number;
  /** Share of each tier among creators whose tier is known (0–1). */
  shares: Record<MerchantTier, number>;
  /** The tier above DOMINANCE_SHARE, when the list is large enough to judge. */
  dominant: MerchantTier | null;
  /** Why the warning is raised: head-heavy lists should add waist/tail creators (a mid/tail matrix). */
  suggestion: 'build-mid-tail-matrix' | 'add-waist-creators' | null;
}

/** P7: the share of 头部/腰部/尾部/素人 creators in a list and whether one tier dominates. */
export function tierMix(tiers: Iterable<MerchantTier | null>): TierMix {
  const counts: Record<MerchantTier, number> = { head: 0, waist: 0, tail: 0, koc: 0 };
  let unknown = 0;
  for (const tier of tiers) {
    if (tier === null) unknown += 1;
    else counts[tier] += 1;
  }
  const known = counts.head + counts.waist + counts.tail + counts.koc;
  const shares = Object.fromEntries(MERCHANT_TIERS.map((t) => [t, known ? counts[t] / known : 0])) as Record<MerchantTier, number>;
  const dominant = known >= MIN_FOR_WARNING ? (MERCHANT_TIERS.find((t) => shares[t] > DOMINANCE_SHARE) ?? null) : null;
  const suggestion = dominant === null ? null : dominant === 'head' || dominant === 'waist' ? 'build-mid-tail-matrix' : 'add-waist-creators';
  return { counts, unknown, known, shares, dominant, suggestion };
}
