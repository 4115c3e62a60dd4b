import type { Caveat, Confidence } from '../schemas/assessment';
import type { Count, CreatorSnapshot } from '../schemas/creator-snapshot';
import { DAY_MS, MIN_VIDEOS_FOR_CONSISTENCY, MIN_VIDEOS_FOR_MEDIAN, NOISY_BELOW_FOLLOWERS, STALE_SNAPSHOT_DAYS } from './constants';
import type { VideoSample } from './videos';

const hasNumber = (v: number | null | undefined): boolean => typeof v === 'number' && Number.isFinite(v);

/** Whether the Affiliate Center's commerce figures are present. */
export function hasCommerceData(snapshot: CreatorSnapshot): boolean {
  const c = snapshot.commerce;
  return !!c && (hasNumber(c.gmv) || hasNumber(c.gmvLow) || hasNumber(c.gmvHigh) || hasNumber(c.gpm) || hasNumber(c.unitsSold));
}

/**
 * What input was present (PRODUCT.md §4): commerce data > full video stats (views, likes, comments,
 * shares on ≥ MIN_VIDEOS_FOR_MEDIAN videos) > views only > profile counts only.
 */
export function confidenceOf(snapshot: CreatorSnapshot, sample: VideoSample): Confidence {
  const full = sample.withInteractions.length >= MIN_VIDEOS_FOR_MEDIAN;
  const c = snapshot.commerce;
  // The Affiliate Center states median views and engagement over the recent videos: with them its
  // commerce figures stand on a reading of the videos; without, the page holds counts only.
  const statedVideos = !!c && hasNumber(c.medianViews) && hasNumber(c.engagementRate);
  if (hasCommerceData(snapshot) && (full || statedVideos)) return 'commerce';
  if (full || statedVideos) return 'full';
  if (sample.judgeable.length >= MIN_VIDEOS_FOR_MEDIAN || (!!c && hasNumber(c.medianViews))) return 'views';
  return 'profile';
}

function caveat(id: string, evidence: Caveat['evidence']): Caveat {
  return { id, messageKey: `caveat.${id}`, evidence };
}

/** Limits of the input, said out loud. */
export function caveatsOf(
  snapshot: CreatorSnapshot,
  sample: VideoSample,
  followers: Count,
  counts: readonly (Count | null)[],
  confidence: Confidence,
  now: number,
): Caveat[] {
  const caveats: Caveat[] = [];
  if (confidence === 'profile') {
    caveats.push(caveat(followers.value < NOISY_BELOW_FOLLOWERS ? 'profile-only-small' : 'profile-only', { followers: followers.value, threshold: NOISY_BELOW_FOLLOWERS }));
  }
  if (sample.judgeable.length > 0 && sample.judgeable.length < MIN_VIDEOS_FOR_CONSISTENCY) {
    caveats.push(caveat('few-videos', { videos: sample.judgeable.length, needed: MIN_VIDEOS_FOR_CONSISTENCY }));
  }
  if (sample.datesUnknown > 0) caveats.push(caveat('video-dates-unknown', { videos: sample.datesUnknown }));
  if (counts.some((c) => c !== null && !c.exact) || sample.abbreviated) caveats.push(caveat('abbreviated-counts', {}));
  const ageDays = (now - snapshot.capturedAt) / DAY_MS;
  if (ageDays > STALE_SNAPSHOT_DAYS) caveats.push(caveat('stale-snapshot', { days: Math.round(ageDays), threshold: STALE_SNAPSHOT_DAYS }));
  if (sample.pinnedLeftOut + sample.youngLeftOut > 0) {
    caveats.push(caveat('videos-left-out', { pinned: sample.pinnedLeftOut, young: sample.youngLeftOut }));
  }
  return caveats;
}
