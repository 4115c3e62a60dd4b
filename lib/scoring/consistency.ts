import type { Thresholds } from '../schemas/settings';
import { CONSISTENCY_FULL_RATIO, CONSISTENCY_ZERO_RATIO, MIN_VIDEOS_FOR_CONSISTENCY } from './constants';
import { clamp, figure, flag, round, type SignalResult } from './signal';
import type { VideoSample } from './videos';

/**
 * Consistency: median ÷ mean views over the judgeable videos. One viral video lifts the mean far
 * above the median (market.md §3: use median, flag single-video dominance). 100 at
 * CONSISTENCY_FULL_RATIO or more, 0 at CONSISTENCY_ZERO_RATIO or less.
 */
export function consistencySignal(sample: VideoSample, t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const { medianViews, meanViews } = sample;
  if (sample.judgeable.length < MIN_VIDEOS_FOR_CONSISTENCY || medianViews === null || meanViews === null || meanViews <= 0) {
    return result;
  }
  const ratio = medianViews / meanViews;
  const topViews = Math.max(...sample.judgeable.map((v) => v.views!));
  const totalViews = sample.judgeable.reduce((a, v) => a + v.views!, 0);
  result.figures.push(
    figure('medianToMeanViews', round(ratio, 2), { medianViews: Math.round(medianViews), meanViews: Math.round(meanViews), videos: sample.judgeable.length }),
    figure('topVideoShare', round(topViews / totalViews), { topViews, totalViews }),
  );
  result.score = round(clamp((ratio - CONSISTENCY_ZERO_RATIO) / (CONSISTENCY_FULL_RATIO - CONSISTENCY_ZERO_RATIO), 0, 1) * 100, 1);
  if (meanViews >= medianViews * t.viralSkewRatio) {
    result.flags.push(
      flag('viral-carried', 'P1', 'info', {
        meanViews: Math.round(meanViews),
        medianViews: Math.round(medianViews),
        skew: round(meanViews / Math.max(medianViews, 1), 1),
        threshold: t.viralSkewRatio,
        topViews,
      }),
    );
  }
  return result;
}
