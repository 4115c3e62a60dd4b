import type { Flag, Severity } from '../schemas/assessment';
import type { Count } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { perFollowerBenchmark, perViewBenchmark, PER_VIEW_IMPLAUSIBLE_FACTOR, PER_VIEW_RISK_FACTOR, REACH_MIN_FOLLOWERS, reachFloor } from './benchmarks';
import {
  ABBREVIATED_VIEWS_TOLERANCE,
  FEW_VIDEOS,
  FOLLOWERS_PER_VIDEO_RISK_FACTOR,
  LIFETIME_LIKES_HEALTHY,
  LIKES_PER_FOLLOWER_RISK_DIVISOR,
  LIKES_PER_VIDEO_FLOOR_DIVISOR,
  MIN_LIKES_FOR_COMMENT_RATIO,
  PER_FOLLOWER_FAR_BELOW_DIVISOR,
  PER_FOLLOWER_RISK_DIVISOR,
  POD_COMMENTS_PER_LIKE,
  POD_RISK_COMMENTS_PER_LIKE,
  SAVES_PER_LIKE_MAX,
  VIEWS_WITHOUT_ENGAGEMENT_PER_VIEW,
  VIEWS_WITHOUT_ENGAGEMENT_REACH,
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

function worse(a: Severity | null, b: Severity | null): Severity | null {
  return a === 'risk' || b === 'risk' ? 'risk' : a === 'warn' || b === 'warn' ? 'warn' : null;
}

interface Outrun {
  severity: Severity | null;
  parts: string[];
  evidence: Flag['evidence'];
}

function addPart(outrun: Outrun, part: string, severity: Severity, evidence: Flag['evidence']): void {
  outrun.severity = worse(outrun.severity, severity);
  outrun.parts.push(part);
  Object.assign(outrun.evidence, evidence);
}

/**
 * Authenticity (P1) at every size. Every test takes the most favourable reading of an abbreviated
 * count (interval ends), so no flag is raised that a rounding could explain. Bought followers are
 * one finding (`followers-outrun-audience`) with the evidence of every test that saw it: reach
 * against the size's floor, per-follower engagement far below the size's P25, lifetime likes per
 * follower and per video. Faked engagement is checked the other way: per-view engagement beyond
 * what organic accounts of the size show, comment pods, views without engagement, saves that do not
 * fit. Thresholds and sources: lib/scoring/benchmarks.ts, constants.ts and docs/assessment.md.
 */
export function authenticitySignal(input: AuthenticityInput, t: Thresholds): SignalResult {
  const { followers, following, likes, videos, sample, rates } = input;
  const figures: SignalResult['figures'] = [];
  const flags: Flag[] = [];
  let judged = input.growthFlags.length > 0;

  // One finding, "followers outrun the audience", with every test that saw it.
  const outrun: Outrun = { severity: null, parts: [], evidence: { followers: followers.value } };
  const bench = perFollowerBenchmark(followers.value);

  // Lifetime likes ÷ followers (ShortsIntel: < 0.5 low; market.md §3).
  if (likes !== null && followers.value > 0) {
    judged = true;
    const ratio = likes.value / followers.value;
    const best = likes.high / Math.max(followers.low, 1);
    const inputs = withInterval(withInterval({ likes: likes.value, followers: followers.value }, 'likes', likes), 'followers', followers);
    figures.push(figure('likesPerFollower', round(ratio), inputs));
    if (best < t.likesPerFollowerMin) {
      const riskBelow = t.likesPerFollowerMin / LIKES_PER_FOLLOWER_RISK_DIVISOR;
      addPart(outrun, 'likesPerFollower', best < riskBelow ? 'risk' : 'warn', {
        likesPerFollower: round(ratio),
        likesPerFollowerMin: t.likesPerFollowerMin,
        likes: likes.value,
      });
    }
    // Likes per video ÷ followers: a lifetime average, so it runs low for accounts that grew (old
    // videos reached fewer people); only a quarter of the size's P25 engagement counts.
    if (videos !== null && videos.value > 0) {
      const perVideo = likes.value / videos.value;
      const bestPerVideo = likes.high / Math.max(videos.low, 1) / Math.max(followers.low, 1);
      const floor = bench.p25 / LIKES_PER_VIDEO_FLOOR_DIVISOR;
      figures.push(figure('likesPerVideo', Math.round(perVideo), { likes: likes.value, videos: videos.value, followers: followers.value }));
      if (bestPerVideo < floor) {
        addPart(outrun, 'likesPerVideo', 'warn', {
          likesPerVideo: Math.round(perVideo),
          likesPerVideoShare: round(perVideo / followers.value, 5),
          likesPerVideoFloor: round(floor, 5),
          videos: videos.value,
        });
      }
    }
  }

  // Followers ÷ videos (Scavio: > 20,000 flag; market.md §3).
  if (videos !== null) {
    judged = true;
    const ratio = followers.value / Math.max(videos.value, 1);
    const best = followers.low / Math.max(videos.high, 1);
    const inputs = withInterval(withInterval({ followers: followers.value, videos: videos.value }, 'followers', followers), 'videos', videos);
    figures.push(figure('followersPerVideo', Math.round(ratio), inputs));
    if (best > t.followersPerVideoMax) {
      flags.push(
        flag('high-followers-per-video', 'P1', best > t.followersPerVideoMax * FOLLOWERS_PER_VIDEO_RISK_FACTOR && videos.high < FEW_VIDEOS ? 'risk' : 'warn', {
          followersPerVideo: Math.round(ratio),
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

  // Reach: median views ÷ followers against the size's floor (benchmarks.ts REACH_FLOOR), from 1K up.
  let reach: number | null = null;
  if (sample.medianViews !== null && followers.value > 0) {
    judged = true;
    reach = sample.medianViews / followers.value;
    const best = (sample.medianViews * (sample.abbreviated ? 1 + ABBREVIATED_VIEWS_TOLERANCE : 1)) / Math.max(followers.low, 1);
    const floor = followers.value >= 500_000 ? t.lowViewRate : reachFloor(followers.value);
    figures.push(
      figure(
        'viewRate',
        round(reach),
        withInterval({ medianViews: Math.round(sample.medianViews), followers: followers.value, videos: sample.judgeable.length, floor }, 'followers', followers),
      ),
    );
    if (followers.low >= REACH_MIN_FOLLOWERS && best <= floor * 2) {
      addPart(outrun, 'reach', best <= floor ? 'risk' : 'warn', { viewRate: round(reach), reachFloor: floor, medianViews: Math.round(sample.medianViews) });
    }
  }

  // Per-follower engagement far below the size's P25 (SociaVault), or < 1% above 50K (Scavio).
  if (rates.perFollower !== null) {
    judged = true;
    const best = rates.perFollowerHigh ?? rates.perFollower;
    const farBelow = bench.p25 / PER_FOLLOWER_FAR_BELOW_DIVISOR;
    const scavio = followers.low > t.lowEngagementMinFollowers && best < t.lowEngagementRate;
    if (best < farBelow || scavio) {
      addPart(outrun, 'engagementPerFollower', best < bench.p25 / PER_FOLLOWER_RISK_DIVISOR ? 'risk' : 'warn', {
        engagementPerFollower: round(rates.perFollower, 5),
        tierP25: bench.p25,
        farBelow: round(farBelow, 5),
      });
    }
  }

  if (outrun.severity !== null) {
    // Two independent families seeing the same thing corroborate each other: a risk. Recent
    // videos (reach, and per-follower engagement = reach × per-view engagement) are one family;
    // lifetime likes (per follower, per video) the other.
    const families = new Set(outrun.parts.map((p) => (p === 'likesPerVideo' || p === 'likesPerFollower' ? 'lifetime' : 'recent')));
    // Lifetime likes in ShortsIntel's "moderate" band (under 1 per follower) corroborate what the
    // recent videos show, without being a finding of their own.
    const lifetimeModerate = likes !== null && likes.high / Math.max(followers.low, 1) < LIFETIME_LIKES_HEALTHY;
    if (families.size >= 2 || (families.has('recent') && lifetimeModerate)) {
      outrun.severity = 'risk';
      if (lifetimeModerate && !families.has('lifetime')) outrun.evidence['likesPerFollower'] = round(likes!.value / followers.value, 2);
    }
    outrun.evidence['parts'] = outrun.parts.join(',');
    flags.push(flag('followers-outrun-audience', 'P1', outrun.severity, outrun.evidence));
  }

  // Faked engagement: per-view engagement beyond organic accounts of the size (Modash Nov 2025).
  if (rates.perView !== null) {
    judged = true;
    const views = perViewBenchmark(followers.value);
    const implausible = views.high * PER_VIEW_IMPLAUSIBLE_FACTOR;
    if (rates.perView > implausible) {
      flags.push(
        flag('engagement-too-high', 'P1', rates.perView > views.high * PER_VIEW_RISK_FACTOR ? 'risk' : 'warn', {
          engagementPerView: round(rates.perView, 4),
          tierHigh: views.high,
          implausibleAbove: round(implausible, 4),
        }),
      );
    }
    // Views far above followers with very low engagement: bought views.
    if (reach !== null && reach >= VIEWS_WITHOUT_ENGAGEMENT_REACH && rates.perView < VIEWS_WITHOUT_ENGAGEMENT_PER_VIEW) {
      flags.push(
        flag('views-without-engagement', 'P1', 'warn', {
          viewRate: round(reach, 2),
          engagementPerView: round(rates.perView, 4),
          reachAbove: VIEWS_WITHOUT_ENGAGEMENT_REACH,
          threshold: VIEWS_WITHOUT_ENGAGEMENT_PER_VIEW,
        }),
      );
    }
  }

  // Comments ÷ likes over the judgeable videos: too few (calculatecreator: ≤ 1:100 poor) or too
  // many (beyond its "exceptional" 1:5: comment pods).
  const withComments = sample.judgeable.filter((v) => v.likes !== null && v.comments !== null);
  const likeSum = withComments.reduce((a, v) => a + v.likes!, 0);
  const commentSum = withComments.reduce((a, v) => a + v.comments!, 0);
  if (likeSum >= MIN_LIKES_FOR_COMMENT_RATIO) {
    judged = true;
    const ratio = commentSum / likeSum;
    const best = sample.abbreviated ? (commentSum * (1 + ABBREVIATED_VIEWS_TOLERANCE)) / likeSum : ratio;
    const worst = sample.abbreviated ? commentSum / (likeSum * (1 + ABBREVIATED_VIEWS_TOLERANCE)) : ratio;
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
    } else if (worst > POD_COMMENTS_PER_LIKE) {
      flags.push(
        flag('comment-pod', 'P1', worst > POD_RISK_COMMENTS_PER_LIKE ? 'risk' : 'warn', {
          commentsPerLike: round(ratio, 5),
          threshold: POD_COMMENTS_PER_LIKE,
          comments: commentSum,
          likes: likeSum,
        }),
      );
    }
  }

  // Saves beyond likes over the recent videos: saves are a fraction of likes on organic videos.
  let saveSum = 0;
  let savedLikes = 0;
  let withSaves = 0;
  for (const v of sample.judgeable) {
    if (v.likes === null || v.saves === null || v.likes === 0) continue;
    saveSum += v.saves;
    savedLikes += v.likes;
    withSaves++;
  }
  if (withSaves >= 3) {
    const savesPerLike = saveSum / savedLikes;
    figures.push(figure('savesPerLike', round(savesPerLike, 4), { videos: withSaves }));
    if (savesPerLike > SAVES_PER_LIKE_MAX) {
      flags.push(flag('saves-mismatch', 'P1', 'warn', { savesPerLike: round(savesPerLike, 4), threshold: SAVES_PER_LIKE_MAX, videos: withSaves }));
    }
  }

  flags.push(...input.growthFlags);
  return { score: judged ? penaltyScore(flags) : null, figures, flags };
}
