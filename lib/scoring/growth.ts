import type { Flag } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { DAY_MS, FOLLOWER_DROP_PCT, MAX_FOLLOW_CONVERSION } from './constants';
import { figure, flag, round, safeCount, type SignalResult } from './signal';
import { videoFigures } from './videos';

/**
 * Growth between the merchant's own visits (snapshots oldest first). A follower jump is
 * followerJumpPct+ and followerJumpMinAbs+ within followerJumpWindowDays; it is explained when the
 * videos posted in the window (per the newer visit) drew enough views: gain ≤ views ×
 * MAX_FOLLOW_CONVERSION. Gains are the smallest the displayed counts allow (newer.low − older.high).
 * The flags count towards authenticity (P1); the sub-score here is always null.
 */
export function growthSignal(snapshots: readonly CreatorSnapshot[], t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const visits = snapshots.filter((s) => safeCount(s.followers) !== null && Number.isFinite(s.capturedAt));
  const flags: Flag[] = [];
  for (let i = 1; i < visits.length; i++) {
    const older = visits[i - 1]!;
    const newer = visits[i]!;
    const days = (newer.capturedAt - older.capturedAt) / DAY_MS;
    if (!(days > 0)) continue;
    const before = safeCount(older.followers)!;
    const after = safeCount(newer.followers)!;
    const isLatest = i === visits.length - 1;
    if (isLatest) {
      result.figures.push(
        figure('followerGrowth', after.value - before.value, { from: before.value, to: after.value, days: round(days, 1) }),
      );
      const likesBefore = safeCount(older.likes);
      const likesAfter = safeCount(newer.likes);
      if (likesBefore && likesAfter) {
        result.figures.push(
          figure('likesGrowth', likesAfter.value - likesBefore.value, { from: likesBefore.value, to: likesAfter.value, days: round(days, 1) }),
        );
      }
    }
    const minGain = after.low - before.high;
    const relative = minGain / Math.max(before.high, 1);
    if (minGain >= t.followerJumpMinAbs && relative >= t.followerJumpPct && days <= t.followerJumpWindowDays) {
      // Videos posted in the window (from a few days before the older visit: views lag posting).
      const from = older.capturedAt - t.minVideoAgeDays * DAY_MS;
      const dated = newer.recentVideos.map(videoFigures).filter((v) => v.createTime !== null && v.views !== null);
      const inWindow = dated.filter((v) => v.createTime! >= from && v.createTime! <= newer.capturedAt);
      const windowViews = inWindow.reduce((a, v) => a + v.views!, 0);
      const checkable = dated.length > 0;
      if (!checkable || minGain > windowViews * MAX_FOLLOW_CONVERSION) {
        flags.push(
          flag(checkable ? 'follower-jump' : 'follower-jump-unchecked', 'P1', checkable ? 'risk' : 'warn', {
            gain: minGain,
            gainPct: round(relative * 100, 1),
            from: before.value,
            to: after.value,
            days: round(days, 1),
            windowVideos: inWindow.length,
            windowViews,
            maxConversion: MAX_FOLLOW_CONVERSION,
          }),
        );
      }
    }
    const minDrop = before.low - after.high;
    if (minDrop >= t.followerJumpMinAbs && minDrop / Math.max(before.low, 1) >= FOLLOWER_DROP_PCT) {
      flags.push(
        flag('follower-drop', 'P1', 'warn', {
          drop: minDrop,
          dropPct: round((minDrop / before.low) * 100, 1),
          from: before.value,
          to: after.value,
          days: round(days, 1),
        }),
      );
    }
  }
  result.flags = flags;
  return result;
}
