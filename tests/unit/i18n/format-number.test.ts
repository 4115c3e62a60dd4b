import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, LOCALES } from '@/lib/i18n';

/** What formatNumber must equal: the locale's own Intl formatting. */
function intl(locale: string, value: number): string {
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return value.toLocaleString(locale, { maximumFractionDigits: digits });
}

describe('formatNumber', () => {
  it.each([0, -0, 1, 12, 999, 1000, 3666, 38_500, 1_234_567, -1234.5, 0.005, 1.005, 2.675, 9.995, 9.9951, 99.95, 0.0001, -0.001, 1e20, 1e21, 1.5e300, NaN, Infinity, -Infinity, 0.1 + 0.2, 12345.678])(
    'writes %s as Intl does in both locales',
    (value) => {
      for (const locale of LOCALES) expect(formatNumber(locale, value)).toBe(intl(locale, value));
    },
  );

  it('matches Intl for any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1000, max: 1000 }), fc.double({ min: -20, max: 20 })), (value) => {
        for (const locale of LOCALES) expect(formatNumber(locale, value)).toBe(intl(locale, value));
      }),
      { numRuns: 3000 },
    );
  });
});
