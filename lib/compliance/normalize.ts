import { TRADITIONAL_TO_SIMPLIFIED } from './lexicons/zh';

/**
 * Text prepared for matching, with a map back to the original.
 *
 * Both streams have the same length, one UTF-16 unit per unit:
 * - `folded`: NFKC (full-width → ASCII, ＮＯ．１ → no.1), lower case, traditional → simplified
 *   Chinese, Latin diacritics removed (tốt nhất → tot nhat, đ → d);
 * - `accented`: the same but with diacritics kept (for entries that need them).
 * Zero-width characters and soft hyphens are dropped. `start[i]`/`end[i]` give the original
 * UTF-16 range that produced unit i.
 */
export interface NormalizedText {
  folded: string;
  accented: string;
  start: Int32Array;
  end: Int32Array;
}

const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const MARK = /\p{M}/u;
const LATIN = /\p{Script=Latin}/u;

/** Whether a UTF-16 unit is a combining mark (fast ranges first, Unicode property otherwise). */
function isMark(code: number): boolean {
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  if (code >= 0x0e00 && code <= 0x0e7f) return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
  if ((code >= 0x1e00 && code <= 0x1eff) || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff00 && code <= 0xffef)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogate halves: astral marks are rare, left as base characters
  return MARK.test(String.fromCharCode(code));
}

const foldCache = new Map<string, string>();

/** One output code point → its diacritic-free Latin base (or itself). */
function fold(cp: string): string {
  if (cp.charCodeAt(0) < 0x80) return cp;
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = cp;
  if (cp === 'đ') out = 'd';
  else if (cp === 'ł') out = 'l';
  else if (cp === 'ø') out = 'o';
  else {
    const base = cp.normalize('NFD')[0];
    if (base !== undefined && base !== cp && LATIN.test(base) && base.length === cp.length) out = base;
  }
  foldCache.set(cp, out);
  return out;
}

function simplify(cp: string): string {
  return TRADITIONAL_TO_SIMPLIFIED.get(cp) ?? cp;
}

/** A segment's output units as [folded, accented] pairs (empty for invisible characters). */
type Units = readonly (readonly [string, string])[];
const segmentCache = new Map<string, Units>();
const SEGMENT_CACHE_MAX = 20_000;

function segmentUnits(segment: string): Units {
  if (INVISIBLE.test(segment)) return [];
  const out: [string, string][] = [];
  const latinBase = LATIN.test(segment[0] ?? '');
  for (const cp of segment.normalize('NFKC').toLowerCase()) {
    const simp = simplify(cp);
    if (MARK.test(cp) && latinBase) continue; // a stray combining mark on a Latin base
    const f = fold(simp);
    out.push([f.length === simp.length ? f : simp, simp]);
  }
  return out;
}

/** Normalises a phrase or text the same way (phrases use only the `folded`/`accented` strings). */
export function normalizeText(text: string): NormalizedText {
  const n = text.length;
  const folded: string[] = [];
  const accented: string[] = [];
  let startArr: Int32Array = new Int32Array(n + 8);
  let endArr: Int32Array = new Int32Array(n + 8);
  let len = 0;

  const push = (f: string, a: string, s: number, e: number): void => {
    // f and a have the same UTF-16 length (fold only maps BMP Latin to BMP Latin)
    for (let k = 0; k < a.length; k++) {
      if (len >= startArr.length) {
        const grow = (arr: Int32Array): Int32Array => {
          const next = new Int32Array(arr.length * 2);
          next.set(arr);
          return next;
        };
        startArr = grow(startArr);
        endArr = grow(endArr);
      }
      startArr[len] = s;
      endArr[len] = e;
      len++;
    }
    folded.push(f);
    accented.push(a);
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Fast path: printable ASCII with no following combining mark.
    if (code < 0x80) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (next < 0x300 || next > 0x36f) {
        const c = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
        push(c, c, i, i + 1);
        i++;
        continue;
      }
    }
    // A segment: one code point plus any combining marks that follow it.
    const s = i;
    const first = text.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    while (i < n && isMark(text.charCodeAt(i))) i++;
    const segment = text.slice(s, i);
    let units = segmentCache.get(segment);
    if (units === undefined) {
      units = segmentUnits(segment);
      if (segmentCache.size < SEGMENT_CACHE_MAX) segmentCache.set(segment, units);
    }
    for (const [f, a] of units) push(f, a, s, i);
  }
  return { folded: folded.join(''), accented: accented.join(''), start: startArr.subarray(0, len), end: endArr.subarray(0, len) };
}

/** The folded form of a lexicon phrase. */
export function foldPhrase(phrase: string, keepDiacritics = false): string {
  const n = normalizeText(phrase);
  return keepDiacritics ? n.accented : n.folded;
}
