import { foldPhrase, normalizeScratch } from './normalize';
import type { PhraseEntry } from './types';

/**
 * The phrase matcher behind the claims scan and the account notices: finds the entries of a
 * per-language table in any text, surviving full-width characters, spacing inside words of
 * unspaced scripts, case, traditional Chinese and missing diacritics.
 */

/** Characters between a phrase and its subject word when the entry does not say (PhraseSubject). */
const DEFAULT_SUBJECT_REACH = 24;

/** Scripts written without spaces: separators between their characters are tolerated (全 网 最 低). */
const UNSPACED = /[\p{Script=Han}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const DIGIT = /\p{N}/u;
/**
 * Between words of a Latin-script phrase: spacing, hyphens, underscores or dots (or none:
 * #thebest). Bounded so no pattern can scan a long run of separators (linear time on any input).
 */
const WORD_SEP = '[\\s\\-_.·]{0,8}';
/**
 * Between characters of an unspaced script: up to three spaces or common punctuation marks
 * (全*网*最*低, 全.网.最.低). An explicit list rather than \p{P}\p{S}: the Unicode classes make
 * every regex large and slow to compile.
 */
const CHAR_SEP_CHARS = '.,*·・_~|/\\+-、，。！!?？…:;：；#@()（）';
const CHAR_SEP = '[\\s.,*·・_~|/\\\\+\\-、，。！!?？…:;：；#@()（）]{0,3}';
/** UTF-16 codes CHAR_SEP accepts (whitespace included), for the second-character pre-check. */
const SEP_CODES: ReadonlySet<number> = new Set([
  ...[...CHAR_SEP_CHARS].map((c) => c.charCodeAt(0)),
  // every code point \s matches
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

interface Compiled<E extends PhraseEntry, L extends string> {
  entry: E;
  language: L;
  /** Compile order (language priority, then lexicon order): breaks ties between equal matches. */
  rank: number;
  re: RegExp;
  /** exceptBefore as a sticky test at the match's start (true: no excepted word before it). */
  notAfter: RegExp | null;
  /** For patterns starting with a number: the units that may follow it (after up to two spaces). */
  afterNumber: string | null;
  /** For entries with a subject (PhraseSubject): sticky tests at the match's start and end. */
  aboutBefore: RegExp | null;
  aboutAfter: RegExp | null;
  strict: boolean;
  /** Literal folded text the match must start with: a cheap test before the regex. */
  prefix: string;
  /** Latin-start entries can only match at a word start. */
  wordStart: boolean;
  /** For unspaced-script phrases: the second character (after up to three separators), or -1. */
  second: number;
}

interface Matcher<E extends PhraseEntry, L extends string> {
  /** Folded first UTF-16 unit → candidate entries, in language-priority order. */
  index: (Compiled<E, L>[] | undefined)[];
  /** 1 where every candidate of that unit can only match at a word start (Latin letters, digits). */
  wordStartOnly: Uint8Array;
  /**
   * Word-start entries whose literal prefix has two units or more, by their first two units
   * (first << 16 | second): most Latin phrases, looked up only where both units are there.
   */
  pairs: Map<number, Compiled<E, L>[]>;
  /** 1 where some entry of `pairs` starts with that unit. */
  pairFirst: Uint8Array;
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** The regex body for a folded phrase (no boundaries). */
function body(folded: string): string {
  const cps = [...folded.replace(/\s+/g, ' ').trim()];
  // a hyphen in a phrase means the same as a space: satu-satunya = satu satunya
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp === ' ' || cp === '-') {
      out += WORD_SEP;
      continue;
    }
    const prev = cps[i - 1];
    if (prev !== undefined && prev !== ' ' && (UNSPACED.test(prev) || UNSPACED.test(cp))) out += CHAR_SEP;
    out += escape(cp);
  }
  return out;
}

/** The leading characters of a folded phrase that must appear literally (no separator allowed). */
function literalPrefix(folded: string): string {
  let out = '';
  for (const cp of folded) {
    if (cp === ' ' || cp === '-' || UNSPACED.test(cp)) return out || cp;
    out += cp;
  }
  return out;
}

function startGuard(first: string): string {
  if (LATIN_LETTER.test(first)) return '(?<![\\p{Script=Latin}\\p{N}])';
  if (DIGIT.test(first)) return '(?<![\\p{N}])(?<![\\p{N}][.,])';
  return '';
}

function endGuard(last: string, suffixes: readonly string[] | undefined): string {
  const suffix = suffixes?.length ? `(?:${suffixes.map((s) => body(foldPhrase(s))).join('|')})?` : '';
  if (LATIN_LETTER.test(last)) return `${suffix}(?![\\p{Script=Latin}\\p{N}])`;
  if (DIGIT.test(last)) return '(?![\\p{N}])(?![.,][\\p{N}])';
  return '';
}

/**
 * `after`: a negative lookahead appended to the phrase's regex. `before`: a sticky test run at a
 * match's start, only once the phrase has matched (a lookbehind at the front of every regex would
 * run at every candidate position).
 */
function exceptions(entry: PhraseEntry, strict: boolean): { before: RegExp | null; after: string } {
  const words = (list: readonly string[] | undefined): string[] =>
    (list ?? []).map((w) => {
      const f = foldPhrase(w, strict);
      const last = [...f].at(-1) ?? '';
      return body(f) + (LATIN_LETTER.test(last) ? '(?![\\p{Script=Latin}])' : '');
    });
  const after = words(entry.exceptAfter);
  const before = (entry.exceptBefore ?? []).map((w) => {
    const f = foldPhrase(w, strict);
    const first = [...f][0] ?? '';
    return (LATIN_LETTER.test(first) ? '(?<![\\p{Script=Latin}])' : '') + body(f);
  });
  return {
    after: after.length ? `(?!${WORD_SEP}(?:${after.join('|')}))` : '',
    before: before.length ? new RegExp(`(?<!(?:${before.join('|')})[\\s\\-_.#]{0,3})`, 'uy') : null,
  };
}

/**
 * Sticky tests for a subject (PhraseSubject): `before` matches the empty string at a match's start
 * when a subject word ends within reach before it; `after` when one starts within reach after its
 * end. The gap never crosses a sentence or clause break (nor U+FFFF, which joins separate texts).
 */
function subjectTests(entry: PhraseEntry, strict: boolean): { before: RegExp | null; after: RegExp | null } {
  if (!entry.about || entry.about.words.length === 0) return { before: null, after: null };
  const reach = entry.about.reach ?? DEFAULT_SUBJECT_REACH;
  const gap = `[^\\n.!?;,:|。！？；，：、\\uffff]{0,${reach}}`;
  const words = entry.about.words.map((w) => {
    const f = foldPhrase(w, strict).replace(/\s+/g, ' ').trim();
    const cps = [...f];
    const latinStart = LATIN_LETTER.test(cps[0] ?? '') ? '(?<![\\p{Script=Latin}\\p{N}])' : '';
    const latinEnd = LATIN_LETTER.test(cps.at(-1) ?? '') ? '(?![\\p{Script=Latin}\\p{N}])' : '';
    return `${latinStart}${body(f)}${latinEnd}`;
  });
  const any = `(?:${words.join('|')})`;
  return {
    before: new RegExp(`(?<=${any}${gap})`, 'uy'),
    after: new RegExp(`(?=${gap}?${any})`, 'uy'),
  };
}

function compileEntry<E extends PhraseEntry, L extends string>(entry: E, language: L): { first: string; compiled: Compiled<E, L> }[] {
  const strict = entry.strictDiacritics === true;
  const { before, after } = exceptions(entry, strict);
  const about = subjectTests(entry, strict);
  const out: { first: string; compiled: Compiled<E, L> }[] = [];
  const add = (first: string, source: string, prefix: string, second = -1, afterNumber: string | null = null): void => {
    const wordStart = LATIN_LETTER.test(first) || DIGIT.test(first);
    out.push({
      first,
      compiled: { entry, language, rank: 0, strict, prefix, wordStart, second, re: new RegExp(source, 'uy'), notAfter: before, afterNumber, aboutBefore: about.before, aboutAfter: about.after },
    });
  };
  for (const phrase of entry.phrases) {
    const folded = foldPhrase(phrase, strict).replace(/\s+/g, ' ').trim();
    const cps = [...folded];
    const first = cps[0];
    const last = cps.at(-1);
    if (first === undefined || last === undefined) continue;
    const plain = foldPhrase(phrase);
    const indexKey = [...plain][0]!;
    const units = [...plain];
    const secondUnit = units[1];
    const second = secondUnit !== undefined && secondUnit.length === 1 && UNSPACED.test(units[0]!) && secondUnit !== ' ' && secondUnit !== '-' ? secondUnit.charCodeAt(0) : -1;
    add(indexKey, `${startGuard(first)}${body(folded)}${endGuard(last, entry.suffixes)}${after}`, literalPrefix(plain), second);
  }
  for (const p of entry.patterns ?? []) {
    for (const first of p.first) add(first, `${p.source}${after}`, first, -1, NUMERAL.test(first) ? (p.afterNumber ?? null) : null);
  }
  return out;
}

/** A table of phrase entries per language (the claims lexicons, the account notices). */
export type PhraseTable<E extends PhraseEntry, L extends string> = Readonly<Record<L, readonly E[]>>;

/** Compiled matchers per table, then per language list. */
const matchers = new WeakMap<object, Map<string, Matcher<PhraseEntry, string>>>();
let lastTable: object | null = null;
let lastLanguages: readonly string[] | null = null;
let lastMatcher: Matcher<PhraseEntry, string> | null = null;

function matcherFor<E extends PhraseEntry, L extends string>(table: PhraseTable<E, L>, languages: readonly L[]): Matcher<E, L> {
  if (table === lastTable && languages === lastLanguages && lastMatcher) return lastMatcher as unknown as Matcher<E, L>;
  const matcher = buildMatcher(table, languages);
  lastTable = table;
  lastLanguages = languages;
  lastMatcher = matcher as unknown as Matcher<PhraseEntry, string>;
  return matcher;
}

function buildMatcher<E extends PhraseEntry, L extends string>(table: PhraseTable<E, L>, languages: readonly L[]): Matcher<E, L> {
  const key = languages.join(',');
  let perTable = matchers.get(table);
  if (!perTable) {
    perTable = new Map();
    matchers.set(table, perTable);
  }
  const cached = perTable.get(key);
  if (cached) return cached as unknown as Matcher<E, L>;
  const index: (Compiled<E, L>[] | undefined)[] = new Array<Compiled<E, L>[] | undefined>(0x10000).fill(undefined);
  const pairs = new Map<number, Compiled<E, L>[]>();
  const pairFirst = new Uint8Array(0x10000);
  let rank = 0;
  for (const language of languages) {
    for (const entry of table[language]) {
      for (const { first, compiled } of compileEntry(entry, language)) {
        compiled.rank = rank++;
        const code = first.charCodeAt(0);
        if (compiled.wordStart && compiled.prefix.length >= 2 && compiled.prefix.charCodeAt(0) === code) {
          const key = (code << 16) | compiled.prefix.charCodeAt(1);
          let list = pairs.get(key);
          if (!list) pairs.set(key, (list = []));
          list.push(compiled);
          pairFirst[code] = 1;
        } else {
          (index[code] ??= []).push(compiled);
        }
      }
    }
  }
  const wordStartOnly = new Uint8Array(0x10000);
  index.forEach((list, code) => {
    if (list?.every((c) => c.wordStart)) wordStartOnly[code] = 1;
  });
  const matcher = { index, wordStartOnly, pairs, pairFirst };
  perTable.set(key, matcher as unknown as Matcher<PhraseEntry, string>);
  return matcher;
}

/**
 * Compiles a table ahead of the first search (optional; findPhrases compiles lazily). V8 compiles
 * each regex on first use and separately for one-byte and two-byte strings: both are warmed here.
 */
export function warmPhrases<E extends PhraseEntry, L extends string>(table: PhraseTable<E, L>, languages: readonly L[]): void {
  const { index, pairs } = matcherFor(table, languages);
  for (const list of [...index, ...pairs.values()]) {
    if (!list) continue;
    for (const c of list) {
      for (const sample of ['warm up', 'warm up \u0e01\u4e00']) {
        c.re.lastIndex = 0;
        c.re.exec(sample);
      }
    }
  }
}

/** Digits and the Chinese numerals a "N天见效" can start with. */
const NUMERAL = /^[0-9一二三四五六七八九十两半]$/u;

/** Whether the number at `i` is followed (after up to two spaces) by one of `units`. */
function numberFollowedBy(text: string, i: number, units: string): boolean {
  let j = i;
  while (j < text.length && NUMERAL.test(text[j]!)) j++;
  for (let spaces = 0; spaces < 2 && text.charCodeAt(j) === 0x20; spaces++) j++;
  return j < text.length && units.includes(text[j]!);
}

/** Whether `code` comes at `j`, after at most three separator units. */
function secondFollows(text: string, j: number, code: number): boolean {
  for (let skipped = 0; j < text.length; j++, skipped++) {
    const c = text.charCodeAt(j);
    if (c === code) return true;
    if (skipped >= 3 || !SEP_CODES.has(c)) return false;
  }
  return false;
}

/** Latin letter or digit (the units that make a word in spaced scripts); fast ranges first. */
function isWordUnit(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x0e00 && code <= 0x0e4f) || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return false;
  const ch = text[i]!;
  return LATIN_LETTER.test(ch) || DIGIT.test(ch);
}

/** Combining marks (general ranges and Thai) that belong to the character before them. */
function isCombining(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    code === 0x0e31 ||
    (code >= 0x0e34 && code <= 0x0e3a) ||
    (code >= 0x0e47 && code <= 0x0e4e) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

interface RawHit<E extends PhraseEntry, L extends string> {
  s: number;
  e: number;
  c: Compiled<E, L>;
}

/** Runs the candidates that start at `i` and keeps their matches in `raw`. */
function tryCandidates<E extends PhraseEntry, L extends string>(candidates: readonly Compiled<E, L>[], folded: string, accented: string, i: number, atWordStart: boolean, raw: RawHit<E, L>[]): void {
  for (const c of candidates) {
    if (c.wordStart && !atWordStart) continue;
    if (c.prefix.length > 1 && !folded.startsWith(c.prefix, i)) continue;
    if (c.second >= 0 && !secondFollows(folded, i + 1, c.second)) continue;
    if (c.afterNumber !== null && !numberFollowedBy(folded, i, c.afterNumber)) continue;
    const subject = c.strict ? accented : folded;
    c.re.lastIndex = i;
    const m = c.re.exec(subject);
    if (m === null || m[0].length === 0) continue;
    if (c.notAfter !== null) {
      c.notAfter.lastIndex = i;
      if (!c.notAfter.test(subject)) continue;
    }
    const e = i + m[0].length;
    if (c.aboutBefore !== null && !isAbout(c, subject, i, e)) continue;
    raw.push({ s: i, e, c });
  }
}


/** One phrase found: UTF-16 indices into the ORIGINAL text, the entry and its language. */
export interface PhraseMatch<E extends PhraseEntry, L extends string> {
  start: number;
  end: number;
  entry: E;
  language: L;
}

/**
 * Finds the table's phrases in `text`. Overlapping matches are reported once (the longest; on a
 * tie the first language in `languages`). Indices refer to `text`.
 */
export function findPhrases<E extends PhraseEntry, L extends string>(text: string, table: PhraseTable<E, L>, languages: readonly L[]): PhraseMatch<E, L>[] {
  if (!text) return [];
  const { index, wordStartOnly, pairs, pairFirst } = matcherFor(table, languages);
  const norm = normalizeScratch(text);
  const { folded, accented } = norm;
  const raw: RawHit<E, L>[] = [];
  let prevIsWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const atWordStart = !prevIsWord;
    prevIsWord = isWordUnit(code, folded, i);
    const candidates = index[code];
    if (candidates !== undefined && (atWordStart || wordStartOnly[code] !== 1)) tryCandidates(candidates, folded, accented, i, atWordStart, raw);
    if (atWordStart && pairFirst[code] === 1) {
      const paired = pairs.get((code << 16) | folded.charCodeAt(i + 1));
      if (paired !== undefined) tryCandidates(paired, folded, accented, i, true, raw);
    }
  }
  if (raw.length === 0) return [];
  raw.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s) || a.c.rank - b.c.rank);
  const out: PhraseMatch<E, L>[] = [];
  let coveredTo = -1;
  for (const h of raw) {
    if (h.s < coveredTo) continue;
    coveredTo = h.e;
    const start = norm.identity ? h.s : norm.start[h.s]!;
    let end = norm.identity ? h.e : norm.end[h.e - 1]!;
    while (end < text.length && isCombining(text.charCodeAt(end))) end++; // keep marks with their base
    out.push({ start, end, entry: h.c.entry, language: h.c.language });
  }
  return out;
}

/** Whether a subject word of the entry comes within reach before `s` or after `e`. */
function isAbout<E extends PhraseEntry, L extends string>(c: Compiled<E, L>, text: string, s: number, e: number): boolean {
  c.aboutBefore!.lastIndex = s;
  if (c.aboutBefore!.test(text)) return true;
  c.aboutAfter!.lastIndex = e;
  return c.aboutAfter!.test(text);
}
