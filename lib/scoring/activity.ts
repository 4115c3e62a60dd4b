import type { Count, CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { DAY_MS, INACTIVE_RISK_FACTOR } from './constants';
import { figure, flag, penaltyScore, round, type SignalResult } from './signal';
import type { VideoSample } from './videos';

/**
 * Activity (PRODUCT.md §4): days since the last post (> inactiveDays = inactive) and posts per
 * week over the activity window (< weakPostsPerWeek = weak; Growi: 2+ posts/week, market.md §3).
 * Measured as of the visit (capturedAt): the page shows nothing newer.
 */
export function activitySignal(snapshot: CreatorSnapshot, sample: VideoSample, videos: Count | null, t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const dated = sample.all.filter((v) => v.createTime !== null && v.createTime <= snapshot.capturedAt + DAY_MS);
  if (dated.length === 0) return result;
  const asOf = snapshot.capturedAt;
  const last = Math.max(...dated.map((v) => v.createTime!));
  const daysSince = Math.max(0, (asOf - last) / DAY_MS);
  // Pinned videos are old by nature: with nothing else dated they can prove activity, never inactivity.
  if (daysSince > t.inactiveDays && dated.every((v) => v.pinned)) return result;
  result.figures.push(figure('daysSinceLastPost', round(daysSince, 1), { lastPost: last, asOf }));
  if (daysSince > t.inactiveDays) {
    result.flags.push(
      flag('inactive', 'P1', daysSince > t.inactiveDays * INACTIVE_RISK_FACTOR ? 'risk' : 'warn', {
        daysSinceLastPost: round(daysSince, 1),
        threshold: t.inactiveDays,
      }),
    );
  }

  // Posts in the window. The count is complete only when the list reaches back past the window's
  // start (non-pinned videos, newest first) or holds every video the profile has.
  const windowStart = asOf - t.activityWindowDays * DAY_MS;
  const inWindow = dated.filter((v) => v.createTime! >= windowStart).length;
  const regular = dated.filter((v) => !v.pinned);
  const reachesBack = regular.some((v) => v.createTime! < windowStart);
  const holdsAll = videos !== null && videos.exact && sample.all.length >= videos.value;
  const complete = reachesBack || holdsAll;
  const perWeek = (inWindow / t.activityWindowDays) * 7;
  result.figures.push(
    figure('postsPerWeek', round(perWeek, 2), { posts: inWindow, windowDays: t.activityWindowDays, complete }),
  );
  if (complete && perWeek < t.weakPostsPerWeek && daysSince <= t.inactiveDays) {
    result.flags.push(
      flag('weak-posting', 'P1', 'warn', { postsPerWeek: round(perWeek, 2), threshold: t.weakPostsPerWeek, windowDays: t.activityWindowDays }),
    );
  }
  result.score = penaltyScore(result.flags);
  return result;
}
