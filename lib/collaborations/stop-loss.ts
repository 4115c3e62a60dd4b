import type { Collaboration, CollaborationResult, StopLoss } from './collaboration';
import { roi, totalCost } from './metrics';

/**
 * The stop-loss rule (P9, seed: "设定ROI阈值，连续两场不达标即终止合作"): N consecutive results, in
 * date order, with ROI below the collaboration's threshold raise the terminate flag.
 *
 * Decisions:
 * - Below means strictly below. An ROI equal to the threshold meets it. Equality allows a relative
 *   tolerance of 1e-9 so that decimal money (0.3 ÷ 0.1 = 2.9999999999999996) does not turn a tie
 *   into a miss.
 * - A result with no ROI (GMV or every cost part blank, or zero cost with nothing earned) is
 *   "unknown": it neither counts as a miss nor breaks a run of misses. Typing a cost later can only
 *   turn it into a miss (extends the run) or a hit (breaks it). A run that stopped on every blank
 *   cost would never fire while the merchant is behind with data entry.
 * - Zero cost with something earned (GMV − refunds > 0) is a hit: any return on nothing spent
 *   clears any threshold.
 * - Results are ordered by date, then by entry order (`seq`, then their place in the list), so
 *   results entered for the same date are read in the order the merchant entered them.
 * - Once a run of N misses has happened, the flag stays (later hits do not erase it): the merchant
 *   decides, and the evidence is the first such run. The trailing run is reported too.
 * - Results in another currency than the first are still comparable: ROI is a ratio.
 */

export type Verdict = 'below' | 'meets' | 'unknown';

export interface ResultVerdict {
  resultId: string;
  date: number;
  roi: number | null;
  verdict: Verdict;
}

export type StopLossEvaluation =
  | { status: 'off'; reason: 'no-threshold'; verdicts: ResultVerdict[] }
  | {
      status: 'ok' | 'terminate';
      threshold: number;
      consecutiveCount: number;
      verdicts: ResultVerdict[];
      /** The first run of `consecutiveCount` misses (unknowns between them are listed too). */
      evidence: ResultVerdict[];
      /** Misses since the last hit. */
      trailingMisses: number;
      /** Date of the result that completed the run; null when status is ok. */
      triggeredAt: number | null;
    };

const TOLERANCE = 1e-9;

export function verdictOf(result: CollaborationResult, threshold: number): ResultVerdict {
  const metric = roi(result);
  const base = { resultId: result.id, date: result.date, roi: metric.value };
  if (metric.value === null) {
    const cost = totalCost(result.costs);
    const net = result.gmv === null ? null : result.gmv - (result.refunds ?? 0);
    const earnedForFree = cost === 0 && net !== null && net > 0;
    return { ...base, verdict: earnedForFree ? 'meets' : 'unknown' };
  }
  const tie = Math.abs(metric.value - threshold) <= TOLERANCE * Math.max(1, Math.abs(threshold));
  return { ...base, verdict: !tie && metric.value < threshold ? 'below' : 'meets' };
}

/**
 * Results in the order the rule reads them: by date, then by entry order (`seq`; the sort is stable,
 * so results without a sequence keep their place in the list, which is their entry order).
 */
export function inDateOrder(results: readonly CollaborationResult[]): CollaborationResult[] {
  return [...results].sort((a, b) => a.date - b.date || a.seq - b.seq);
}

/** The sequence number the next result entered into `results` gets. */
export function nextResultSeq(results: readonly CollaborationResult[]): number {
  return results.reduce((max, r) => Math.max(max, r.seq), results.length === 0 ? 0 : results.length) + 1;
}

export function evaluateStopLoss(
  results: readonly CollaborationResult[],
  rule: StopLoss,
): StopLossEvaluation {
  const ordered = inDateOrder(results);
  if (rule.roiThreshold === null) {
    return { status: 'off', reason: 'no-threshold', verdicts: ordered.map((r) => verdictOf(r, 0)) };
  }
  const threshold = rule.roiThreshold;
  const n = Math.max(1, Math.floor(rule.consecutiveCount));
  const verdicts = ordered.map((r) => verdictOf(r, threshold));

  let run: ResultVerdict[] = [];
  let misses = 0;
  let evidence: ResultVerdict[] = [];
  let triggeredAt: number | null = null;
  for (const v of verdicts) {
    if (v.verdict === 'meets') {
      run = [];
      misses = 0;
      continue;
    }
    if (v.verdict === 'unknown') {
      if (misses > 0) run.push(v);
      continue;
    }
    run.push(v);
    misses += 1;
    if (misses === n && triggeredAt === null) {
      evidence = [...run];
      triggeredAt = v.date;
    }
  }
  return {
    status: triggeredAt === null ? 'ok' : 'terminate',
    threshold,
    consecutiveCount: n,
    verdicts,
    evidence,
    trailingMisses: misses,
    triggeredAt,
  };
}

/** The rule applied to a collaboration's own results and threshold. */
export function evaluateCollaborationStopLoss(collaboration: Collaboration): StopLossEvaluation {
  return evaluateStopLoss(collaboration.results, collaboration.stopLoss);
}
