import type { Tier } from '../schemas/assessment';
import type { Count } from '../schemas/creator-snapshot';
import { BENCHMARK_POINTS, MIN_VIDEOS_FOR_MEDIAN, PER_VIEW_ENGAGEMENT, TIER_ENGAGEMENT } from './constants';
import { withInterval, figure, flag, interpolate, median, mean, round, type SignalResult } from './signal';
import { interactions, type VideoSample } from './videos';

const PER_VIEW_ANCHORS: readonly (readonly [number, number])[] = [
  [0, 0],
  [PER_VIEW_ENGAGEMENT.low, 40],
  [PER_VIEW_ENGAGEMENT.typical, 70],
  [PER_VIEW_ENGAGEMENT.high, 100],
];

const TIER_ANCHORS = Object.fromEntries(
  Object.entries(TIER_ENGAGEMENT).map(([tier, b]) => [
    tier,
    [
      [0, 0],
      [b.p25, BENCHMARK_POINTS.p25],
      [b.median, BENCHMARK_POINTS.median],
      [b.p75, BENCHMARK_POINTS.p75],
    ] as const,
  ]),
) as unknown as Record<Tier, readonly (readonly [number, number])[]>;

export interface EngagementRates {
  /** Median over judgeable videos of (likes+comments+shares)/views. */
  perView: number | null;
  /** Median (likes+comments+shares) per video ÷ followers — the per-follower rate of the benchmark tables. */
  perFollower: number | null;
  /** perFollower with the most favourable reading of an abbreviated follower count. */
  perFollowerHigh: number | null;
  videos: number;
}

export function engagementRates(sample: VideoSample, followers: Count): EngagementRates {
  const videos = sample.withInteractions.filter((v) => v.views! > 0);
  if (videos.length < MIN_VIDEOS_FOR_MEDIAN) return { perView: null, perFollower: null, perFollowerHigh: null, videos: videos.length };
  const perView = median(videos.map((v) => interactions(v) / v.views!));
  const medianInteractions = median(sample.withInteractions.map(interactions))!;
  const perFollower = followers.value > 0 ? medianInteractions / followers.value : null;
  const perFollowerHigh = followers.low > 0 ? medianInteractions / followers.low : perFollower;
  return { perView, perFollower, perFollowerHigh, videos: videos.length };
}

/**
 * Engagement sub-score: the mean of (a) per-view engagement against PER_VIEW_ENGAGEMENT anchors and
 * (b) per-follower engagement against the tier's P25/median/P75 (TIER_ENGAGEMENT). Both are shown
 * as figures, each with its own formula (research/market.md §3: formulas differ, label ours).
 */
export function engagementSignal(rates: EngagementRates, sample: VideoSample, followers: Count, tier: Tier): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  if (rates.perView === null) return result;
  const bench = TIER_ENGAGEMENT[tier];
  const viewPoints = interpolate(rates.perView, PER_VIEW_ANCHORS);
  result.figures.push(
    figure('engagementPerView', round(rates.perView), {
      videos: rates.videos,
      pinnedLeftOut: sample.pinnedLeftOut,
      youngLeftOut: sample.youngLeftOut,
      points: round(viewPoints, 1),
    }),
  );
  const parts = [viewPoints];
  if (rates.perFollower !== null) {
    const followerPoints = interpolate(rates.perFollower, TIER_ANCHORS[tier]);
    parts.push(followerPoints);
    result.figures.push(
      figure(
        'engagementPerFollower',
        round(rates.perFollower),
        withInterval(
          {
            followers: followers.value,
            medianInteractions: round(rates.perFollower * followers.value, 1),
            tier,
            tierP25: bench.p25,
            tierMedian: bench.median,
            tierP75: bench.p75,
            points: round(followerPoints, 1),
          },
          'followers',
          followers,
        ),
      ),
    );
    // Below the tier's 25th percentile even on the most favourable reading of the follower count.
    const best = rates.perFollowerHigh ?? rates.perFollower;
    if (best < bench.p25) {
      result.flags.push(
        flag('engagement-below-tier', 'P1', 'info', {
          engagementPerFollower: round(rates.perFollower),
          tier,
          tierP25: bench.p25,
          tierMedian: bench.median,
        }),
      );
    }
  }
  result.score = round(mean(parts)!, 1);
  return result;
}
