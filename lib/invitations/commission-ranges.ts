/**
 * Usual commission ranges per category, in percent. TikTok publishes no averages: these are the
 * widest span of the third-party estimates in research/market.md ("Typical commission rates").
 */
export interface CommissionRange {
  low: number;
  high: number;
  sources: readonly string[];
}

const EARNFACTS = 'https://earnfacts.com/tiktok-shop-affiliate-commission-rates/';
const CALC = 'https://calculatecreator.com/reference/shop-commission-rates';
const SOCIALTALE = 'https://socialtale.co/blog/tiktok-shop-commission-benchmarks';
const HUBFLUENCE = 'https://www.hubfluence.io/resources/glossary/affiliate-commission';
const REKAP = 'https://www.rekapcepat.id/blog/berapa-komisi-affiliate-ideal-seller-tiktok-shop';

export const COMMISSION_RANGES: Readonly<Record<string, CommissionRange>> = {
  beauty: { low: 8, high: 30, sources: [EARNFACTS, CALC, SOCIALTALE, HUBFLUENCE, REKAP] },
  health: { low: 10, high: 25, sources: [CALC, SOCIALTALE, REKAP] },
  supplements: { low: 15, high: 30, sources: [EARNFACTS, SOCIALTALE, HUBFLUENCE] },
  fashion: { low: 5, high: 22, sources: [EARNFACTS, CALC, SOCIALTALE, HUBFLUENCE, REKAP] },
  home: { low: 5, high: 20, sources: [EARNFACTS, CALC, SOCIALTALE, HUBFLUENCE] },
  electronics: { low: 2, high: 15, sources: [EARNFACTS, CALC, SOCIALTALE, REKAP] },
  food: { low: 5, high: 18, sources: [SOCIALTALE, REKAP] },
  pet: { low: 8, high: 22, sources: [CALC, SOCIALTALE] },
  baby: { low: 8, high: 18, sources: [CALC, REKAP] },
  toys: { low: 8, high: 15, sources: [CALC] },
  sports: { low: 6, high: 12, sources: [CALC] },
  books: { low: 4, high: 10, sources: [CALC] },
  digital: { low: 15, high: 50, sources: [REKAP] },
};

export const CATEGORIES = Object.keys(COMMISSION_RANGES);

/**
 * Points above a category's usual top before a rate is "well above" it. Hubfluence puts targeted or
 * hero-creator offers 5–10 points above the base rate, so anything beyond +10 is out of the norm.
 */
export const HIGH_MARGIN_POINTS = 10;

/** Without a category: the highest usual top of the everyday categories (30 %) plus the margin. */
export const UNKNOWN_CATEGORY_HIGH = 30;

/** The rate above which a commission is warned as "too high can trigger risk control". */
export function highCommissionThreshold(category: string | null): number {
  const range = category ? COMMISSION_RANGES[category] : undefined;
  return (range?.high ?? UNKNOWN_CATEGORY_HIGH) + HIGH_MARGIN_POINTS;
}
