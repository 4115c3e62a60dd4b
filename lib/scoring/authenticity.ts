import type { Flag } from '../schemas/assessment';
import type { Count } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import {
  ABBREVIATED_VIEWS_TOLERANCE,
  FEW_VIDEOS,
  FOLLOWERS_PER_VIDEO_RISK_FACTOR,
  LIKES_PER_FOLLOWER_RISK_DIVISOR,
  MIN_LIKES_FOR_COMMENT_RATIO,
} from './constants';
import type { EngagementRates } from './engagement';
import { withInterval, figure, flag, penaltyScore, round, type SignalResult } from './signal';
import type { VideoSample } from './videos';

export interface AuthenticityInput {
  followers: Count;
  following: Count | null;
  likes: Count | null;
  videos: Count | null;
  sample: VideoSample;
  rates: EngagementRates;
  /** Growth-anomaly flags from the merchant's own visits (growth.ts); they count here. */
  growthFlags: readonly Flag[];
}

/**
 * Authenticity (P1) per PRODUCT.md §4. Every test takes the most favourable reading of an
 * abbreviated count (interval ends), so no flag is raised that a rounding could explain.
 */
export function authenticitySignal(input: AuthenticityInput, t: Thresholds): SignalResult {
  const { followers, following, likes, videos, sample, rates } = input;
  const figures: SignalResult['figures'] = [];
  const flags: Flag[] = [];
  let judged = input.growthFlags.length > 0;

  // Lifetime likes ÷ followers (ShortsIntel: <0.5 low; market.md §3).
  if (likes !== null && followers.value > 0) {
    judged = true;
    const ratio = likes.value / followers.value;
    const best = likes.high / Math.max(followers.low, 1);
    const inputs = withInterval(withInterval({ likes: likes.value, followers: followers.value }, 'likes', likes), 'followers', followers);
    figures.push(figure('likesPerFollower', round(ratio), inputs));
    if (best < t.likesPerFollowerMin) {
      const riskBelow = t.likesPerFollowerMin / LIKES_PER_FOLLOWER_RISK_DIVISOR;
      flags.push(
        flag('low-likes-per-follower', 'P1', best < riskBelow ? 'risk' : 'warn', {
          likesPerFollower: round(ratio),
          threshold: t.likesPerFollowerMin,
          likes: likes.value,
          followers: followers.value,
        }),
      );
    }
  }

  // Followers ÷ videos (Scavio: >20,000 flag; market.md §3).
  if (videos !== null) {
    judged = true;
    const ratio = followers.value / Math.max(videos.value, 1);
    const best = followers.low / Math.max(videos.high, 1);
    const inputs = withInterval(withInterval({ followers: followers.value, videos: videos.value }, 'followers', followers), 'videos', videos);
    figures.push(figure('followersPerVideo', round(ratio, 1), inputs));
    if (best > t.followersPerVideoMax) {
      flags.push(
        flag('high-followers-per-video', 'P1', best > t.followersPerVideoMax * FOLLOWERS_PER_VIDEO_RISK_FACTOR && videos.high < FEW_VIDEOS ? 'risk' : 'warn', {
          followersPerVideo: round(ratio, 1),
          threshold: t.followersPerVideoMax,
          followers: followers.value,
          videos: videos.value,
        }),
      );
    }
  }

  // Following > 1,500: mass follow-for-follow (HypeAuditor; market.md §1).
  if (following !== null) {
    judged = true;
    if (following.low > t.massFollowing) {
      flags.push(flag('mass-following', 'P1', 'warn', { following: following.value, threshold: t.massFollowing }));
    }
  }

  // Median views ÷ followers (Socialinsider ≈14.49% typical; Creator Hero: ≤2% at 500K+; market.md §3).
  if (sample.medianViews !== null && followers.value > 0) {
    judged = true;
    const rate = sample.medianViews / followers.value;
    const best = (sample.medianViews * (sample.abbreviated ? 1 + ABBREVIATED_VIEWS_TOLERANCE : 1)) / Math.max(followers.low, 1);
    figures.push(
      figure(
        'viewRate',
        round(rate),
        withInterval({ medianViews: sample.medianViews, followers: followers.value, videos: sample.judgeable.length }, 'followers', followers),
      ),
    );
    if (followers.low >= t.lowViewRateMinFollowers && best <= t.lowViewRate) {
      flags.push(
        flag('low-view-rate', 'P1', 'risk', {
          viewRate: round(rate),
          threshold: t.lowViewRate,
          medianViews: sample.medianViews,
          followers: followers.value,
          minFollowers: t.lowViewRateMinFollowers,
        }),
      );
    }
  }

  // Followers > 50K with per-follower engagement < 1% (Scavio; market.md §3).
  if (rates.perFollower !== null) {
    judged = true;
    const best = rates.perFollowerHigh ?? rates.perFollower;
    if (followers.low > t.lowEngagementMinFollowers && best < t.lowEngagementRate) {
      flags.push(
        flag('low-engagement-large-account', 'P1', 'warn', {
          engagementPerFollower: round(rates.perFollower),
          threshold: t.lowEngagementRate,
          followers: followers.value,
          minFollowers: t.lowEngagementMinFollowers,
        }),
      );
    }
  }

  // Comments ÷ likes over the judgeable videos (calculatecreator: ≤1:100 poor; market.md §3).
  const withComments = sample.judgeable.filter((v) => v.likes !== null && v.comments !== null);
  const likeSum = withComments.reduce((a, v) => a + v.likes!, 0);
  const commentSum = withComments.reduce((a, v) => a + v.comments!, 0);
  if (likeSum >= MIN_LIKES_FOR_COMMENT_RATIO) {
    judged = true;
    const ratio = commentSum / likeSum;
    const best = sample.abbreviated ? (commentSum * (1 + ABBREVIATED_VIEWS_TOLERANCE)) / likeSum : ratio;
    figures.push(figure('commentsPerLike', round(ratio, 5), { comments: commentSum, likes: likeSum, videos: withComments.length }));
    if (best < t.commentsPerLikeMin) {
      flags.push(
        flag('low-comments-per-like', 'P1', 'warn', {
          commentsPerLike: round(ratio, 5),
          threshold: t.commentsPerLikeMin,
          comments: commentSum,
          likes: likeSum,
        }),
      );
    }
  }

  flags.push(...input.growthFlags);
  return { score: judged ? penaltyScore(flags) : null, figures, flags };
}
