import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Settings, Thresholds } from '../schemas/settings';
import { figure, flag, mean, round, type SignalResult } from './signal';

/** Component points of commerce fit (Vettok defaults; the flags carry the evidence). */
export const COMMERCE_POINTS = {
  categoryMatch: 100,
  categoryMismatch: 40,
  gmvShown: 100,
  lowGpm: 40,
} as const;

function categoriesOf(snapshot: CreatorSnapshot): string[] {
  const out = new Set<string>();
  if (snapshot.commerceCategory) out.add(snapshot.commerceCategory);
  for (const c of snapshot.commerce?.categories ?? []) if (c) out.add(c);
  return [...out];
}

function sameCategory(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

const finite = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/**
 * Commerce fit (P10, PRODUCT.md §4): category against the merchant's, and GMV/GPM/units where the
 * Affiliate Center shows them. Judged only with one of them: the commerce-account switch alone is
 * a note, not a pass. GMV is never taken at face value: it comes
 * without refunds/returns, and high views with low GPM mean exposure that does not sell.
 */
export function commerceFitSignal(snapshot: CreatorSnapshot, settings: Settings, t: Thresholds): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const parts: number[] = [];

  // The commerce-account switch alone says nothing about selling: it is shown, never scored.
  if (snapshot.commerceUser === false) result.flags.push(flag('not-commerce-account', 'P10', 'info', { commerceUser: false }));

  const categories = categoriesOf(snapshot);
  if (settings.category && categories.length > 0) {
    const match = categories.some((c) => sameCategory(c, settings.category!));
    parts.push(match ? COMMERCE_POINTS.categoryMatch : COMMERCE_POINTS.categoryMismatch);
    if (!match) {
      result.flags.push(
        flag('category-mismatch', 'P10', 'warn', { category: settings.category, creatorCategories: categories.slice(0, 5).join(', ') }),
      );
    }
  }

  const c = snapshot.commerce;
  if (c) {
    const gmv = finite(c.gmv);
    const gmvLow = finite(c.gmvLow);
    const gmvHigh = finite(c.gmvHigh);
    const units = finite(c.unitsSold);
    const gpm = finite(c.gpm);
    const medianViews = finite(c.medianViews);
    const currency = c.currency ?? null;
    const anyGmv = gmv !== null || gmvLow !== null || gmvHigh !== null;
    if (anyGmv) {
      result.figures.push(figure('gmv', gmv ?? gmvLow, { gmv, gmvLow, gmvHigh, currency }));
      const shown = gmv ?? gmvLow;
      result.flags.push(flag('gmv-without-refunds', 'P10', 'info', { gmv: shown === null ? null : Math.round(shown), gmvHigh, currency }));
    }
    if (gmv !== null && units !== null && units > 0) {
      result.figures.push(figure('averageOrderValue', round(gmv / units, 2), { gmv, unitsSold: units, currency }));
    }
    if (gpm !== null) {
      result.figures.push(figure('gpm', gpm, { gpm, medianViews, currency }));
      const low = t.minGpm !== null && gpm < t.minGpm && medianViews !== null;
      if (low) {
        result.flags.push(flag('high-views-low-gpm', 'P10', 'warn', { gpm, threshold: t.minGpm, medianViews, currency }));
      }
      parts.push(low ? COMMERCE_POINTS.lowGpm : COMMERCE_POINTS.gmvShown);
    } else if (anyGmv) {
      parts.push(COMMERCE_POINTS.gmvShown);
    }
  }

  const m = mean(parts);
  result.score = m === null ? null : round(m, 1);
  return result;
}
