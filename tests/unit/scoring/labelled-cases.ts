import type { CommerceMetrics, CreatorSnapshot, RecentVideo } from '../../../lib/schemas/creator-snapshot';
import type { Settings } from '../../../lib/schemas/settings';
import { count, DAY, NOW, settings, snapshot } from './helpers';

/**
 * The labelled set: derived creator pages in the style of the real captures, each with the verdict a
 * careful analyst reaches and why. Verdict classes: "good" (grade A or B: invite), "caution" (C:
 * invite only with a reason, check the flagged evidence first), "avoid" (D or E), "provisional" (no
 * grade: the data cannot support one), "unreadable" (nothing to judge). Thresholds are those of
 * docs/assessment.md, with their sources there.
 */
export type Verdict = 'good' | 'caution' | 'avoid' | 'provisional' | 'unreadable';

export interface LabelledCase {
  name: string;
  snapshots: CreatorSnapshot[];
  settings?: Settings;
  verdict: Verdict;
  /** Flag ids the evidence must show (and with which severity, when it matters). */
  flags?: readonly (string | readonly [string, 'info' | 'warn' | 'risk'])[];
  /** Flag ids that must not be raised (false alarms). */
  notFlags?: readonly string[];
  why: string;
}

interface Shape {
  followers: number;
  /** Median views as a share of followers. */
  reach?: number;
  /** (likes + comments + shares) ÷ views. */
  perView?: number;
  /** comments ÷ likes. */
  commentsPerLike?: number;
  savesPerLike?: number;
  /** Lifetime likes per follower. */
  lifetimeLikes?: number;
  videoCount?: number;
  following?: number;
  /** Days between posts, newest `newestDays` old. */
  everyDays?: number;
  newestDays?: number;
  n?: number;
  /** Multiplies one video's views (index 0) for a viral hit. */
  viral?: number;
  bio?: string | null;
  overrides?: Partial<CreatorSnapshot>;
}

/**
 * A creator page: `n` dated videos with even views around reach × followers (±10%), per-view
 * engagement split 88% likes / comments / shares, lifetime figures from the profile.
 */
export function creator(shape: Shape): CreatorSnapshot {
  const {
    followers,
    reach = 0.4,
    perView = 0.07,
    commentsPerLike = 0.02,
    savesPerLike = 0.1,
    lifetimeLikes = 8,
    videoCount = 300,
    following = 200,
    everyDays = 2,
    newestDays = 4,
    n = 20,
    viral = 1,
    bio = null,
    overrides = {},
  } = shape;
  const views = Math.max(1, Math.round(followers * reach));
  const recentVideos: RecentVideo[] = Array.from({ length: n }, (_, i) => {
    const v = Math.round(views * (0.9 + (i % 5) * 0.05) * (i === 0 ? viral : 1));
    const interactions = v * perView;
    const likes = Math.round(interactions / (1 + commentsPerLike + 0.03));
    return {
      id: `lv${i}`,
      createTime: NOW - (newestDays + i * everyDays) * DAY,
      views: v,
      likes,
      comments: Math.round(likes * commentsPerLike),
      shares: Math.round(likes * 0.03),
      saves: Math.round(likes * savesPerLike),
      pinned: false,
      caption: 'Trying the new kitchen set #homedecor',
      exact: true,
      locationCreated: null,
      textLanguage: 'en',
    };
  });
  return snapshot({
    handle: 'derived',
    followers: count(followers),
    following: count(following),
    likes: count(Math.round(followers * lifetimeLikes)),
    videos: count(videoCount),
    bio,
    recentVideos,
    ...overrides,
  });
}

/** An Affiliate Center page (as lib/readers/affiliate-profile.ts reads it), no video list. */
export function affiliatePage(followers: number, commerce: Partial<CommerceMetrics>, overrides: Partial<CreatorSnapshot> = {}): CreatorSnapshot {
  return snapshot({
    handle: 'derived.affiliate',
    source: 'affiliate-profile',
    followers: count(followers),
    following: null,
    likes: null,
    videos: null,
    region: 'VN',
    commerce: {
      currency: 'VND',
      gmv: 120_000_000,
      unitsSold: 900,
      gpm: 50_000,
      medianViews: null,
      engagementRate: null,
      categories: ['Beauty & Personal Care'],
      audienceLocations: [],
      audienceAges: [],
      audienceGenders: [],
      videosLast30Days: null,
      ...commerce,
    },
    ...overrides,
  });
}

/** Only the profile counts, as a user-detail API response or a profile without its videos. */
function profileOnly(followers: number, likes: number, videos: number, overrides: Partial<CreatorSnapshot> = {}): CreatorSnapshot {
  return snapshot({ handle: 'derived.profile', followers: count(followers), likes: count(likes), videos: count(videos), following: count(150), ...overrides });
}

const healthy = (followers: number, extra: Partial<Shape> = {}) => creator({ followers, ...extra });
/** The same creator with followers × 10, views and likes unchanged. */
const boughtTenfold = (followers: number, extra: Partial<Shape> = {}) => {
  const reach = extra.reach ?? 0.4;
  const lifetimeLikes = extra.lifetimeLikes ?? 8;
  return creator({ ...extra, followers: followers * 10, reach: reach / 10, lifetimeLikes: lifetimeLikes / 10 });
};

export const LABELLED_CASES: readonly LabelledCase[] = [
  // Healthy creators at every size: per-view engagement at the size's Modash "Average" band and a
  // reach that puts per-follower engagement (reach × per-view) near SociaVault's median for the
  // size (40% below 100K, 30% for mid, 20% macro, 15% mega); lifetime likes 8 per follower
  // (ShortsIntel: > 1 healthy), a post every 2 days (Growi: 2+ a week).
  { name: 'healthy nano, 5K', snapshots: [healthy(5_000, { perView: 0.12 })], verdict: 'good', notFlags: ['followers-outrun-audience', 'engagement-too-high'], why: 'Reach 40%, 12% per-view engagement (Modash 5K–10K average 10.5–11.8%): 4.8% per follower, near SociaVault’s nano P25–median; steady posting.' },
  { name: 'healthy micro, 30K', snapshots: [healthy(30_000, { perView: 0.09 })], verdict: 'good', notFlags: ['followers-outrun-audience'], why: 'Reach and engagement in the size’s normal band (Modash 10K–50K average 8.4–9.4%).' },
  { name: 'healthy micro, 80K', snapshots: [healthy(80_000, { perView: 0.08 })], verdict: 'good', why: 'Reach 40%, engagement 8% (Modash 50K–100K average 7.2–8.0%).' },
  { name: 'healthy mid, 200K', snapshots: [healthy(200_000, { reach: 0.3, perView: 0.07 })], verdict: 'good', why: 'Reach 30% against a 3% floor; engagement at the Modash 100K–500K average.' },
  { name: 'healthy macro, 700K', snapshots: [healthy(700_000, { reach: 0.2, perView: 0.065 })], verdict: 'good', why: 'Reach 20% (ten times Creator Hero’s 2% red line), engagement at the Modash 500K–1M average.' },
  { name: 'healthy mega, 3M', snapshots: [healthy(3_000_000, { reach: 0.15, perView: 0.065, lifetimeLikes: 20 })], verdict: 'good', why: 'A mega account reaching 15% with average engagement is a real audience.' },
  { name: 'healthy with one viral hit', snapshots: [healthy(40_000, { perView: 0.09, viral: 80 })], verdict: 'good', flags: [['viral-carried', 'info']], why: 'One hit lifts the mean, not the median: the note says to expect the median; nothing is wrong with the account.' },
  { name: 'small healthy creator with high engagement, 2K', snapshots: [healthy(2_000, { reach: 0.4, perView: 0.16 })], verdict: 'good', notFlags: ['engagement-too-high'], why: '16% per view is inside Modash’s 1K–5K "Above average/High" bands (14–18.5%+): small accounts engage more.' },
  { name: 'healthy with “not taking jobs” in the bio', snapshots: [healthy(60_000, { perView: 0.08, bio: '📩 business only · 暂停接单 until March' })], verdict: 'good', flags: [['not-taking-jobs', 'info']], why: 'A note for the merchant (ask before inviting), not a reason to doubt the account.' },
  { name: 'healthy with a harmless superlative in the bio', snapshots: [healthy(25_000, { perView: 0.09, bio: 'The cheapest way to travel Europe 🌍 第一次来中国' })], verdict: 'good', notFlags: ['followers-outrun-audience'], why: 'A travel tip and a "first time" are not claims about a product; the account is healthy.' },

  // Bought followers: the same healthy creators with followers × 10, views and likes unchanged.
  { name: 'bought followers: 5K × 10', snapshots: [boughtTenfold(5_000, { perView: 0.12 })], verdict: 'caution', flags: [['followers-outrun-audience', 'risk']], why: 'Reach 4% (floor 5% below 100K) and per-follower engagement 0.48% (SociaVault 10K–50K P25 3.28%): the followers do not watch. Fraud cap.' },
  { name: 'bought followers: 30K × 10', snapshots: [boughtTenfold(30_000, { perView: 0.09 })], verdict: 'caution', flags: [['followers-outrun-audience', 'risk']], why: 'Reach 4% (floor 3%, warning below 6%) and per-follower engagement 0.36%, under a third of the 100K–500K P25 (1.71%).' },
  { name: 'bought followers: 50K × 10', snapshots: [boughtTenfold(50_000, { perView: 0.08 })], verdict: 'caution', flags: [['followers-outrun-audience', 'risk']], why: 'Reach 4% at 500K (Creator Hero: 2% is the red line; warning below 4%) and 0.32% per follower, under a third of the 500K+ P25 (1.12%).' },
  { name: 'bought followers seen twice: reach and lifetime likes', snapshots: [creator({ followers: 400_000, reach: 0.01, perView: 0.08, lifetimeLikes: 0.2 })], verdict: 'caution', flags: [['followers-outrun-audience', 'risk']], why: 'Recent videos and lifetime likes (0.2 per follower, ShortsIntel < 0.5 low) agree: the audience was bought. Fraud cap keeps it below B.' },
  { name: 'bought followers, profile counts only (2M followers, 5 videos, 15K likes)', snapshots: [profileOnly(2_000_000, 15_000, 5)], verdict: 'provisional', flags: [['followers-outrun-audience', 'risk'], ['high-followers-per-video', 'risk']], why: 'The counts alone already show it (0.0075 likes per follower; 400,000 followers per video, Scavio > 20,000), but without videos no grade is given.' },

  // Faked engagement, checked the other way: never above the clean base.
  { name: 'comment pod, 1 comment per 3 likes', snapshots: [healthy(30_000, { perView: 0.09, commentsPerLike: 0.34 })], verdict: 'caution', flags: [['comment-pod', 'risk']], why: 'calculatecreator calls 1:5 already "exceptional"; 1:3 across every video is a pod. Fraud cap.' },
  { name: 'comment pod, 1 comment per 4 likes', snapshots: [healthy(30_000, { perView: 0.09, commentsPerLike: 0.25 })], verdict: 'good', flags: [['comment-pod', 'warn']], why: 'Beyond 1:5 but not 1:3: a warning that costs authenticity points; the rest of the account is healthy, so the grade drops but stays a B at most.' },
  { name: 'bought likes, 25% of views at 30K', snapshots: [healthy(30_000, { perView: 0.25 })], verdict: 'caution', flags: [['engagement-too-high', 'risk']], why: '25% per view is more than twice the Modash 10K–50K "High" start (11.4%): no organic account of this size does that.' },
  { name: 'bought likes, 22% of views at 5K', snapshots: [healthy(6_000, { perView: 0.22 })], verdict: 'good', flags: [['engagement-too-high', 'warn']], why: 'Above 1.5× Modash’s 5K–10K "High" start (14.6% → 21.9%): flagged and not rewarded, but small accounts do run hot, so a warning.' },
  { name: 'bought views: 5× followers, 0.5% engagement', snapshots: [healthy(20_000, { reach: 5, perView: 0.005 })], verdict: 'caution', flags: [['views-without-engagement', 'warn']], why: 'Views five times the followers with almost nobody engaging (under 1%, a third of Rival IQ’s 3.4% median by view): bought views.' },
  { name: 'saves above likes', snapshots: [healthy(30_000, { perView: 0.09, savesPerLike: 1.6 })], verdict: 'good', flags: [['saves-mismatch', 'warn']], why: 'Saves are a fraction of likes on organic videos (Syncly: weak saves); more saves than likes is odd, a warning to check.' },
  { name: 'likes without conversation, 1 comment per 300 likes', snapshots: [healthy(30_000, { perView: 0.09, commentsPerLike: 0.0033 })], verdict: 'good', flags: [['low-comments-per-like', 'warn']], why: 'calculatecreator: 1:100 or fewer is poor; a warning, not proof.' },

  // Activity.
  { name: 'quiet for 45 days', snapshots: [healthy(30_000, { perView: 0.09, newestDays: 45 })], verdict: 'good', flags: [['inactive', 'warn']], why: 'No post for 45 days (PRODUCT.md: 30): a warning to confirm the creator still posts.' },
  { name: 'dormant for 120 days', snapshots: [healthy(30_000, { perView: 0.09, newestDays: 120 })], verdict: 'caution', flags: [['inactive', 'risk']], why: 'Four months without a post: the dormancy cap keeps the grade below B however good the old videos were.' },
  { name: 'posts every 10 days', snapshots: [healthy(30_000, { perView: 0.09, everyDays: 10, n: 8 })], verdict: 'good', flags: [['weak-posting', 'warn']], why: '0.7 posts a week (Growi: 2+): weak cadence, the account is otherwise healthy.' },
  { name: 'video page: a 200-day-old clicked video', snapshots: [snapshot({ source: 'video-detail', followers: count(30_000), likes: count(400_000), videos: count(300), recentVideos: [{ ...creator({ followers: 30_000 }).recentVideos[0]!, createTime: NOW - 200 * DAY }] })], verdict: 'provisional', notFlags: ['inactive'], why: 'The clicked video need not be the latest: it never proves inactivity, and one video supports no grade.' },
  { name: 'one saved item of a list, 200 days old', snapshots: [snapshot({ source: 'api-item-list', provenance: { recentVideos: 'api-item-list' }, followers: count(1_224), likes: count(82_200), videos: count(275), recentVideos: [{ ...creator({ followers: 1_224 }).recentVideos[0]!, createTime: NOW - 200 * DAY }] })], verdict: 'provisional', notFlags: ['inactive'], why: 'One item of 275 videos need not be the latest (the real api-item-vn capture): it proves nothing about inactivity.' },
  { name: 'video page with the author’s item list', snapshots: [{ ...healthy(30_000, { perView: 0.09 }), source: 'video-detail', provenance: { recentVideos: 'api-item-list' } }], verdict: 'good', why: 'The page also received the creator’s latest videos: enough to grade.' },

  // Thin data: no grade.
  { name: 'profile counts only: 7,461 followers, 4,677 likes over 119 videos', snapshots: [profileOnly(7_461, 4_677, 119)], verdict: 'provisional', flags: ['followers-outrun-audience'], why: '39 likes a video is 0.5% of the followers (SociaVault nano P25 4.92%): suspicious, but counts alone support no grade.' },
  { name: 'views without likes (rendered grid)', snapshots: [creator({ followers: 40_000, overrides: {} })].map((s) => ({ ...s, recentVideos: s.recentVideos.map((v) => ({ ...v, likes: null, comments: null, shares: null, saves: null, createTime: null, exact: false })) })), verdict: 'provisional', why: 'Views alone say nothing about engagement, and undated videos nothing about activity.' },
  { name: 'three dated videos', snapshots: [healthy(40_000, { perView: 0.09, n: 3 })], verdict: 'provisional', why: 'Three videos are too few for a median worth a grade (5 needed).' },
  { name: 'private account, 58 followers', snapshots: [profileOnly(58, 24, 5, { privateAccount: true, following: count(588) })], verdict: 'provisional', flags: ['private-account', 'below-affiliate-minimum'], why: 'A private account cannot be judged, and 58 followers is below TikTok Shop’s affiliate minimum.' },
  { name: 'healthy but 600 followers', snapshots: [healthy(600, { reach: 0.5, perView: 0.13 })], verdict: 'good', flags: [['below-affiliate-minimum', 'info']], why: 'A real small account; the note says it cannot join the affiliate programme yet.' },

  // Account signals.
  { name: 'account for sale (账号出售)', snapshots: [healthy(60_000, { perView: 0.08, bio: '账号出售，需要的联系VX' })], verdict: 'avoid', flags: [['account-for-sale', 'risk']], why: 'An account on sale changes hands with its audience: whoever you invite may not be who posts. Cap 40.' },
  { name: 'account for sale (jual akun)', snapshots: [healthy(60_000, { perView: 0.08, bio: 'JUAL AKUN TIKTOK 60K dm aja' })], verdict: 'avoid', flags: [['account-for-sale', 'risk']], why: 'The same notice in Indonesian.' },
  { name: 'young unverified account with 9,000 followers a day', snapshots: [healthy(900_000, { reach: 0.1, perView: 0.065, overrides: { accountCreatedAt: NOW - 100 * DAY, verified: false } })], verdict: 'good', flags: [['young-account-fast-growth', 'warn']], why: '100 days to 900K is beyond the 5,000 a day HypeAuditor gives ads; a warning to check its history, the videos themselves look real.' },
  { name: 'mass follow-for-follow', snapshots: [healthy(30_000, { perView: 0.09, following: 5_000 })], verdict: 'good', flags: [['mass-following', 'warn']], why: 'Following 5,000 (HypeAuditor: > 1,500) is a pattern, not proof; the videos are healthy.' },

  // Claims in the bio.
  { name: 'efficacy claim in the bio', snapshots: [healthy(30_000, { perView: 0.09, bio: 'Serum ini menyembuhkan jerawat 100%' })], verdict: 'caution', flags: [['banned-claim-bio.efficacy', 'risk']], why: 'Cure claims get content pulled (market.md, content policy): the compliance cap.' },
  { name: 'price claim in the bio', snapshots: [healthy(30_000, { perView: 0.09, bio: '全网最低价，快来买' })], verdict: 'good', flags: [['banned-claim-bio.price', 'warn']], why: 'A claim to fix before working together; it lowers the score, the account stays healthy.' },

  // Affiliate Center pages.
  { name: 'Affiliate Center, complete and healthy', snapshots: [affiliatePage(120_000, { medianViews: 40_000, engagementRate: 0.07, videosLast30Days: 20 })], verdict: 'good', why: 'Median views 33% of followers, 7% engagement, 20 posts in 30 days, GMV shown: TikTok’s own figures support a grade.' },
  { name: 'Affiliate Center, followers and GMV only', snapshots: [affiliatePage(120_000, {})], verdict: 'unreadable', why: 'GMV without views or engagement says nothing about the audience: nothing to score (it used to get the top confidence).' },
  { name: 'Affiliate Center, views and engagement without the 30-day posts', snapshots: [affiliatePage(120_000, { medianViews: 40_000, engagementRate: 0.07 })], verdict: 'provisional', why: 'Without the 30-day post count nothing says the creator still posts.' },
  { name: 'Affiliate Center, provinces for a VN merchant', snapshots: [affiliatePage(120_000, { medianViews: 40_000, engagementRate: 0.07, videosLast30Days: 20, audienceLocations: [{ key: 'HA NOI', share: 0.6 }, { key: 'HO CHI MINH', share: 0.4 }] })], settings: settings({ targetMarket: 'VN' }), verdict: 'good', notFlags: ['audience-elsewhere'], why: 'HA NOI is a province of Vietnam, not a country code: the audience is in the market.' },
  { name: 'Affiliate Center, 0 comments on 600 median likes', snapshots: [affiliatePage(120_000, { medianViews: 40_000, engagementRate: 0.035, videosLast30Days: 20, medianLikes: 600, medianComments: 0 })], verdict: 'good', flags: [['low-comments-per-like', 'warn']], why: 'At 1:100 600 likes bring 6 comments; none is a warning.' },
  { name: 'Affiliate Center, follower trend jump', snapshots: [affiliatePage(120_000, { medianViews: 40_000, engagementRate: 0.07, videosLast30Days: 20, followerTrend: [{ at: NOW - 10 * DAY, followers: 60_000 }, { at: NOW - 9 * DAY, followers: 61_000 }, { at: NOW - 8 * DAY, followers: 118_000 }] })], verdict: 'good', flags: [['follower-trend-jump', 'warn']], why: 'Followers doubled in a day with no video list to explain it: a warning to look for a viral video.' },
  { name: 'Affiliate Center, no posts in 30 days', snapshots: [affiliatePage(120_000, { medianViews: 40_000, engagementRate: 0.07, videosLast30Days: 0 })], verdict: 'good', flags: [['inactive-30d', 'warn']], why: 'Nothing posted for a month: a warning; the stated medians are still healthy.' },

  // Nothing to judge.
  { name: 'no follower count', snapshots: [snapshot({ followers: null })], verdict: 'unreadable', why: 'Without followers nothing can be judged.' },

  // The merchant's settings.
  { name: 'wrong market for the merchant', snapshots: [healthy(30_000, { perView: 0.09, overrides: { region: 'ID', language: 'id' } })], settings: settings({ targetMarket: 'VN' }), verdict: 'good', flags: [['region-mismatch', 'warn']], why: 'A healthy Indonesian creator for a Vietnamese merchant: the market-fit flag and the setting that moved the score are shown.' },
];
