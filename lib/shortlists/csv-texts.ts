import { translate, type Locale } from '../i18n';
import { languageName, regionName } from '../i18n/display-names';

/**
 * How a CSV writes its values for the merchant: texts in the UI language, dates in the merchant's
 * locale and time zone, languages and regions by name. The stable codes go in columns of their own.
 */
export interface CsvTexts {
  locale: Locale;
  /** A catalogue text: column headers and values (statuses, tiers, confidence, kinds). */
  t(key: string): string;
  /** A day, e.g. "2026年1月5日" / "Jan 5, 2026". */
  date(at: number): string;
  /** A day and time, e.g. "2026年1月5日 14:30" / "Jan 5, 2026, 2:30 PM". */
  dateTime(at: number): string;
  language(code: string): string;
  region(code: string): string;
}

export function csvTexts(locale: Locale, timeZone: string): CsvTexts {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const dayTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return {
    locale,
    t: (key) => translate(locale, key),
    date: (at) => day.format(at),
    dateTime: (at) => dayTime.format(at),
    language: (code) => languageName(locale, code),
    region: (code) => regionName(locale, code),
  };
}

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with
 * it (one per row made the CSV of 100,000 rows take 18–28 s in the bench; docs/shortlists.md).
 */
const isoDayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day of `at` in `timeZone` as ISO 8601 ("2026-01-05"): the re-importable date column. */
export function isoDay(at: number, timeZone: string): string {
  let format = isoDayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    isoDayFormats.set(timeZone, format);
  }
  return format.format(at);
}
