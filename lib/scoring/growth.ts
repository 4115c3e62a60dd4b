import type { Flag } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { DAY_MS, FOLLOWER_DROP_PCT, LIKES_PER_FOLLOWER_JUMP_SCALE, MAX_FOLLOW_CONVERSION, MAX_LIKES_PER_VIEW } from './constants';
import { figure, flag, round, safeCount, type SignalResult } from './signal';

/** The videos posted between two visits (per the newer visit), from a few days before the older visit: views lag posting. */
function windowVideos(older: CreatorSnapshot, newer: CreatorSnapshot, t: Thresholds): { checkable: boolean; count: number; views: number } {
  const from = older.capturedAt - t.minVideoAgeDays * DAY_MS;
  let checkable = false;
  let count = 0;
  let views = 0;
  for (const v of newer.recentVideos) {
    const { createTime, views: seen } = v;
    if (typeof createTime !== 'number' || !Number.isFinite(createTime) || typeof seen !== 'number' || !(seen >= 0) || !Number.isFinite(seen)) continue;
    checkable = true;
    if (createTime >= from && createTime <= newer.capturedAt) {
      count++;
      views += seen;
    }
  }
  return { checkable, count, views };
}

/** A growth flag; windows before the latest get the visit number in the id so ids stay unique. */
function windowFlag(id: string, visit: number, isLatest: boolean, severity: Flag['severity'], evidence: Flag['evidence']): Flag {
  return flag(isLatest ? id : `${id}.visit${visit}`, 'P1', severity, evidence, id);
}

/**
 * Growth between the merchant's own visits (snapshots oldest first). A follower jump is
 * followerJumpPct+ and followerJumpMinAbs+ within followerJumpWindowDays; it is explained when the
 * videos posted in the window (per the newer visit) drew enough views: gain ≤ views ×
 * MAX_FOLLOW_CONVERSION. Gains are the smallest the displayed counts allow (newer.low − older.high).
 * Lifetime likes get the same test against MAX_LIKES_PER_VIEW of the window's views ("likes-jump").
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
    const window = windowVideos(older, newer, t);
    const minGain = after.low - before.high;
    const relative = minGain / Math.max(before.high, 1);
    if (minGain >= t.followerJumpMinAbs && relative >= t.followerJumpPct && days <= t.followerJumpWindowDays) {
      if (!window.checkable || minGain > window.views * MAX_FOLLOW_CONVERSION) {
        flags.push(
          windowFlag(window.checkable ? 'follower-jump' : 'follower-jump-unchecked', i, isLatest, window.checkable ? 'risk' : 'warn', {
            gain: minGain,
            gainPct: round(relative * 100, 1),
            from: before.value,
            to: after.value,
            days: round(days, 1),
            windowVideos: window.count,
            windowViews: window.views,
            maxConversion: MAX_FOLLOW_CONVERSION,
          }),
        );
      }
    }

    // Lifetime likes: the same test, against the likes the window's views could bring.
    const likesBefore = safeCount(older.likes);
    const likesAfter = safeCount(newer.likes);
    if (likesBefore && likesAfter && window.checkable) {
      const likeGain = likesAfter.low - likesBefore.high;
      const likeRelative = likeGain / Math.max(likesBefore.high, 1);
      const minLikes = t.followerJumpMinAbs * LIKES_PER_FOLLOWER_JUMP_SCALE;
      if (likeGain >= minLikes && likeRelative >= t.followerJumpPct && days <= t.followerJumpWindowDays && likeGain > window.views * MAX_LIKES_PER_VIEW) {
        flags.push(
          windowFlag('likes-jump', i, isLatest, 'warn', {
            gain: likeGain,
            gainPct: round(likeRelative * 100, 1),
            from: likesBefore.value,
            to: likesAfter.value,
            days: round(days, 1),
            windowVideos: window.count,
            windowViews: window.views,
            maxLikesPerView: MAX_LIKES_PER_VIEW,
          }),
        );
      }
    }
    const minDrop = before.low - after.high;
    if (minDrop >= t.followerJumpMinAbs && minDrop / Math.max(before.low, 1) >= FOLLOWER_DROP_PCT) {
      flags.push(
        windowFlag('follower-drop', i, isLatest, 'warn', {
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
