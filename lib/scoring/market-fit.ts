import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import type { Market, Settings } from '../schemas/settings';
import { figure, flag, round, type SignalResult } from './signal';

/**
 * Languages a creator in each market plausibly uses (ISO 639-1). Vettok default from the markets
 * PRODUCT.md §1 names; MY/SG/PH are multilingual.
 */
export const MARKET_LANGUAGES: Readonly<Record<Market, readonly string[]>> = {
  ID: ['id'],
  TH: ['th'],
  VN: ['vi'],
  MY: ['ms', 'en', 'zh'],
  PH: ['en', 'tl', 'fil'],
  SG: ['en', 'zh', 'ms', 'ta'],
  GB: ['en'],
  US: ['en', 'es'],
};

/**
 * Weight of each piece of evidence in market fit. The creator's app language is the weakest (it is
 * often left at a default); audience location (Affiliate Center) is the strongest (Growi: majority
 * audience in the target region, market.md §3). Vettok defaults.
 */
export const MARKET_EVIDENCE_WEIGHTS = { audience: 3, region: 2, videoLocation: 2, captionLanguage: 2, appLanguage: 1 } as const;

/** Below this share of agreeing evidence, a per-source flag is raised. */
export const MARKET_MISMATCH_SHARE = 0.5;
/** Video-based shares need at least this many videos carrying the field. */
export const MIN_VIDEOS_FOR_MARKET = 3;

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

const baseLanguages = new Map<string, string>();

function baseLanguage(code: string): string {
  let base = baseLanguages.get(code);
  if (base === undefined) {
    base = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (baseLanguages.size < 1_000) baseLanguages.set(code, base);
  }
  return base;
}

const UNKNOWN_LANGUAGES = new Set(['', 'un', 'und']);

function topKey(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

function addEvidence(acc: { weight: number; agree: number }, weight: number, share: number): void {
  acc.weight += weight;
  acc.agree += weight * share;
}

/** Market fit (P8): creator language/region, video locationCreated and textLanguage vs the target market. */
export function marketFitSignal(snapshot: CreatorSnapshot, settings: Settings): SignalResult {
  const result: SignalResult = { score: null, figures: [], flags: [] };
  const market = settings.targetMarket;
  if (!market) return result;
  const langs = MARKET_LANGUAGES[market];

  const acc = { weight: 0, agree: 0 };
  const inputs: Record<string, number | string | null> = { market };

  // Audience locations are countries only when keyed by country code; the Affiliate Center keys
  // them by province or state ("HA NOI") within the creator's own marketplace, which the region says.
  const audience = (snapshot.commerce?.audienceLocations ?? []).filter((l) => COUNTRY_CODE.test(l.key));
  if (audience.length > 0) {
    const total = audience.reduce((a, l) => a + (Number.isFinite(l.share) && l.share > 0 ? l.share : 0), 0);
    const mine = audience.filter((l) => l.key.toUpperCase() === market).reduce((a, l) => a + (Number.isFinite(l.share) && l.share > 0 ? l.share : 0), 0);
    if (total > 0) {
      const share = mine / total;
      addEvidence(acc, MARKET_EVIDENCE_WEIGHTS.audience, share);
      inputs['audienceShare'] = round(share);
      if (share < MARKET_MISMATCH_SHARE) {
        result.flags.push(flag('audience-elsewhere', 'P8', 'warn', { audienceShare: round(share * 100, 1), market, threshold: MARKET_MISMATCH_SHARE * 100 }));
      }
    }
  }

  if (snapshot.region) {
    const region = snapshot.region.toUpperCase();
    const match = region === market || (market === 'GB' && region === 'UK');
    addEvidence(acc, MARKET_EVIDENCE_WEIGHTS.region, match ? 1 : 0);
    inputs['region'] = region;
    if (!match) result.flags.push(flag('region-mismatch', 'P8', 'warn', { region, market }));
  }

  const locations = snapshot.recentVideos.map((v) => v.locationCreated?.toUpperCase() ?? '').filter((l) => l.length > 0);
  if (locations.length >= MIN_VIDEOS_FOR_MARKET) {
    const share = locations.filter((l) => l === market || (market === 'GB' && l === 'UK')).length / locations.length;
    addEvidence(acc, MARKET_EVIDENCE_WEIGHTS.videoLocation, share);
    inputs['videoLocationShare'] = round(share);
    if (share < MARKET_MISMATCH_SHARE) {
      result.flags.push(
        flag('videos-elsewhere', 'P8', 'warn', { share: round(share * 100, 1), market, topLocation: topKey(locations), videos: locations.length }),
      );
    }
  }

  const textLangs = snapshot.recentVideos.map((v) => baseLanguage(v.textLanguage ?? '')).filter((l) => !UNKNOWN_LANGUAGES.has(l));
  if (textLangs.length >= MIN_VIDEOS_FOR_MARKET) {
    const share = textLangs.filter((l) => langs.includes(l)).length / textLangs.length;
    addEvidence(acc, MARKET_EVIDENCE_WEIGHTS.captionLanguage, share);
    inputs['captionLanguageShare'] = round(share);
    if (share < MARKET_MISMATCH_SHARE) {
      result.flags.push(
        flag('caption-language-mismatch', 'P8', 'warn', {
          share: round(share * 100, 1),
          market,
          topLanguage: topKey(textLangs),
          expected: langs.join(', '),
          videos: textLangs.length,
        }),
      );
    }
  }

  if (snapshot.language && !UNKNOWN_LANGUAGES.has(baseLanguage(snapshot.language))) {
    const language = baseLanguage(snapshot.language);
    const match = langs.includes(language);
    addEvidence(acc, MARKET_EVIDENCE_WEIGHTS.appLanguage, match ? 1 : 0);
    inputs['appLanguage'] = language;
    if (!match) result.flags.push(flag('app-language-mismatch', 'P8', 'info', { language, market, expected: langs.join(', ') }));
  }

  if (acc.weight > 0) {
    const score = round((acc.agree / acc.weight) * 100, 1);
    inputs['evidenceWeight'] = acc.weight;
    result.figures.push(figure('marketFit', score, inputs));
    result.score = score;
  }
  return result;
}
