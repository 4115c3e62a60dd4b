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
/** Single UTF-16 units → output units (bounded by the BMP). */
const codeCache = new Map<number, Units>();

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

/** Whether every unit is printable-range ASCII (no combining marks can follow). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Normalises a phrase or text the same way (phrases use only the `folded`/`accented` strings). */
export function normalizeText(text: string): NormalizedText {
  const r = normalizeScratch(text);
  const len = r.folded.length;
  if (r.identity) {
    const start = new Int32Array(len);
    const end = new Int32Array(len);
    for (let i = 0; i < len; i++) {
      start[i] = i;
      end[i] = i + 1;
    }
    return { folded: r.folded, accented: r.accented, start, end };
  }
  return { folded: r.folded, accented: r.accented, start: r.start.slice(0, len), end: r.end.slice(0, len) };
}

/** Like NormalizedText, but the maps are shared scratch buffers valid until the next call. */
export interface ScratchNormalized {
  folded: string;
  accented: string;
  /** True when unit i of the folded text is unit i of the original (ASCII text). */
  identity: boolean;
  start: Int32Array;
  end: Int32Array;
}

// Scratch buffers reused by every call (the scan is synchronous; nothing keeps them across calls).
let f16: Uint16Array = new Uint16Array(1024);
let a16: Uint16Array = new Uint16Array(1024);
let start: Int32Array = new Int32Array(1024);
let end: Int32Array = new Int32Array(1024);

/** Replaces the scratch buffers with larger ones, keeping their contents. */
function allocate(size: number): void {
  const [f, a, s, e] = [new Uint16Array(size), new Uint16Array(size), new Int32Array(size), new Int32Array(size)];
  f.set(f16.subarray(0, size));
  a.set(a16.subarray(0, size));
  s.set(start.subarray(0, size));
  e.set(end.subarray(0, size));
  [f16, a16, start, end] = [f, a, s, e];
}

/** Writes output unit `len` (folded and accented codes, original range) and returns the new length. */
function put(len: number, folded: number, accented: number, from: number, to: number): number {
  if (len >= start.length) allocate(start.length * 2);
  f16[len] = folded;
  a16[len] = accented;
  start[len] = from;
  end[len] = to;
  return len + 1;
}

/** The allocation-free normalisation scanText uses: maps point into scratch buffers. */
export function normalizeScratch(text: string): ScratchNormalized {
  const n = text.length;
  if (isAscii(text)) {
    const lower = text.toLowerCase();
    return { folded: lower, accented: lower, identity: true, start, end };
  }
  // Built as UTF-16 code arrays and turned into flat strings once (no rope of concatenations).
  if (f16.length < n + 8) allocate(Math.max(n + 8, f16.length * 2));
  let len = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const s = i;
    // Fast path: ASCII with no following combining mark.
    if (code < 0x80 && !(i + 1 < n && isMark(text.charCodeAt(i + 1)))) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      i++;
      len = put(len, lower, lower, s, i);
      continue;
    }
    // Thai: NFKC-stable except SARA AM (U+0E33); marks stay as their own units.
    if (code >= 0x0e00 && code <= 0x0e7f && code !== 0x0e33) {
      i++;
      len = put(len, code, code, s, i);
      continue;
    }
    // A single BMP unit with no mark after it: cached by code.
    if ((code < 0xd800 || code > 0xdfff) && !(i + 1 < n && isMark(text.charCodeAt(i + 1)))) {
      let unit = codeCache.get(code);
      if (unit === undefined) {
        unit = segmentUnits(text[i]!);
        codeCache.set(code, unit);
      }
      i++;
      for (let k = 0; k < unit.length; k++) {
        const [uf, ua] = unit[k]!;
        for (let u = 0; u < ua.length; u++) {
          len = put(len, uf.charCodeAt(u), ua.charCodeAt(u), s, i);
        }
      }
      continue;
    }
    // A segment: one code point plus any combining marks that follow it.
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n && isMark(text.charCodeAt(i))) i++;
    const segment = text.slice(s, i);
    let units = segmentCache.get(segment);
    if (units === undefined) {
      units = segmentUnits(segment);
      if (segmentCache.size < SEGMENT_CACHE_MAX) segmentCache.set(segment, units);
    }
    for (let k = 0; k < units.length; k++) {
      const [uf, ua] = units[k]!;
      // uf and ua have the same UTF-16 length (fold maps BMP Latin to BMP Latin only)
      for (let u = 0; u < ua.length; u++) {
        len = put(len, uf.charCodeAt(u), ua.charCodeAt(u), s, i);
      }
    }
  }
  return { folded: fromCodes(f16, len), accented: fromCodes(a16, len), identity: false, start, end };
}

const CHUNK = 8_192;

function fromCodes(codes: Uint16Array, len: number): string {
  let out = '';
  for (let p = 0; p < len; p += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(p, Math.min(len, p + CHUNK)) as unknown as number[]);
  return out;
}


/** The folded form of a lexicon phrase. */
export function foldPhrase(phrase: string, keepDiacritics = false): string {
  const n = normalizeText(phrase);
  return keepDiacritics ? n.accented : n.folded;
}
