import type { Assessment, Figure, Flag, InsufficientReason, ScoreCap, SettingEffect, SubScore } from '../schemas/assessment';
import type { CreatorSnapshot, UnreadableReason } from '../schemas/creator-snapshot';
import { DEFAULT_SETTINGS, resolveThresholds, type Settings } from '../schemas/settings';
import { accountSignals } from './account-signals';
import { affiliateSignals } from './affiliate-signals';
import { activitySignal } from './activity';
import { authenticitySignal } from './authenticity';
import { commerceFitSignal } from './commerce-fit';
import { complianceSignal } from './compliance-signal';
import { caveatsOf, confidenceOf } from './confidence';
import { consistencySignal } from './consistency';
import { AUTHENTICITY_CAP_MARGIN, GRADE_BOUNDS, SCORE_CAPS, SUB_SCORE_WEIGHTS } from './constants';
import { engagementRates, engagementSignal, type EngagementRates } from './engagement';
import { growthSignal } from './growth';
import { marketFitSignal } from './market-fit';
import { provisionalReasons } from './provisional';
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
    provisional: false,
    ...partial,
  };
}

/**
 * Weighted mean of the judged sub-scores and the share of the weight they hold. Compliance is only
 * judged when a claim is found, so it can only lower the score: it counts at most at the mean of
 * the others (a clean text would otherwise be a pass, and a claim could raise a weak creator's score).
 */
function weightedMean(scores: ReadonlyMap<SubScore['id'], number | null>, leaveOut: SubScore['id'] | null = null): { mean: number | null; weight: number } {
  let weighted = 0;
  let weight = 0;
  for (const [id, score] of scores) {
    if (score === null || id === 'compliance' || id === leaveOut) continue;
    weighted += score * SUB_SCORE_WEIGHTS[id];
    weight += SUB_SCORE_WEIGHTS[id];
  }
  const compliance = leaveOut === 'compliance' ? null : (scores.get('compliance') ?? null);
  if (compliance !== null) {
    const others = weight > 0 ? weighted / weight : compliance;
    weighted += Math.min(compliance, others) * SUB_SCORE_WEIGHTS.compliance;
    weight += SUB_SCORE_WEIGHTS.compliance;
  }
  return { mean: weight > 0 ? weighted / weight : null, weight };
}

/** The cap a risk flag sets, named after what it is about. */
function capOf(f: Flag): ScoreCap | null {
  if (f.severity !== 'risk') return null;
  const id: ScoreCap['id'] =
    f.id === 'account-for-sale' ? 'account-sale' : f.id === 'inactive' ? 'dormancy' : f.pitfall === 'P1' ? 'fraud' : f.pitfall === 'P2' ? 'compliance' : 'risk';
  return { id, limit: SCORE_CAPS[id], flagId: f.id };
}

/**
 * The assessment of one creator: a pure function of the merchant's visits (snapshots, oldest
 * first, newest last), the settings and the time. Every figure names its formula and inputs; every
 * flag its evidence and pitfall. Sub-scores whose inputs are absent are null and left out of the
 * score (never counted as a pass); the score is their weighted mean under the caps its risk flags
 * set (fraud, dormancy, compliance, account sale), each named in `breakdown`. When the data cannot
 * support a grade the verdict is provisional: a score without a letter, with what is missing.
 * "Not enough data" is status 'insufficient' with a reason, never a low score.
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
  const rates = withAffiliateEngagement(engagementRates(sample, followers), latest, followers.value);

  const growth = growthSignal(snapshots, t);
  const affiliate = affiliateSignals(latest, t);
  const account = accountSignals(latest, followers);
  const compliance = complianceSignal(latest);
  const signals: Record<SubScore['id'], SignalResult> = {
    authenticity: authenticitySignal({ followers, following, likes, videos, sample, rates, growthFlags: [...growth.flags, ...affiliate.flags] }, t),
    engagement: engagementSignal(rates, sample, followers),
    activity: activitySignal(latest, sample, videos, t),
    consistency: consistencySignal(sample, t),
    commerceFit: commerceFitSignal(latest, settings, t),
    compliance,
    marketFit: marketFitSignal(latest, settings),
  };

  const figures: Figure[] = [];
  const flags: Flag[] = [];
  const subScores: SubScore[] = [];
  const scores = new Map<SubScore['id'], number | null>();
  let totalWeight = 0;
  for (const id of SUB_SCORE_ORDER) {
    const s = signals[id];
    const weight = SUB_SCORE_WEIGHTS[id];
    figures.push(...s.figures);
    flags.push(...s.flags);
    subScores.push({ id, score: s.score, weight });
    scores.set(id, s.score);
    totalWeight += weight;
  }
  figures.push(...growth.figures, ...affiliate.figures, ...account.figures);
  flags.push(...account.flags, ...(context.outcomeFlags ?? []));

  const confidence = confidenceOf(latest, sample);
  const caveats = caveatsOf(latest, sample, followers, [following, likes, videos], confidence, now);
  const { mean: base, weight: judgedWeight } = weightedMean(scores);
  const coverage = round(judgedWeight / totalWeight, 3);
  const reasons = provisionalReasons(latest, sample, confidence);
  const partial = { tier, merchantTier, subScores, figures, flags, caveats, coverage, claimHits: compliance.hits, provisionalReasons: reasons };

  const judged = CORE_SUB_SCORES.some((id) => signals[id].score !== null);
  if (!judged || base === null) return insufficient(now, 'nothing-judgeable', partial);

  const caps: ScoreCap[] = [];
  const authenticity = signals.authenticity.score;
  if (authenticity !== null && authenticity + AUTHENTICITY_CAP_MARGIN < 100) {
    caps.push({ id: 'authenticity', limit: authenticity + AUTHENTICITY_CAP_MARGIN, flagId: '' });
  }
  for (const f of flags) {
    const cap = capOf(f);
    if (cap && !caps.some((c) => c.id === cap.id)) caps.push(cap);
  }
  let score = base;
  for (const cap of caps) score = Math.min(score, cap.limit);
  score = Math.round(Math.min(100, Math.max(0, score)));
  const provisional = reasons.length > 0;

  return {
    status: 'ok',
    score,
    grade: provisional ? null : gradeOf(score),
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
    provisional,
    provisionalReasons: reasons,
    breakdown: {
      base: round(base, 1),
      caps: caps.filter((c) => c.limit < base),
      settingEffects: [...settingEffects(scores, base, settings), ...thresholdEffect(snapshots, settings, now, context, score)],
    },
  };
}

/**
 * When the merchant's thresholds differ from the defaults: how far they moved the score (the
 * assessment under the default thresholds, same everything else). Only then is it computed twice.
 */
function thresholdEffect(snapshots: readonly CreatorSnapshot[], settings: Settings, now: number, context: AssessContext, score: number): SettingEffect[] {
  if (settings.thresholds === DEFAULT_SETTINGS.thresholds) return [];
  const given = resolveThresholds(settings);
  const defaults = resolveThresholds(DEFAULT_SETTINGS);
  if ((Object.keys(defaults) as (keyof typeof defaults)[]).every((k) => given[k] === defaults[k])) return [];
  const other = assess(snapshots, { ...settings, thresholds: DEFAULT_SETTINGS.thresholds }, now, context).score;
  return other === null || other === score ? [] : [{ setting: 'thresholds', subScore: '', points: score - other }];
}

/**
 * The settings that moved the score: market fit exists only with a target market, the category
 * part of commerce fit only with a category. Each effect is the base with the sub-score minus the
 * base without it.
 */
function settingEffects(scores: ReadonlyMap<SubScore['id'], number | null>, base: number, settings: Settings): SettingEffect[] {
  const effects: SettingEffect[] = [];
  const without = (id: SubScore['id']): number | null => weightedMean(scores, id).mean;
  const pairs: [SettingEffect['setting'], SubScore['id'], boolean][] = [
    ['targetMarket', 'marketFit', settings.targetMarket !== null],
    ['category', 'commerceFit', settings.category !== null],
  ];
  for (const [setting, subScore, set] of pairs) {
    if (!set || scores.get(subScore) == null) continue;
    const other = without(subScore);
    if (other === null) continue;
    const points = round(base - other, 1);
    if (points !== 0) effects.push({ setting, subScore, points });
  }
  return effects;
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

function withAffiliateEngagement(rates: EngagementRates, snapshot: CreatorSnapshot, followers: number): EngagementRates {
  const c = snapshot.commerce;
  const rate = c?.engagementRate;
  if (rates.perView !== null || typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) return rates;
  const medianViews = c?.medianViews;
  // The page states engagement per view; per follower follows from its median views.
  const perFollower = typeof medianViews === 'number' && Number.isFinite(medianViews) && followers > 0 ? (rate * medianViews) / followers : null;
  return { ...rates, perView: rate, perFollower, perFollowerHigh: perFollower };
}

export function gradeOf(score: number): 'A' | 'B' | 'C' | 'D' | 'E' {
  if (score >= GRADE_BOUNDS.A) return 'A';
  if (score >= GRADE_BOUNDS.B) return 'B';
  if (score >= GRADE_BOUNDS.C) return 'C';
  if (score >= GRADE_BOUNDS.D) return 'D';
  return 'E';
}
