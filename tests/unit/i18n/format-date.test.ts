import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, LOCALES } from '@/lib/i18n/format';

describe('formatDate', () => {
  it.each([0, Date.UTC(2026, 0, 5), Date.UTC(2026, 11, 31, 23, 59), Date.UTC(1999, 1, 28, 12), 1_781_000_000_000, -5e12, 9e15, NaN, 253_402_300_800_000])(
    'writes %s as toLocaleDateString does in both locales',
    (at) => {
      for (const locale of LOCALES) expect(formatDate(locale, at)).toBe(new Date(at).toLocaleDateString(locale));
    },
  );

  it('matches toLocaleDateString for any time from year 1000 to 9999 and around', () => {
    fc.assert(
      fc.property(fc.integer({ min: -32_000_000_000_000, max: 254_000_000_000_000 }), (at) => {
        for (const locale of LOCALES) expect(formatDate(locale, at)).toBe(new Date(at).toLocaleDateString(locale));
      }),
      { numRuns: 3000 },
    );
  });
});
