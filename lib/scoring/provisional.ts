import type { Confidence, ProvisionalReason } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import { listsLatestVideos } from './activity';
import { MIN_DATED_VIDEOS_FOR_GRADE } from './constants';
import type { VideoSample } from './videos';

const hasNumber = (v: number | null | undefined): boolean => typeof v === 'number' && Number.isFinite(v);

/**
 * Why the data cannot support a grade (empty = it can). A verdict without a grade is provisional:
 * the card shows what is missing and how to get it. Profile counts alone, views without likes,
 * fewer than MIN_DATED_VIDEOS_FOR_GRADE dated non-pinned videos, private accounts, and a video
 * page without the creator's other videos. An Affiliate Center page stands on its own when it
 * states median views, engagement and the 30-day post count (TikTok's figures over the videos).
 */
export function provisionalReasons(snapshot: CreatorSnapshot, sample: VideoSample, confidence: Confidence): ProvisionalReason[] {
  const reasons: ProvisionalReason[] = [];
  if (snapshot.privateAccount === true) reasons.push('private-account');
  const c = snapshot.commerce;
  if (c) {
    const stated = hasNumber(c.medianViews) && hasNumber(c.engagementRate) && hasNumber(c.videosLast30Days);
    if (!stated && sample.judgeable.length === 0) reasons.push('affiliate-without-videos');
    return reasons;
  }
  if (!listsLatestVideos(snapshot)) {
    reasons.push('video-page-only');
    return reasons;
  }
  if (confidence === 'profile') reasons.push('profile-counts-only');
  else if (confidence === 'views') reasons.push('views-without-likes');
  const dated = sample.all.filter((v) => !v.pinned && v.createTime !== null).length;
  if (confidence !== 'profile' && dated < MIN_DATED_VIDEOS_FOR_GRADE) reasons.push('few-dated-videos');
  return reasons;
}
