import type { Figure } from '../schemas/assessment';
import type { Collaboration, CollaborationResult, Costs } from './collaboration';
import { toLocal } from './zoned-time';

/**
 * ROI and GPM of a result, of a collaboration and of a creator over time. Each figure carries its
 * formula key and inputs (shown next to it), and is null with a reason instead of NaN or Infinity.
 *
 *   ROI = (GMV − refunds) ÷ cost, cost = commission + fee + sample + shipping
 *   GPM = GMV ÷ views × 1,000 (gross GMV, as TikTok Shop ranks creators; research/market.md)
 *
 * Missing values: a blank GMV, or all four cost parts blank, gives no ROI. Blank cost parts next
 * to an entered one count as 0 (a commission-only deal has no fee). Blank refunds count as 0 and
 * mark the ROI provisional: it can only fall once refunds are entered, so a provisional ROI below
 * the stop-loss threshold is a real miss.
 */

export const FORMULA_ROI = 'collab.formula.roi';
export const FORMULA_GPM = 'collab.formula.gpm';

export type MetricReason =
  | 'missing-gmv'
  | 'missing-cost'
  | 'zero-cost'
  | 'missing-views'
  | 'zero-views'
  | 'out-of-range';

export const REASON_KEYS: Record<MetricReason, string> = {
  'missing-gmv': 'collab.reason.missing-gmv',
  'missing-cost': 'collab.reason.missing-cost',
  'zero-cost': 'collab.reason.zero-cost',
  'missing-views': 'collab.reason.missing-views',
  'zero-views': 'collab.reason.zero-views',
  'out-of-range': 'collab.reason.out-of-range',
};

/** A figure as the assessment shows it, plus why its value is null and whether it may still fall. */
export interface Metric extends Figure {
  reason: MetricReason | null;
  /** ROI computed with refunds not (all) entered. Always false for GPM. */
  provisional: boolean;
}

/** Sum of the entered cost parts; null when none was entered. */
export function totalCost(costs: Costs): number | null {
  const parts = [costs.commission, costs.fee, costs.sample, costs.shipping].filter((v): v is number => v !== null);
  return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0);
}

interface RoiInputs {
  gmv: number | null;
  refunds: number | null;
  refundsComplete: boolean;
  cost: number | null;
  extra: Figure['inputs'];
}

function roiFrom(id: string, { gmv, refunds, refundsComplete, cost, extra }: RoiInputs): Metric {
  const inputs = { gmv, refunds, cost, ...extra };
  const base = { id, formulaKey: FORMULA_ROI, inputs, provisional: !refundsComplete };
  if (cost === null) return { ...base, value: null, reason: 'missing-cost' };
  if (cost === 0) return { ...base, value: null, reason: 'zero-cost' };
  if (gmv === null) return { ...base, value: null, reason: 'missing-gmv' };
  const value = (gmv - (refunds ?? 0)) / cost;
  if (!Number.isFinite(value)) return { ...base, value: null, reason: 'out-of-range' };
  return { ...base, value, reason: null };
}

function gpmFrom(id: string, gmv: number | null, views: number | null, extra: Figure['inputs']): Metric {
  const base = { id, formulaKey: FORMULA_GPM, inputs: { gmv, views, ...extra }, provisional: false };
  if (gmv === null) return { ...base, value: null, reason: 'missing-gmv' };
  if (views === null) return { ...base, value: null, reason: 'missing-views' };
  if (views === 0) return { ...base, value: null, reason: 'zero-views' };
  const value = (gmv / views) * 1000;
  if (!Number.isFinite(value)) return { ...base, value: null, reason: 'out-of-range' };
  return { ...base, value, reason: null };
}

/** ROI = (GMV − refunds) ÷ cost of one result. */
export function roi(result: CollaborationResult): Metric {
  const c = result.costs;
  return roiFrom('roi', {
    gmv: result.gmv,
    refunds: result.refunds,
    refundsComplete: result.refunds !== null,
    cost: totalCost(c),
    extra: {
      commission: c.commission,
      fee: c.fee,
      sample: c.sample,
      shipping: c.shipping,
      currency: result.currency,
    },
  });
}

/** GPM = GMV ÷ views × 1,000 of one result. */
export function gpm(result: CollaborationResult): Metric {
  return gpmFrom('gpm', result.gmv, result.views, { currency: result.currency });
}

/** Totals of results in one currency (amounts in different currencies are never added). */
export interface ResultTotals {
  currency: string;
  results: number;
  /** Sums over the results where the figure was entered. */
  views: number;
  orders: number;
  gmv: number;
  refunds: number;
  cost: number;
  /** Σ(GMV − refunds) ÷ Σcost over the results with GMV and a cost entered (counted in inputs). */
  roi: Metric;
  /** ΣGMV ÷ Σviews × 1,000 over the results with both GMV and views above 0. */
  gpm: Metric;
}

/** A span of time: from inclusive, to exclusive; either end may be open. */
export interface Window {
  from?: number;
  to?: number;
}

const inWindow = (date: number, window: Window): boolean =>
  (window.from === undefined || date >= window.from) && (window.to === undefined || date < window.to);

const sum = (values: readonly (number | null)[]): number =>
  values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** Totals per currency, sorted by currency code. */
export function aggregateResults(results: readonly CollaborationResult[], window: Window = {}): ResultTotals[] {
  const byCurrency = new Map<string, CollaborationResult[]>();
  for (const r of results) {
    if (!inWindow(r.date, window)) continue;
    const list = byCurrency.get(r.currency) ?? [];
    list.push(r);
    byCurrency.set(r.currency, list);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, list]) => totalsOf(currency, list));
}

function totalsOf(currency: string, list: readonly CollaborationResult[]): ResultTotals {
  const costs = list.map((r) => totalCost(r.costs));
  // A zero-cost result with GMV adds revenue for nothing: it belongs in the collaboration's ROI.
  const forRoi = list.filter((r, i) => r.gmv !== null && costs[i] !== null);
  const forGpm = list.filter((r) => r.gmv !== null && r.views !== null && r.views > 0);
  const roiCost = forRoi.length === 0 ? null : sum(forRoi.map((r) => totalCost(r.costs)));
  const aggregateRoi = roiFrom('roi', {
    gmv: forRoi.length === 0 ? null : sum(forRoi.map((r) => r.gmv)),
    refunds: sum(forRoi.map((r) => r.refunds)),
    refundsComplete: forRoi.every((r) => r.refunds !== null),
    cost: roiCost,
    extra: { currency, included: forRoi.length, excluded: list.length - forRoi.length },
  });
  // With no result to include, say why: the first result's own reason is the honest summary.
  const first = list[0];
  const roiMetric = forRoi.length === 0 && first ? { ...aggregateRoi, reason: roi(first).reason } : aggregateRoi;
  const aggregateGpm = gpmFrom(
    'gpm',
    forGpm.length === 0 ? null : sum(forGpm.map((r) => r.gmv)),
    forGpm.length === 0 ? null : sum(forGpm.map((r) => r.views)),
    { currency, included: forGpm.length, excluded: list.length - forGpm.length },
  );
  const gpmMetric = forGpm.length === 0 && first ? { ...aggregateGpm, reason: gpm(first).reason } : aggregateGpm;
  return {
    currency,
    results: list.length,
    views: sum(list.map((r) => r.views)),
    orders: sum(list.map((r) => r.orders)),
    gmv: sum(list.map((r) => r.gmv)),
    refunds: sum(list.map((r) => r.refunds)),
    cost: sum(costs),
    roi: roiMetric,
    gpm: gpmMetric,
  };
}

/** Totals of one collaboration's results. */
export function aggregateCollaboration(collaboration: Collaboration, window: Window = {}): ResultTotals[] {
  return aggregateResults(collaboration.results, window);
}

/** Totals of every collaboration with one creator (handles compared case-insensitively). */
export function aggregateCreator(
  collaborations: readonly Collaboration[],
  handle: string,
  window: Window = {},
): ResultTotals[] {
  return aggregateResults(resultsOfCreator(collaborations, handle), window);
}

export function resultsOfCreator(collaborations: readonly Collaboration[], handle: string): CollaborationResult[] {
  const key = normaliseHandle(handle);
  return collaborations.filter((c) => normaliseHandle(c.creatorHandle) === key).flatMap((c) => c.results);
}

/** "@Foo " and "foo" are the same creator. */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

export interface MonthTotals {
  /** "2026-03", the month in the merchant's time zone. */
  month: string;
  totals: ResultTotals[];
}

/** A creator's results month by month (in the merchant's time zone), oldest first. */
export function creatorTimeline(
  collaborations: readonly Collaboration[],
  handle: string,
  timeZone: string,
): MonthTotals[] {
  const byMonth = new Map<string, CollaborationResult[]>();
  for (const r of resultsOfCreator(collaborations, handle)) {
    const local = toLocal(r.date, timeZone);
    const month = `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}`;
    const list = byMonth.get(month) ?? [];
    list.push(r);
    byMonth.set(month, list);
  }
  return [...byMonth.keys()].sort().map((month) => ({ month, totals: aggregateResults(byMonth.get(month) ?? []) }));
}
