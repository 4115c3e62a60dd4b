import type { Count } from '../schemas/creator-snapshot';
import { perFollowerBenchmark, perViewBenchmark, PER_VIEW_IMPLAUSIBLE_FACTOR } from './benchmarks';
import { BENCHMARK_POINTS, MIN_VIDEOS_FOR_MEDIAN } from './constants';
import { withInterval, figure, interpolate, median, mean, round, type SignalResult } from './signal';
import { interactions, type VideoSample } from './videos';

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
 * Per-view engagement points against the size's Modash band (benchmarks.ts): 0 at 0, 40 at half
 * the "Low" band's top, 70 at it, 100 at the middle of "Average" and up to the "High" band's
 * start × PER_VIEW_IMPLAUSIBLE_FACTOR; beyond that the rate is not rewarded (back to 70: authenticity
 * flags it as implausible).
 */
function perViewPoints(rate: number, followers: number): number {
  const b = perViewBenchmark(followers);
  if (rate > b.high * PER_VIEW_IMPLAUSIBLE_FACTOR) return BENCHMARK_POINTS.median;
  return interpolate(rate, [
    [0, 0],
    [b.low / 2, BENCHMARK_POINTS.p25],
    [b.low, BENCHMARK_POINTS.median],
    [b.average, BENCHMARK_POINTS.p75],
  ]);
}

/**
 * Engagement sub-score: the mean of (a) per-view engagement against the size's Modash band and
 * (b) per-follower engagement against the size's SociaVault P25/median/P75. Both are shown as
 * figures, each with its own formula (research/market.md §3: formulas differ, label ours). Being
 * far below the norm is a finding of authenticity (followers-outrun-audience); here it only scores.
 */
export function engagementSignal(rates: EngagementRates, sample: VideoSample, followers: Count): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  if (rates.perView === null) return result;
  const bench = perFollowerBenchmark(followers.value);
  const viewBench = perViewBenchmark(followers.value);
  const viewPoints = perViewPoints(rates.perView, followers.value);
  result.figures.push(
    figure('engagementPerView', round(rates.perView, 4), {
      videos: rates.videos,
      pinnedLeftOut: sample.pinnedLeftOut,
      youngLeftOut: sample.youngLeftOut,
      bandLow: viewBench.low,
      bandHigh: viewBench.high,
      points: Math.round(viewPoints),
    }),
  );
  const parts = [viewPoints];
  if (rates.perFollower !== null) {
    const followerPoints = interpolate(rates.perFollower, [
      [0, 0],
      [bench.p25, BENCHMARK_POINTS.p25],
      [bench.median, BENCHMARK_POINTS.median],
      [bench.p75, BENCHMARK_POINTS.p75],
    ]);
    parts.push(followerPoints);
    result.figures.push(
      figure(
        'engagementPerFollower',
        round(rates.perFollower, 5),
        withInterval(
          {
            followers: followers.value,
            medianInteractions: Math.round(rates.perFollower * followers.value),
            tierP25: bench.p25,
            tierMedian: bench.median,
            tierP75: bench.p75,
            points: Math.round(followerPoints),
          },
          'followers',
          followers,
        ),
      ),
    );
  }
  result.score = round(mean(parts)!, 1);
  return result;
}
