/**
 * The locale and number formatting, without any catalogue: the overlay scripts import this (and
 * lib/i18n/overlay.ts) rather than lib/i18n/index.ts, which bundles every surface's texts in both
 * languages (docs/performance.md).
 */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** What every context knows of the browser's language: `navigator` in pages, content scripts and the worker. */
export interface BrowserLanguages {
  readonly language?: string;
  readonly languages?: readonly string[];
}

/**
 * The UI language, the one rule for every context (card, popup, side panel, notifications, CSV):
 * the merchant's choice in Settings, else — "follow the browser" — the browser's preferred language
 * for web content (`navigator.languages[0]`, which content scripts, extension pages and the service
 * worker all read alike; never `i18n.getUILanguage()`, the language of the browser's own menus,
 * which can differ and which content scripts cannot see). Any Chinese → zh-CN, anything else → en.
 */
export function uiLocale(choice: 'auto' | Locale | undefined, browser: BrowserLanguages): Locale {
  if (choice !== undefined && choice !== 'auto') return choice;
  const preferred = browser.languages?.[0] ?? browser.language;
  return preferred?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type MessageParams = Record<string, string | number | null | boolean>;

/** Looks `key` up in `messages` and fills its placeholders; numbers are formatted for the locale. Unknown keys fall back to the key. */
export function fillMessage(locale: Locale, messages: Readonly<Record<string, string>>, key: string, params: MessageParams = {}): string {
  const template = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key]! : key;
  return template.replace(/\{(\w+)(?:\|(pct|ratio|days))?\}/g, (whole, name: string, style?: 'pct' | 'ratio' | 'days') => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return style ? formatStyled(locale, value, style) : formatNumber(locale, value);
    return String(value);
  });
}

/**
 * Numbers for people: `pct` a rate as a percentage with two significant digits below 10% (never
 * "0%" for a non-zero rate), `ratio` a rate as "1 : 318", `days` whole days.
 */
export function formatStyled(locale: Locale, value: number, style: 'pct' | 'ratio' | 'days'): string {
  if (!Number.isFinite(value)) return String(value);
  if (style === 'days') return formatNumber(locale, Math.round(value));
  if (style === 'ratio') {
    if (value <= 0) return '0';
    return value < 1 ? `1 : ${formatNumber(locale, Math.round(1 / value))}` : `${formatNumber(locale, Math.round(value * 10) / 10)} : 1`;
  }
  const pct = value * 100;
  if (pct === 0) return '0%';
  const abs = Math.abs(pct);
  const digits = abs >= 10 ? 0 : Math.max(1, 1 - Math.floor(Math.log10(abs)));
  const f = 10 ** digits;
  return `${formatNumber(locale, Math.round(pct * f) / f)}%`;
}

/**
 * Both UI locales (en, zh-CN) write numbers the same way: groups of three digits separated by ",",
 * "." before the decimals. Formatting them by hand gives exactly Intl's output (checked in
 * tests/unit/i18n/format-number.test.ts) without Intl: the first `Intl.NumberFormat` a page builds loads
 * ICU number data, main-thread time on every creator page (measured: docs/performance.md).
 */
const INTL = new Map<string, Intl.NumberFormat>();

function groupDigits(int: string): string {
  let out = '';
  for (let i = int.length; i > 0; i -= 3) out = int.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return out;
}

/** Adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

export function formatNumber(locale: Locale, value: number): string {
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
  // Intl rounds the shortest decimal form of the double (String(x)), ties away from zero.
  const shortest = String(Math.abs(value));
  if (Number.isFinite(value) && !Object.is(value, -0) && !shortest.includes('e')) {
    const [int, frac = ''] = shortest.split('.') as [string, string?];
    let kept = int + frac.slice(0, digits).padEnd(digits, '0');
    if (frac.length > digits && frac[digits]! >= '5') kept = incrementDigits(kept);
    const intPart = kept.slice(0, kept.length - digits) || '0';
    const decimals = kept.slice(kept.length - digits).replace(/0+$/, '');
    const body = groupDigits(intPart) + (decimals ? `.${decimals}` : '');
    return value < 0 && (intPart !== '0' || decimals) ? `-${body}` : value < 0 ? '-0' : body;
  }
  const key = `${locale}|${digits}`;
  let format = INTL.get(key);
  if (!format) INTL.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return format.format(value);
}

/**
 * A date as `new Date(at).toLocaleDateString(locale)` writes it in local time — en "1/5/2026",
 * zh-CN "2026/1/5" — written by hand for years 1000–9999 (tests/unit/i18n/format-date.test.ts
 * compares it with Intl). The first Intl date format a page builds loads ICU's calendar data: on a
 * video page the card's dates cost more than the rest of its first render (docs/performance.md).
 */
export function formatDate(locale: Locale, at: number): string {
  const date = new Date(at);
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toLocaleDateString(locale);
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return locale === 'zh-CN' ? `${year}/${month}/${day}` : `${month}/${day}/${year}`;
}

/**
 * A count as the page showed it, abbreviated: "≈4M", "≈2.2万". Used for figures the page gave
 * rounded, so they never look exact.
 */
export function formatApproximate(locale: Locale, value: number): string {
  const steps: readonly [number, string][] =
    locale === 'zh-CN' ? [[1e8, '亿'], [1e4, '万']] : [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, unit] of steps) {
    if (Math.abs(value) >= size) return `≈${formatNumber(locale, Math.round((value / size) * 10) / 10)}${unit}`;
  }
  // TikTok shows counts below 1,000 in full: those are exact as displayed.
  return Math.abs(value) < 1000 ? formatNumber(locale, value) : `≈${formatNumber(locale, value)}`;
}

/** A UI language's texts and number formatting, as the components use them. */
export interface I18n {
  locale: Locale;
  /** The text for `key`, its placeholders filled; the key itself when the catalogue lacks it. */
  t: (key: string, params?: MessageParams) => string;
  n: (value: number) => string;
}

export function translator(locale: Locale, messages: Readonly<Record<string, string>>): I18n {
  return {
    locale,
    t: (key, params) => fillMessage(locale, messages, key, params),
    n: (value) => formatNumber(locale, value),
  };
}
