import type { Collaboration, CollaborationResult } from './collaboration';
import { aggregateResults } from './metrics';
import { toLocal } from './zoned-time';

export interface RoiPoint {
  /** "2026-03", the month in the merchant's time zone. */
  month: string;
  /** Σ(GMV − refunds) ÷ Σcost of the month's results; null when it cannot be computed. */
  roi: number | null;
  results: number;
}

export interface RoiSeries {
  /** The currency charted: the one with the most results (amounts are never mixed across currencies). */
  currency: string | null;
  points: RoiPoint[];
}

/** ROI month by month over a set of collaborations (a creator, a list, all), for the dashboard chart. */
export function roiSeries(collaborations: readonly Collaboration[], timeZone: string): RoiSeries {
  const results = collaborations.flatMap((c) => c.results);
  const perCurrency = new Map<string, number>();
  for (const r of results) perCurrency.set(r.currency, (perCurrency.get(r.currency) ?? 0) + 1);
  const currency = [...perCurrency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  if (currency === null) return { currency, points: [] };
  const byMonth = new Map<string, CollaborationResult[]>();
  for (const r of results) {
    if (r.currency !== currency) continue;
    const local = toLocal(r.date, timeZone);
    const month = `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}`;
    const list = byMonth.get(month) ?? [];
    list.push(r);
    byMonth.set(month, list);
  }
  const points = [...byMonth.keys()].sort().map((month) => {
    const list = byMonth.get(month) ?? [];
    const totals = aggregateResults(list)[0];
    return { month, roi: totals?.roi.value ?? null, results: list.length };
  });
  return { currency, points };
}
