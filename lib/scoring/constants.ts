import type { Severity, SubScore } from '../schemas/assessment';

export const DAY_MS = 86_400_000;

/**
 * Sub-score weights of the overall score. No published weighting exists for TikTok Shop creator
 * vetting (research/market.md §1: HypeAuditor, Favikon and KOLens keep theirs closed or per
 * network), so these are Vettok's: authenticity first because P1 (bought followers / fake
 * engagement) is the seed article's first pitfall (PRODUCT.md §1), then engagement, the rest equal.
 * The score is the weighted mean over the sub-scores whose inputs were present.
 */
export const SUB_SCORE_WEIGHTS: Readonly<Record<SubScore['id'], number>> = {
  authenticity: 0.3,
  engagement: 0.2,
  activity: 0.1,
  consistency: 0.1,
  commerceFit: 0.1,
  compliance: 0.1,
  marketFit: 0.1,
};

/** Points a flag takes off its sub-score (penalty-based sub-scores start at 100, floor 0). */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { info: 0, warn: 25, risk: 50 };

/** The overall score may not exceed authenticity by more than this: a clean bio cannot rescue bought followers. */
export const AUTHENTICITY_CAP_MARGIN = 20;
/**
 * Caps, each named on the card: a fraud risk (P1), dormancy (no post for inactiveDays × 3), a
 * compliance risk (efficacy or medical claims get content pulled, market.md §Content policy) and an
 * account offered for sale keep the score below grade B (gradeOf: B ≥ 70).
 */
export const SCORE_CAPS = { fraud: 60, dormancy: 60, compliance: 60, 'account-sale': 40, risk: 60 } as const;

/** Grade bounds (score ≥ bound). */
export const GRADE_BOUNDS = { A: 85, B: 70, C: 55, D: 40 } as const;

/** Fewer judgeable videos than this and no median is computed (Vettok default). */
export const MIN_VIDEOS_FOR_MEDIAN = 3;
/**
 * Fewer dated non-pinned videos than this and no grade is given (the verdict is provisional): the
 * median of 3 is the least a median means, 5 the least for consistency; Growi reads "the last 6–9
 * posts" (market.md §3).
 */
export const MIN_DATED_VIDEOS_FOR_GRADE = 5;
/** Fewer judgeable videos than this and the view dispersion (consistency) is not judged. */
export const MIN_VIDEOS_FOR_CONSISTENCY = 5;

/** Benchmark position → engagement points: 0 at 0, 40 at P25, 70 at median, 100 at P75+. */
export const BENCHMARK_POINTS = { p25: 40, median: 70, p75: 100 } as const;

/** Lifetime likes per follower above this are healthy (ShortsIntel: > 1.0 healthy, 0.5–1.0 moderate; market.md §3). */
export const LIFETIME_LIKES_HEALTHY = 1;
/** Lifetime likes per follower below likesPerFollowerMin ÷ this is a risk rather than a warning (Vettok). */
export const LIKES_PER_FOLLOWER_RISK_DIVISOR = 5;
/**
 * Followers per video above followersPerVideoMax × this, on an account with fewer than
 * FEW_VIDEOS videos, is a risk (Scavio: "500k with 8 videos implausible; genuine 500k have 100–500+
 * videos", market.md §3). Long-running celebrity accounts (khaby.lame: 1,353 videos, 120K followers
 * per video) stay a warning: their ratio comes from fame, not from too little content.
 */
export const FOLLOWERS_PER_VIDEO_RISK_FACTOR = 5;
export const FEW_VIDEOS = 100;
/** Lifetime likes per video below the size's P25 per-follower engagement ÷ this is low (Vettok: a lifetime average runs low on accounts that grew). */
export const LIKES_PER_VIDEO_FLOOR_DIVISOR = 4;
/**
 * Per-follower engagement below the size's P25 ÷ this is "far below" (Vettok: two thirds of the
 * bottom quartile of SociaVault's fraud-screened accounts) …
 */
export const PER_FOLLOWER_FAR_BELOW_DIVISOR = 1.5;
/** … and below P25 ÷ this, a risk on its own (Vettok: half the bottom quartile). */
export const PER_FOLLOWER_RISK_DIVISOR = 2;
/**
 * Comments ÷ likes above this is a comment pod (calculatecreator: ≥ 1:5 is already "exceptional",
 * market.md §3) — a risk above POD_RISK_COMMENTS_PER_LIKE (1:3, Vettok).
 */
export const POD_COMMENTS_PER_LIKE = 0.2;
export const POD_RISK_COMMENTS_PER_LIKE = 1 / 3;
/**
 * Median views at least this many times the followers with per-view engagement below
 * VIEWS_WITHOUT_ENGAGEMENT_PER_VIEW is bought views (Vettok; 1% is under a third of Rival IQ's
 * 3.4% median by view and a fifth of the lowest Modash "Low" band start, market.md §3).
 */
export const VIEWS_WITHOUT_ENGAGEMENT_REACH = 2;
export const VIEWS_WITHOUT_ENGAGEMENT_PER_VIEW = 0.01;
/** Saves per like above this on the median video does not fit organic viewing (Syncly: "weak saves" as a fake-engagement signal; Vettok bound). */
export const SAVES_PER_LIKE_MAX = 1;
/**
 * An account younger than YOUNG_ACCOUNT_DAYS gaining more than FOLLOWERS_PER_DAY_YOUNG_ACCOUNT
 * followers a day on average (HypeAuditor: ads cannot add more than 5K followers a day, market.md
 * §3; Modash counts account age among fake-follower criteria, market.md §1).
 */
export const YOUNG_ACCOUNT_DAYS = 180;
export const FOLLOWERS_PER_DAY_YOUNG_ACCOUNT = 5_000;
/** Days since the last post above inactiveDays × this is a risk. */
export const INACTIVE_RISK_FACTOR = 3;
/** Comments/likes is judged only over at least this many likes (fewer are noise; Vettok). */
export const MIN_LIKES_FOR_COMMENT_RATIO = 1_000;

/** Median comments of 0 are judged from this many median likes (1:100 then predicts at least 2; Vettok). */
export const MIN_LIKES_FOR_ZERO_COMMENTS = 200;

/** Consistency: median ÷ mean views ≥ this scores 100 … */
export const CONSISTENCY_FULL_RATIO = 0.5;
/** … and ≤ this scores 0, linear in between (Vettok; no published threshold, market.md §3). */
export const CONSISTENCY_ZERO_RATIO = 0.1;

/**
 * A follower jump between two visits is explained by the videos posted in that window when the
 * gain is at most this share of their views (Vettok default: a 5% view→follow conversion is
 * already generous; HypeAuditor/Growi ask for jumps "unrelated to a viral post", market.md §1/§3).
 */
export const MAX_FOLLOW_CONVERSION = 0.05;
/**
 * A lifetime-likes jump is explained when the gain is at most this share of the window videos'
 * views (Vettok default: per-view engagement is about 4% typical and 8% high, market.md §3, so a
 * fifth of all views turning into likes is already generous).
 */
export const MAX_LIKES_PER_VIEW = 0.2;
/** Likes jumps need this many times followerJumpMinAbs (likes outnumber followers; Vettok). */
export const LIKES_PER_FOLLOWER_JUMP_SCALE = 10;
/** A follower drop of at least this share between visits: TikTok purges fake followers (market.md §3). */
export const FOLLOWER_DROP_PCT = 0.1;

/** How much an abbreviated video figure ("1.2M") can understate the real one (rounding to 2–3 digits). */
export const ABBREVIATED_VIEWS_TOLERANCE = 0.05;

/** A snapshot older than this when assessed is flagged as stale (Vettok). */
export const STALE_SNAPSHOT_DAYS = 30;
/** KOLens: composite scores are unreliable below 100K followers without video data (market.md §1). */
export const NOISY_BELOW_FOLLOWERS = 100_000;
