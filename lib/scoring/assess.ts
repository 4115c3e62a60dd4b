import type { Assessment, Figure, Flag, SubScore } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Settings } from '../schemas/settings';
import { merchantTierOf, tierOf } from './tier';

/**
 * The assessment of a creator: a pure function of the snapshots (newest last), the merchant's
 * settings and the time. Profile-level signals only: ratios that need no video data.
 */
export function assess(snapshots: readonly CreatorSnapshot[], settings: Settings, now: number): Assessment {
  const latest = snapshots.at(-1);
  const followers = latest?.followers?.value ?? null;
  const empty: Assessment = {
    status: 'insufficient',
    score: null,
    grade: null,
    tier: null,
    merchantTier: null,
    confidence: 'none',
    subScores: [],
    figures: [],
    flags: [],
    assessedAt: now,
  };
  if (!latest || followers === null) return empty;

  const t = settings.thresholds;
  const likes = latest.likes?.value ?? null;
  const videos = latest.videos?.value ?? null;
  const following = latest.following?.value ?? null;

  const figures: Figure[] = [];
  const flags: Flag[] = [];
  const penalties: number[] = [];

  const likesPerFollower = likes !== null && followers > 0 ? likes / followers : null;
  if (likesPerFollower !== null) {
    figures.push({
      id: 'likesPerFollower',
      value: likesPerFollower,
      formulaKey: 'formula.likesPerFollower',
      inputs: { likes, followers },
    });
    if (likesPerFollower < t.likesPerFollowerMin) {
      flags.push({
        id: 'low-likes-per-follower',
        pitfall: 'P1',
        severity: 'risk',
        evidence: { likesPerFollower, threshold: t.likesPerFollowerMin, likes, followers },
        messageKey: 'flag.low-likes-per-follower',
      });
      penalties.push(40);
    }
  }

  const followersPerVideo = videos !== null && videos > 0 ? followers / videos : null;
  if (followersPerVideo !== null) {
    figures.push({
      id: 'followersPerVideo',
      value: followersPerVideo,
      formulaKey: 'formula.followersPerVideo',
      inputs: { followers, videos },
    });
    if (followersPerVideo > t.followersPerVideoMax) {
      flags.push({
        id: 'high-followers-per-video',
        pitfall: 'P1',
        severity: 'warn',
        evidence: { followersPerVideo, threshold: t.followersPerVideoMax, followers, videos },
        messageKey: 'flag.high-followers-per-video',
      });
      penalties.push(25);
    }
  }

  if (following !== null && following > t.massFollowing) {
    flags.push({
      id: 'mass-following',
      pitfall: 'P1',
      severity: 'warn',
      evidence: { following, threshold: t.massFollowing },
      messageKey: 'flag.mass-following',
    });
    penalties.push(15);
  }

  const judged = likesPerFollower !== null || followersPerVideo !== null;
  const authenticity = judged ? Math.max(0, 100 - penalties.reduce((a, b) => a + b, 0)) : null;
  const subScores: SubScore[] = [{ id: 'authenticity', score: authenticity, weight: 1 }];
  const score = authenticity;

  return {
    status: score === null ? 'insufficient' : 'ok',
    score,
    grade: score === null ? null : gradeOf(score),
    tier: tierOf(followers),
    merchantTier: merchantTierOf(followers, t),
    confidence: 'profile',
    subScores,
    figures,
    flags,
    assessedAt: now,
  };
}

export function gradeOf(score: number): 'A' | 'B' | 'C' | 'D' | 'E' {
  if (score >= 85) return 'A';
  if (score >= 70) return 'B';
  if (score >= 55) return 'C';
  if (score >= 40) return 'D';
  return 'E';
}
