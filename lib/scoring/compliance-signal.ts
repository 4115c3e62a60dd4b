import { scanText } from '../compliance';
import type { ClaimCategory, ComplianceHit } from '../compliance';
import type { ClaimHit, Flag, Severity } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import { flag, penaltyScore, type SignalResult } from './signal';

/** Medical/guaranteed efficacy claims get content pulled outright; the others are warnings (market.md §Content policy). */
export const CLAIM_SEVERITY: Readonly<Record<ClaimCategory, Severity>> = {
  efficacy: 'risk',
  superlative: 'warn',
  price: 'warn',
  platform: 'warn',
};

/**
 * Scan results by text. A creator's bio and captions are re-assessed far more often than they
 * change (every render, every history recomputation, every shortlist re-score), and scanText is a
 * pure function of the text, so results are memoised. Bounded: cleared when full.
 */
const scanCache = new Map<string, readonly ComplianceHit[]>();
export const SCAN_CACHE_MAX = 50_000;

/**
 * No lexicon pattern can match across U+FFFF (it is neither a letter, a digit, a space nor a
 * separator any pattern accepts), so the texts that miss the memo are scanned in one call.
 */
const JOIN = '\uffff';

function scanAll(texts: readonly string[]): (readonly ComplianceHit[])[] {
  const results: (readonly ComplianceHit[])[] = new Array<readonly ComplianceHit[]>(texts.length);
  const misses: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const cached = scanCache.get(texts[i]!);
    if (cached !== undefined) results[i] = cached;
    else misses.push(i);
  }
  if (misses.length === 0) return results;
  if (misses.length === 1 || misses.some((i) => texts[i]!.includes(JOIN))) {
    for (const i of misses) results[i] = remember(texts[i]!, scanText(texts[i]!));
    return results;
  }
  const offsets: number[] = [];
  let joined = '';
  for (const i of misses) {
    offsets.push(joined.length);
    joined += texts[i]! + JOIN;
  }
  const perMiss: ComplianceHit[][] = misses.map(() => []);
  let k = 0;
  for (const h of scanText(joined)) {
    while (k + 1 < offsets.length && h.start >= offsets[k + 1]!) k++;
    const base = offsets[k]!;
    perMiss[k]!.push({ ...h, start: h.start - base, end: h.end - base });
  }
  misses.forEach((i, m) => {
    results[i] = remember(texts[i]!, perMiss[m]!);
  });
  return results;
}

function remember(text: string, hits: readonly ComplianceHit[]): readonly ComplianceHit[] {
  if (scanCache.size >= SCAN_CACHE_MAX) scanCache.clear();
  scanCache.set(text, hits);
  return hits;
}

/** Empties the scan memo (benchmarks measure cold scans with it). */
export function clearScanCache(): void {
  scanCache.clear();
}

export interface ComplianceResult extends SignalResult {
  hits: ClaimHit[];
}

/**
 * Compliance (P2): banned-claim hits in the bio and captions. One flag per (field, category) with
 * the first phrase found, its language and the number of hits; every hit is returned for
 * highlighting. Scored only when a claim is found: a clean text is left out, never counted as a pass.
 */
export function complianceSignal(snapshot: CreatorSnapshot): ComplianceResult {
  const hits: ClaimHit[] = [];
  const texts: { field: 'bio' | 'caption'; videoId: string | null; text: string }[] = [];
  if (typeof snapshot.bio === 'string') texts.push({ field: 'bio', videoId: null, text: snapshot.bio });
  for (const v of snapshot.recentVideos) if (typeof v.caption === 'string') texts.push({ field: 'caption', videoId: v.id, text: v.caption });
  if (texts.length === 0) return { score: null, figures: [], flags: [], hits };

  const scanned = scanAll(texts.map((t) => t.text));
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    for (const h of scanned[i]!) {
      hits.push({ field: t.field, videoId: t.videoId, entryId: h.entryId, phrase: h.phrase, start: h.start, end: h.end, language: h.language, category: h.category });
    }
  }
  const groups = new Map<string, ClaimHit[]>();
  for (const h of hits) {
    const key = `${h.field}|${h.category}`;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  const flags: Flag[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const category = first.category as ClaimCategory;
    const messageId = first.field === 'bio' ? 'banned-claim-bio' : 'banned-claim-captions';
    flags.push(
      flag(`${messageId}.${category}`, 'P2', CLAIM_SEVERITY[category], {
        phrase: first.phrase,
        language: first.language,
        category,
        hits: list.length,
        videos: new Set(list.map((h) => h.videoId)).size,
      }, messageId),
    );
  }
  // Text without a banned claim proves little (the scanner knows only its lexicon): no hit is not a pass.
  return { score: flags.length > 0 ? penaltyScore(flags) : null, figures: [], flags, hits };
}
