import type { Flag } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { DAY_MS, MIN_LIKES_FOR_ZERO_COMMENTS } from './constants';
import { figure, flag, round, type SignalResult } from './signal';

const finite = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/**
 * What only the Affiliate Center states: e-commerce against all-video medians, median comments
 * against median likes, and the daily follower trend as a growth-anomaly check (the same bounds as
 * between the merchant's visits: followerJumpPct and followerJumpMinAbs within followerJumpWindowDays).
 * Flags count towards authenticity (P1); no sub-score of its own.
 */
export function affiliateSignals(snapshot: CreatorSnapshot, t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const c = snapshot.commerce;
  if (!c) return result;
  const flags: Flag[] = result.flags;

  const all = finite(c.medianViews);
  const ecommerce = finite(c.ecommerceMedianViews);
  if (all !== null && ecommerce !== null && all > 0) {
    result.figures.push(
      figure('ecommerceViewsVsAll', round(ecommerce / all, 2), {
        ecommerceMedianViews: ecommerce,
        medianViews: all,
        ecommerceEngagement: finite(c.ecommerceEngagementRate),
        engagement: finite(c.engagementRate),
      }),
    );
  }

  // Median comments of 0 mean something only when 1:100 (t.commentsPerLikeMin) would predict several.
  const likes = finite(c.medianLikes);
  const comments = finite(c.medianComments);
  if (likes !== null && comments !== null && likes >= MIN_LIKES_FOR_ZERO_COMMENTS && comments / likes < t.commentsPerLikeMin) {
    flags.push(
      flag('low-comments-per-like', 'P1', 'warn', {
        commentsPerLike: round(comments / likes, 5),
        threshold: t.commentsPerLikeMin,
        comments,
        likes,
      }),
    );
  }

  const trend = c.followerTrend ?? [];
  let worst: { gain: number; from: number; to: number; days: number } | null = null;
  for (let i = 0; i < trend.length; i++) {
    for (let j = i + 1; j < trend.length && trend[j]!.at - trend[i]!.at <= t.followerJumpWindowDays * DAY_MS; j++) {
      const gain = trend[j]!.followers - trend[i]!.followers;
      if (gain >= t.followerJumpMinAbs && gain / Math.max(trend[i]!.followers, 1) >= t.followerJumpPct && (!worst || gain > worst.gain)) {
        worst = { gain, from: trend[i]!.followers, to: trend[j]!.followers, days: Math.max(1, Math.round((trend[j]!.at - trend[i]!.at) / DAY_MS)) };
      }
    }
  }
  if (trend.length >= 2) {
    const first = trend[0]!;
    const last = trend.at(-1)!;
    result.figures.push(
      figure('followerTrend', last.followers - first.followers, { from: first.followers, to: last.followers, days: Math.round((last.at - first.at) / DAY_MS) }),
    );
  }
  if (worst) {
    flags.push(
      flag('follower-trend-jump', 'P1', 'warn', {
        gain: worst.gain,
        gainPct: round((worst.gain / Math.max(worst.from, 1)) * 100, 0),
        from: worst.from,
        to: worst.to,
        days: worst.days,
      }),
    );
  }
  return result;
}
