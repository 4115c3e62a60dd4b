import type { Flag } from '../schemas/assessment';
import { median } from '../scoring/signal';
import type { Collaboration, CollaborationResult } from './collaboration';
import { resolveTimeZone, samplePostingDueAt } from './deadlines';
import { gpm, normaliseHandle } from './metrics';
import { evaluateCollaborationStopLoss } from './stop-loss';

/**
 * P10 ("轻信GMV数据：高曝光低转化，退货率高") on the merchant's own results, and what happened with a
 * creator (P9 stop-loss, P4 sample never posted) as flags the creator's assessment can show.
 *
 * Thresholds. research/market.md documents GPM = GMV per 1,000 views as TikTok Shop's own conversion
 * ranking metric (Creator Ranking List, ID Seller University) but gives no published cut-off for a
 * "low" GPM or a "high" refund share, and GPM is in the result's currency (1 USD ≠ 1 IDR). So:
 * - low GPM is relative to the merchant's own results in the same currency (below half their median),
 *   unless the caller passes a floor per currency (a future setting); with fewer than 3 results to
 *   compare, and no floor, GPM is not judged;
 * - "high views" and "high refund share" are starting points, to become merchant settings like the
 *   thresholds in PRODUCT.md §4.
 */

/** Views at which a result counts as high exposure. Starting point (no published figure). */
export const HIGH_VIEWS_MIN = 10_000;
/** GPM below this share of the merchant's median GPM (same currency) is low. Starting point. */
export const LOW_GPM_SHARE_OF_MEDIAN = 0.5;
/** Results with a GPM needed before the median is a benchmark. */
export const MIN_GPM_BENCHMARK_RESULTS = 3;
/** Refunds ÷ GMV at or above this is a warning. Starting point (market.md: no published rate). */
export const HIGH_REFUND_SHARE = 0.3;
/** Refunds ÷ GMV at or above this is a risk. */
export const SEVERE_REFUND_SHARE = 0.5;

export interface CommerceFlagOptions {
  /** GPM floor per currency set by the merchant; replaces the median-based floor for that currency. */
  gpmFloor?: Readonly<Record<string, number>>;
}

export interface GpmFloor {
  floor: number;
  source: 'merchant' | 'median';
  median: number | null;
}

/** The GPM floor per currency from the merchant's results (all of them, every creator). */
export function gpmFloors(
  results: readonly CollaborationResult[],
  options: CommerceFlagOptions = {},
): Map<string, GpmFloor> {
  const byCurrency = new Map<string, number[]>();
  for (const r of results) {
    const value = gpm(r).value;
    if (value === null) continue;
    const values = byCurrency.get(r.currency);
    if (values) values.push(value);
    else byCurrency.set(r.currency, [value]);
  }
  const floors = new Map<string, GpmFloor>();
  for (const [currency, values] of byCurrency) {
    const m = median(values);
    if (m !== null && values.length >= MIN_GPM_BENCHMARK_RESULTS) {
      floors.set(currency, { floor: m * LOW_GPM_SHARE_OF_MEDIAN, source: 'median', median: m });
    }
  }
  for (const [currency, floor] of Object.entries(options.gpmFloor ?? {})) {
    if (Number.isFinite(floor) && floor >= 0) {
      floors.set(currency, { floor, source: 'merchant', median: floors.get(currency)?.median ?? null });
    }
  }
  return floors;
}

/** P10 flags of one result. */
export function resultFlags(
  collaboration: Collaboration,
  result: CollaborationResult,
  floors: ReadonlyMap<string, GpmFloor>,
): Flag[] {
  const flags: Flag[] = [];
  const base = { resultId: result.id, collaborationId: collaboration.id, currency: result.currency };
  const g = gpm(result).value;
  const floor = floors.get(result.currency);
  if (g !== null && floor && result.views !== null && result.views >= HIGH_VIEWS_MIN && g < floor.floor) {
    flags.push({
      id: `high-views-low-gpm:${result.id}`,
      pitfall: 'P10',
      severity: 'warn',
      evidence: {
        ...base,
        views: result.views,
        viewsMin: HIGH_VIEWS_MIN,
        gmv: result.gmv,
        gpm: g,
        gpmFloor: floor.floor,
        floorSource: floor.source,
        medianGpm: floor.median,
      },
      messageKey: 'collab.flag.high-views-low-gpm',
    });
  }
  if (result.gmv !== null && result.gmv > 0) {
    if (result.refunds === null) {
      flags.push({
        id: `gmv-without-refunds:${result.id}`,
        pitfall: 'P10',
        severity: 'info',
        evidence: { ...base, gmv: result.gmv },
        messageKey: 'collab.flag.gmv-without-refunds',
      });
    } else {
      const share = result.refunds / result.gmv;
      if (share >= HIGH_REFUND_SHARE) {
        flags.push({
          id: `high-refund-share:${result.id}`,
          pitfall: 'P10',
          severity: share >= SEVERE_REFUND_SHARE ? 'risk' : 'warn',
          evidence: {
            ...base,
            gmv: result.gmv,
            refunds: result.refunds,
            refundShare: share,
            refundPercent: Math.round(share * 1000) / 10,
            thresholdPercent: HIGH_REFUND_SHARE * 100,
          },
          messageKey: 'collab.flag.high-refund-share',
        });
      }
    }
  }
  return flags;
}

/** P10 flags of every result, each GPM judged against the merchant's results across all creators. */
export function commerceFlags(collaborations: readonly Collaboration[], options: CommerceFlagOptions = {}): Flag[] {
  const floors = gpmFloors(
    collaborations.flatMap((c) => c.results),
    options,
  );
  return collaborations.flatMap((c) => c.results.flatMap((r) => resultFlags(c, r, floors)));
}

/** The P9 flag of a collaboration: its stop-loss run, or the merchant ended it for low ROI. */
export function lowRoiFlag(collaboration: Collaboration): Flag | null {
  const evaluation = evaluateCollaborationStopLoss(collaboration);
  const byMerchant = collaboration.status === 'terminated' && collaboration.terminationReason === 'low-roi';
  const byRule = evaluation.status === 'terminate';
  if (!byMerchant && !byRule) return null;
  const evidence = evaluation.status === 'off' ? [] : evaluation.evidence;
  return {
    id: `terminated-low-roi:${collaboration.id}`,
    pitfall: 'P9',
    severity: 'risk',
    evidence: {
      collaborationId: collaboration.id,
      terminatedByMerchant: byMerchant,
      stopLossTriggered: byRule,
      threshold: evaluation.status === 'off' ? null : evaluation.threshold,
      consecutiveCount: evaluation.status === 'off' ? null : evaluation.consecutiveCount,
      resultIds: evidence.map((v) => v.resultId).join(', '),
      rois: evidence.map((v) => (v.roi === null ? '—' : v.roi.toFixed(2))).join(', '),
    },
    messageKey: byMerchant ? 'collab.flag.terminated-low-roi' : 'collab.flag.stop-loss-triggered',
  };
}

/**
 * The P4 flag of a collaboration: the sample was received, its posting deadline (with any
 * extension) has passed and nothing was published; or the merchant ended it for that reason.
 * A cancelled collaboration gives a warning rather than a risk: the merchant may have called it
 * off before the creator was due to post, and the record has no cancellation date to tell.
 */
export function sampleNeverPostedFlag(collaboration: Collaboration, now: number, timeZone: string): Flag | null {
  const dueAt = samplePostingDueAt(collaboration, timeZone);
  const posted = collaboration.dates.publishedAt !== null || collaboration.results.length > 0;
  const byDeadline = dueAt !== null && now >= dueAt && !posted;
  const byMerchant = collaboration.status === 'terminated' && collaboration.terminationReason === 'sample-not-posted';
  if (!byDeadline && !byMerchant) return null;
  return {
    id: `sample-never-posted:${collaboration.id}`,
    pitfall: 'P4',
    severity: collaboration.status === 'cancelled' ? 'warn' : 'risk',
    evidence: {
      collaborationId: collaboration.id,
      sampleReceivedAt: collaboration.dates.sampleReceivedAt,
      postingDueAt: dueAt,
      extensionDays: collaboration.sampleExtensionDays,
      daysOverdue: dueAt === null || now < dueAt ? null : Math.floor((now - dueAt) / 86_400_000),
      terminatedByMerchant: byMerchant,
      cancelled: collaboration.status === 'cancelled',
    },
    messageKey: 'collab.flag.sample-never-posted',
  };
}

export interface CreatorOutcome {
  handle: string;
  collaborations: number;
  terminatedForLowRoi: boolean;
  samplesNeverPosted: number;
  /** P9, P4 and P10 flags, most severe first. */
  flags: Flag[];
}

const SEVERITY_ORDER = { risk: 0, warn: 1, info: 2 } as const;

/**
 * What happened with a creator, for their profile the next time the merchant opens it. P10 flags
 * judge GPM against `allCollaborations` when given (the merchant's results with every creator).
 */
export function creatorOutcome(
  collaborations: readonly Collaboration[],
  handle: string,
  now: number,
  timeZone: string,
  options: CommerceFlagOptions & { allCollaborations?: readonly Collaboration[] } = {},
): CreatorOutcome {
  const key = normaliseHandle(handle);
  const mine = collaborations.filter((c) => normaliseHandle(c.creatorHandle) === key);
  const floors = gpmFloors((options.allCollaborations ?? collaborations).flatMap((c) => c.results), options);
  return outcomeOf(key, mine, now, resolveTimeZone(timeZone), floors);
}

function outcomeOf(
  handle: string,
  mine: readonly Collaboration[],
  now: number,
  zone: string,
  floors: ReadonlyMap<string, GpmFloor>,
): CreatorOutcome {
  const lowRoi = mine.map(lowRoiFlag).filter((f): f is Flag => f !== null);
  const neverPosted = mine.map((c) => sampleNeverPostedFlag(c, now, zone)).filter((f): f is Flag => f !== null);
  const p10 = mine.flatMap((c) => c.results.flatMap((r) => resultFlags(c, r, floors)));
  const flags = [...lowRoi, ...neverPosted, ...p10].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {
    handle,
    collaborations: mine.length,
    terminatedForLowRoi: lowRoi.length > 0,
    samplesNeverPosted: neverPosted.length,
    flags,
  };
}

/** Outcomes of every creator with a collaboration, keyed by normalised handle ("everywhere they appear"). */
export function outcomesByCreator(
  collaborations: readonly Collaboration[],
  now: number,
  timeZone: string,
  options: CommerceFlagOptions = {},
): Map<string, CreatorOutcome> {
  const zone = resolveTimeZone(timeZone);
  const floors = gpmFloors(
    collaborations.flatMap((c) => c.results),
    options,
  );
  const byHandle = new Map<string, Collaboration[]>();
  for (const c of collaborations) {
    const key = normaliseHandle(c.creatorHandle);
    const list = byHandle.get(key);
    if (list) list.push(c);
    else byHandle.set(key, [c]);
  }
  return new Map(
    [...byHandle.keys()].sort().map((h) => [h, outcomeOf(h, byHandle.get(h) ?? [], now, zone, floors)]),
  );
}
