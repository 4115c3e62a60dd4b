import type { Locale } from './format';

/**
 * Languages and regions by name in the UI language ("es" → "西班牙语" / "Spanish", "VN" → "越南" /
 * "Vietnam"), as the browser's Intl data names them. A code Intl does not know is shown as it is.
 * For the side panel and the CSV (the creator card keeps away from Intl: docs/performance.md).
 */
const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: Locale, type: 'language' | 'region'): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([locale], { type, fallback: 'code' }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key) ?? null;
}

function nameOf(locale: Locale, type: 'language' | 'region', code: string): string {
  try {
    return displayNames(locale, type)?.of(code) ?? code;
  } catch {
    // Not a well-formed code (a page's odd value): shown as it is.
    return code;
  }
}

export function languageName(locale: Locale, code: string): string {
  return nameOf(locale, 'language', code);
}

export function regionName(locale: Locale, code: string): string {
  return nameOf(locale, 'region', code.toUpperCase());
}
