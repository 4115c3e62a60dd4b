import type { Count, CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { DAY_MS, INACTIVE_RISK_FACTOR } from './constants';
import { figure, flag, penaltyScore, round, type SignalResult } from './signal';
import type { VideoSample } from './videos';

/** Whether the snapshot's videos are the creator's latest (a profile grid or item list), not just a clicked video. */
export function listsLatestVideos(snapshot: CreatorSnapshot): boolean {
  return snapshot.source !== 'video-detail' || snapshot.provenance['recentVideos'] === 'api-item-list';
}

/**
 * Activity (PRODUCT.md §4): days since the last post (> inactiveDays = inactive) and posts per
 * week over the activity window (< weakPostsPerWeek = weak; Growi: 2+ posts/week, market.md §3).
 * Measured as of the visit (capturedAt): the page shows nothing newer.
 */
export function activitySignal(snapshot: CreatorSnapshot, sample: VideoSample, videos: Count | null, t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const dated = sample.all.filter((v) => v.createTime !== null && v.createTime <= snapshot.capturedAt + DAY_MS);
  if (dated.length === 0) return statedActivity(snapshot, t);
  const asOf = snapshot.capturedAt;
  const last = Math.max(...dated.map((v) => v.createTime!));
  const daysSince = Math.max(0, (asOf - last) / DAY_MS);
  // Pinned videos are old by nature, and a video page's clicked video (or one saved item) need not
  // be the creator's latest: they can prove activity, never inactivity. A list proves it with two
  // dated regular videos, or when it holds every video the profile has.
  const regularDated = dated.filter((v) => !v.pinned).length;
  const holdsEvery = videos !== null && videos.exact && sample.all.length >= videos.value;
  const provesInactivity = listsLatestVideos(snapshot) && (regularDated >= 2 || (regularDated === 1 && holdsEvery));
  if (daysSince > t.inactiveDays && !provesInactivity) return result;
  result.figures.push(figure('daysSinceLastPost', Math.round(daysSince), { lastPost: last, asOf }));
  if (daysSince > t.inactiveDays) {
    result.flags.push(
      flag('inactive', 'P1', daysSince > t.inactiveDays * INACTIVE_RISK_FACTOR ? 'risk' : 'warn', {
        daysSinceLastPost: Math.round(daysSince),
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
    figure('postsPerWeek', round(perWeek, 1), { posts: inWindow, windowDays: t.activityWindowDays, complete }),
  );
  if (complete && perWeek < t.weakPostsPerWeek && daysSince <= t.inactiveDays) {
    result.flags.push(
      flag('weak-posting', 'P1', 'warn', { postsPerWeek: round(perWeek, 1), threshold: t.weakPostsPerWeek, windowDays: t.activityWindowDays }),
    );
  }
  result.score = penaltyScore(result.flags);
  return result;
}

/**
 * The Affiliate Center's 30-day post count (video_publish_cnt_30d) where no dated video is known:
 * none in 30 days is the inactivity PRODUCT.md §4 names; fewer than weakPostsPerWeek a week is weak.
 */
function statedActivity(snapshot: CreatorSnapshot, t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const posts = snapshot.commerce?.videosLast30Days;
  if (typeof posts !== 'number' || !Number.isFinite(posts) || posts < 0) return result;
  const perWeek = (posts / STATED_WINDOW_DAYS) * 7;
  result.figures.push(figure('postsPerWeek', round(perWeek, 1), { posts, windowDays: STATED_WINDOW_DAYS, complete: true }));
  if (posts === 0) {
    result.flags.push(flag('inactive-30d', 'P1', 'warn', { windowDays: STATED_WINDOW_DAYS }, 'inactive-30d'));
  } else if (perWeek < t.weakPostsPerWeek) {
    result.flags.push(flag('weak-posting', 'P1', 'warn', { postsPerWeek: round(perWeek, 1), threshold: t.weakPostsPerWeek, windowDays: STATED_WINDOW_DAYS }));
  }
  result.score = penaltyScore(result.flags);
  return result;
}

/** The Affiliate Center counts posts over 30 days. */
const STATED_WINDOW_DAYS = 30;
