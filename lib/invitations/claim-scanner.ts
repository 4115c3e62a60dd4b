import type { ClaimHit, ClaimScanner } from './lint';

/**
 * The banned-claims checker the app uses for invitation messages. This small list of absolute
 * claims (research/market.md, "Content policy") stands in until it delegates to lib/compliance's
 * `scanText`, the same checker the assessment uses; swapping it is a one-line change here.
 */
const PHRASES: readonly [phrase: string, language: string][] = [
  ['全网最低', 'zh'], ['全网第一', 'zh'], ['销量第一', 'zh'], ['第一品牌', 'zh'], ['最便宜', 'zh'], ['最好', 'zh'],
  ['No.1', 'en'], ['No. 1', 'en'], ['number 1', 'en'], ['cheapest', 'en'], ['the best', 'en'], ['100% natural', 'en'],
  ['nomor 1', 'id'], ['terbaik', 'id'], ['termurah', 'id'], ['satu-satunya', 'id'],
  ['tốt nhất', 'vi'], ['số một', 'vi'], ['rẻ nhất', 'vi'],
  ['ดีที่สุด', 'th'], ['ถูกที่สุด', 'th'], ['อันดับ 1', 'th'],
  ['paling murah', 'ms'], ['nombor 1', 'ms'],
];

export const scanClaims: ClaimScanner = (text) => {
  const hits: ClaimHit[] = [];
  // Lower-casing can change lengths (e.g. 'İ'); then match case-sensitively so offsets stay true.
  const folded = text.toLowerCase();
  const fold = folded.length === text.length;
  const lower = fold ? folded : text;
  for (const [phrase, language] of PHRASES) {
    const needle = fold ? phrase.toLowerCase() : phrase;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      hits.push({ phrase: text.slice(at, at + needle.length), start: at, end: at + needle.length, language, category: 'absolute-claim' });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};
