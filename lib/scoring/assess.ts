import type { Assessment, Figure, Flag, InsufficientReason, SubScore } from '../schemas/assessment';
import type { CreatorSnapshot, UnreadableReason } from '../schemas/creator-snapshot';
import { resolveThresholds, type Settings } from '../schemas/settings';
import { activitySignal } from './activity';
import { authenticitySignal } from './authenticity';
import { commerceFitSignal } from './commerce-fit';
import { complianceSignal } from './compliance-signal';
import { caveatsOf, confidenceOf } from './confidence';
import { consistencySignal } from './consistency';
import { AUTHENTICITY_CAP_MARGIN, GRADE_BOUNDS, RISK_FLAG_SCORE_CAP, SUB_SCORE_WEIGHTS } from './constants';
import { engagementRates, engagementSignal, type EngagementRates } from './engagement';
import { growthSignal } from './growth';
import { marketFitSignal } from './market-fit';
import { round, safeCount, type SignalResult } from './signal';
import { merchantTierOf, tierOf } from './tier';
import { sampleVideos, type VideoSample } from './videos';

/** Extra context for an assessment. */
export interface AssessContext {
  /** The page could not be read (the reader's reason): the result is "not enough data". */
  unreadable?: UnreadableReason;
  /** What happened in the merchant's own collaborations with this creator (P9 stop-loss, P4 sample
   * never posted, P10): lib/collaborations creatorOutcome's flags, shown with the others. */
  outcomeFlags?: readonly Flag[];
}

/** Sub-scores that say something about the creator themself; without one of them nothing is judged. */
const CORE_SUB_SCORES: readonly SubScore['id'][] = ['authenticity', 'engagement', 'activity', 'consistency'];

const SUB_SCORE_ORDER: readonly SubScore['id'][] = ['authenticity', 'engagement', 'activity', 'consistency', 'commerceFit', 'compliance', 'marketFit'];

function insufficient(now: number, reason: InsufficientReason, partial: Partial<Assessment> = {}): Assessment {
  return {
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
    insufficientReason: reason,
    caveats: [],
    coverage: 0,
    claimHits: [],
    ...partial,
  };
}

/**
 * The assessment of one creator: a pure function of the merchant's visits (snapshots, oldest
 * first, newest last), the settings and the time. Every figure names its formula and inputs; every
 * flag its evidence and pitfall. Sub-scores whose inputs are absent are null and left out of the
 * score; "not enough data" is status 'insufficient' with a reason, never a low score.
 */
export function assess(snapshots: readonly CreatorSnapshot[], settings: Settings, now: number, context: AssessContext = {}): Assessment {
  if (context.unreadable) {
    return insufficient(now, context.unreadable === 'account-unavailable' ? 'account-unavailable' : 'unreadable-page');
  }
  const latest = snapshots.at(-1);
  if (!latest) return insufficient(now, 'no-snapshot');
  const followers = safeCount(latest.followers);
  if (followers === null) return insufficient(now, 'no-followers-count');

  const t = resolveThresholds(settings);
  const tier = tierOf(followers.value);
  const merchantTier = merchantTierOf(followers.value, settings.thresholds);
  if (followers.high === 0) return insufficient(now, 'no-followers', { tier, merchantTier });

  const following = safeCount(latest.following);
  const likes = safeCount(latest.likes);
  const videos = safeCount(latest.videos);
  const sample = withAffiliateMedianViews(sampleVideos(latest, t), latest);
  const rates = withAffiliateEngagement(engagementRates(sample, followers), latest);

  const growth = growthSignal(snapshots, t);
  const signals: Record<SubScore['id'], SignalResult> = {
    authenticity: authenticitySignal({ followers, following, likes, videos, sample, rates, growthFlags: growth.flags }, t),
    engagement: engagementSignal(rates, sample, followers, tier),
    activity: activitySignal(latest, sample, videos, t),
    consistency: consistencySignal(sample, t),
    commerceFit: commerceFitSignal(latest, settings, t),
    compliance: { score: null, figures: [], flags: [] },
    marketFit: marketFitSignal(latest, settings),
  };
  const compliance = complianceSignal(latest);
  signals.compliance = compliance;

  const figures: Figure[] = [];
  const flags: Flag[] = [];
  const subScores: SubScore[] = [];
  let weighted = 0;
  let weightSum = 0;
  let totalWeight = 0;
  for (const id of SUB_SCORE_ORDER) {
    const s = signals[id];
    const weight = SUB_SCORE_WEIGHTS[id];
    figures.push(...s.figures);
    flags.push(...s.flags);
    subScores.push({ id, score: s.score, weight });
    totalWeight += weight;
    if (s.score !== null) {
      weighted += s.score * weight;
      weightSum += weight;
    }
  }
  figures.push(...growth.figures);
  flags.push(...(context.outcomeFlags ?? []));

  const confidence = confidenceOf(latest, sample);
  const caveats = caveatsOf(latest, sample, followers, [following, likes, videos], confidence, now);
  const coverage = round(weightSum / totalWeight, 3);
  const base = { tier, merchantTier, subScores, figures, flags, caveats, coverage, claimHits: compliance.hits };

  const judged = CORE_SUB_SCORES.some((id) => signals[id].score !== null);
  if (!judged || weightSum === 0) return insufficient(now, 'nothing-judgeable', base);

  let score = weighted / weightSum;
  const authenticity = signals.authenticity.score;
  if (authenticity !== null) score = Math.min(score, authenticity + AUTHENTICITY_CAP_MARGIN);
  if (flags.some((f) => f.severity === 'risk')) score = Math.min(score, RISK_FLAG_SCORE_CAP);
  score = Math.round(Math.min(100, Math.max(0, score)));

  return {
    status: 'ok',
    score,
    grade: gradeOf(score),
    tier,
    merchantTier,
    confidence,
    subScores,
    figures,
    flags,
    assessedAt: now,
    caveats,
    coverage,
    claimHits: compliance.hits,
  };
}

/**
 * Affiliate Center pages show no video list but state the creator's median views and engagement
 * rate (TikTok's own figures over their recent videos): used where the page gave no videos.
 */
function withAffiliateMedianViews(sample: VideoSample, snapshot: CreatorSnapshot): VideoSample {
  const medianViews = snapshot.commerce?.medianViews;
  if (sample.medianViews !== null || typeof medianViews !== 'number' || !Number.isFinite(medianViews) || medianViews < 0) return sample;
  return { ...sample, medianViews, meanViews: null };
}

function withAffiliateEngagement(rates: EngagementRates, snapshot: CreatorSnapshot): EngagementRates {
  const rate = snapshot.commerce?.engagementRate;
  if (rates.perView !== null || typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) return rates;
  return { ...rates, perView: rate };
}

export function gradeOf(score: number): 'A' | 'B' | 'C' | 'D' | 'E' {
  if (score >= GRADE_BOUNDS.A) return 'A';
  if (score >= GRADE_BOUNDS.B) return 'B';
  if (score >= GRADE_BOUNDS.C) return 'C';
  if (score >= GRADE_BOUNDS.D) return 'D';
  return 'E';
}
