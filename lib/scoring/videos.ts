import type { CreatorSnapshot, RecentVideo } from '../schemas/creator-snapshot';
import type { Thresholds } from '../schemas/settings';
import { DAY_MS, MIN_VIDEOS_FOR_MEDIAN } from './constants';
import { mean, median } from './signal';

/** A recent video's figures, sanitised (negative or non-finite → null). */
export interface VideoFigures {
  id: string;
  createTime: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  pinned: boolean;
  exact: boolean;
}

/** The recent videos a median may use, and what was left out. */
export interface VideoSample {
  all: VideoFigures[];
  /** Non-pinned, at least minVideoAgeDays old at capture (or date unknown), with views. */
  judgeable: VideoFigures[];
  /** Judgeable videos with likes, comments and shares. */
  withInteractions: VideoFigures[];
  pinnedLeftOut: number;
  youngLeftOut: number;
  /** Judgeable videos whose date the page did not show (DOM grid): they may still be accruing views. */
  datesUnknown: number;
  /** Some judgeable figures were abbreviated on screen. */
  abbreviated: boolean;
  medianViews: number | null;
  meanViews: number | null;
}

function n(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function videoFigures(v: RecentVideo): VideoFigures {
  return {
    id: v.id,
    createTime: typeof v.createTime === 'number' && Number.isFinite(v.createTime) ? v.createTime : null,
    views: n(v.views),
    likes: n(v.likes),
    comments: n(v.comments),
    shares: n(v.shares),
    saves: n(v.saves),
    pinned: v.pinned === true,
    exact: v.exact !== false,
  };
}

/** PRODUCT.md §4: medians over non-pinned videos older than 3 days (views still accrue before). */
export function sampleVideos(snapshot: CreatorSnapshot, t: Thresholds): VideoSample {
  const all = snapshot.recentVideos.map(videoFigures);
  const minAgeMs = t.minVideoAgeDays * DAY_MS;
  let pinnedLeftOut = 0;
  let youngLeftOut = 0;
  let datesUnknown = 0;
  const judgeable: VideoFigures[] = [];
  for (const v of all) {
    if (v.pinned) {
      pinnedLeftOut++;
      continue;
    }
    if (v.createTime !== null && snapshot.capturedAt - v.createTime < minAgeMs) {
      youngLeftOut++;
      continue;
    }
    if (v.views === null) continue;
    if (v.createTime === null) datesUnknown++;
    judgeable.push(v);
  }
  const withInteractions = judgeable.filter((v) => v.likes !== null && v.comments !== null && v.shares !== null);
  const views = judgeable.map((v) => v.views!);
  const enough = views.length >= MIN_VIDEOS_FOR_MEDIAN;
  return {
    all,
    judgeable,
    withInteractions,
    pinnedLeftOut,
    youngLeftOut,
    datesUnknown,
    abbreviated: judgeable.some((v) => !v.exact),
    medianViews: enough ? median(views) : null,
    meanViews: enough ? mean(views) : null,
  };
}

/** likes + comments + shares of a video with all three. */
export function interactions(v: VideoFigures): number {
  return (v.likes ?? 0) + (v.comments ?? 0) + (v.shares ?? 0);
}
