import type { Count } from '../schemas/creator-snapshot';

/**
 * Parses a count as TikTok displays it, in any UI language: "3666", "1,234", "1 234", "38.5K",
 * "12,3 k", "1,2 Tr", "3,4 jt", "1.2万", "3.5 แสน"… A plain full number is exact; an abbreviated one
 * keeps the interval the display could stand for (TikTok rounds, some formatters truncate, so the
 * interval covers both: [shown − step/2, shown + step) where step is one unit of the last digit).
 * Anything else is null: never a guess presented as a number.
 */

const MAX_INPUT = 64;
const MAX_VALUE = 1e15;

/** Suffix (lower-case, spaces removed) → multiplier. */
const SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  // French / German / Spanish / Portuguese
  ['md', 1e9],
  ['mrd', 1e9],
  ['mio', 1e6],
  ['mio.', 1e6],
  ['tsd', 1e3],
  ['tsd.', 1e3],
  ['mil', 1e3],
  ['mi', 1e6],
  ['mln', 1e6],
  // Indonesian / Malay: ribu, juta
  ['rb', 1e3],
  ['ribu', 1e3],
  ['jt', 1e6],
  ['juta', 1e6],
  // Vietnamese: nghìn, triệu, tỷ
  ['n', 1e3],
  ['nghìn', 1e3],
  ['tr', 1e6],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  // Chinese (simplified / traditional), Japanese
  ['千', 1e3],
  ['万', 1e4],
  ['萬', 1e4],
  ['亿', 1e8],
  ['億', 1e8],
  // Korean
  ['천', 1e3],
  ['만', 1e4],
  ['억', 1e8],
  // Russian
  ['тыс', 1e3],
  ['тыс.', 1e3],
  ['млн', 1e6],
  ['млн.', 1e6],
  ['млрд', 1e9],
  // Hindi (lakh = 10⁵, crore = 10⁷)
  ['हज़ार', 1e3],
  ['लाख', 1e5],
  ['करोड़', 1e7],
  // Arabic
  ['ألف', 1e3],
  ['مليون', 1e6],
  ['مليار', 1e9],
  // Thai
  ['พัน', 1e3],
  ['หมื่น', 1e4],
  ['แสน', 1e5],
  ['ล้าน', 1e6],
]);

/**
 * Letters whose meaning depends on the UI language: Indonesian "M" is miliar (10⁹), Turkish "B" is
 * bin (10³) and "Mn"/"Mr" million/milyar. Applied only when the page language says so.
 */
function multiplierOf(suffix: string, locale: string | undefined): number | undefined {
  if (locale && /^(id|in)\b/i.test(locale) && suffix === 'm') return 1e9;
  if (locale && /^tr\b/i.test(locale)) {
    const turkish: Record<string, number> = { b: 1e3, mn: 1e6, mr: 1e9, mlr: 1e9 };
    if (suffix in turkish) return turkish[suffix];
  }
  return SUFFIXES.get(suffix);
}

const SPACES = /[\s\u00a0\u202f\u2009\u2007\u200b\u200e\u200f]+/g;

export function parseDisplayedCount(input: unknown, locale?: string): Count | null {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0 ? { value: input, low: input, high: input, exact: true } : null;
  }
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  const trimmed = input.trim().replace(/^\+/, '');
  const match = /^([0-9][0-9.,'\s\u00a0\u202f\u2009\u2007]*)(.*)$/u.exec(trimmed);
  if (!match) return null;
  const numberPart = match[1]!.replace(SPACES, ' ').trim();
  const suffix = match[2]!.replace(SPACES, '').toLowerCase();

  if (suffix === '') return parseFullNumber(numberPart);
  const multiplier = multiplierOf(suffix, locale);
  if (multiplier === undefined) return null;
  const decimal = parseDecimal(numberPart);
  if (!decimal) return null;
  const step = multiplier / 10 ** decimal.decimals;
  const value = Math.round(decimal.value * multiplier);
  if (!Number.isFinite(value) || value > MAX_VALUE) return null;
  const low = Math.max(0, Math.ceil(value - step / 2));
  const high = Math.max(low, Math.ceil(value + step) - 1);
  return { value, low, high, exact: false };
}

/** "3666", "1,234", "1.234", "1 234", "1'234" → exact integer; "12,3" (a fraction) → null. */
function parseFullNumber(part: string): Count | null {
  let digits: string;
  if (/^\d+$/.test(part)) digits = part;
  else if (/^\d{1,3}([,. '])\d{3}(\1\d{3})*$/.test(part)) digits = part.replace(/[,. ']/g, '');
  else return null;
  if (digits.length > 15) return null;
  const value = Number(digits);
  return { value, low: value, high: value, exact: true };
}

/** "38.5", "12,3", "1 234,5", "1,234.5" → value and number of decimals shown. */
function parseDecimal(part: string): { value: number; decimals: number } | null {
  const compact = part.replace(/[ ']/g, '');
  if (!/^\d[\d.,]*$/.test(compact) || compact.length > 20) return null;
  const dots = (compact.match(/\./g) ?? []).length;
  const commas = (compact.match(/,/g) ?? []).length;
  let intPart = compact;
  let fracPart = '';
  if (dots > 0 && commas > 0) {
    const decimalSep = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    if ((decimalSep === '.' ? dots : commas) !== 1) return null;
    const [i, f] = compact.split(decimalSep) as [string, string];
    if (!/^\d{1,3}(\.\d{3}|,\d{3})*$/.test(i) || i.includes(decimalSep)) return null;
    intPart = i.split(groupSep).join('');
    fracPart = f;
  } else if (dots + commas === 1) {
    const [i, f] = compact.split(/[.,]/) as [string, string];
    intPart = i;
    fracPart = f;
  } else if (dots + commas > 1) {
    if (!/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(compact)) return null;
    intPart = compact.replace(/[.,]/g, '');
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart) || fracPart.length > 6) return null;
  const value = Number(`${intPart}.${fracPart || '0'}`);
  return Number.isFinite(value) ? { value, decimals: fracPart.length } : null;
}
