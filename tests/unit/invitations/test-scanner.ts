import type { ClaimHit, ClaimScanner } from '../../../lib/invitations/lint';

/** A small real scanner for the tests, independent of the app's adapter. */
const WORDS: readonly [string, string][] = [
  ['全网最低', 'zh'],
  ['No.1', 'en'],
  ['cheapest', 'en'],
  ['terbaik', 'id'],
  ['tốt nhất', 'vi'],
  ['ดีที่สุด', 'th'],
  ['paling murah', 'ms'],
];

export const testScanner: ClaimScanner = (text) => {
  const hits: ClaimHit[] = [];
  for (const [phrase, language] of WORDS) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
      hits.push({ phrase, start: at, end: at + phrase.length, language, category: 'absolute-claim' });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};
