import { describe, expect, it } from 'vitest';
import { parseDisplayedCount } from '../../../lib/readers/localised-count';

describe('parseDisplayedCount: plain full numbers are exact', () => {
  it.each([
    ['3666', 3666],
    ['0', 0],
    ['1204', 1204],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['12 345 678', 12_345_678],
    ['1,234,567', 1_234_567],
    ["1'234", 1234],
    ['  9850 ', 9850],
  ])('%j → %d', (text, value) => {
    expect(parseDisplayedCount(text)).toEqual({ value, low: value, high: value, exact: true });
  });
});

describe('parseDisplayedCount: abbreviated counts keep their interval', () => {
  // [text, value, low, high]: low = shown − step/2 (rounding), high = shown + step − 1 (truncation).
  it.each([
    ['38.5K', 38_500, 38_450, 38_599],
    ['11.2M', 11_200_000, 11_150_000, 11_299_999],
    ['1M', 1_000_000, 500_000, 1_999_999],
    ['587.5M', 587_500_000, 587_450_000, 587_599_999],
    ['593K', 593_000, 592_500, 593_999],
    ['139.1K', 139_100, 139_050, 139_199],
    ['2.7B', 2_700_000_000, 2_650_000_000, 2_799_999_999],
    ['12,3 k', 12_300, 12_250, 12_399],
    ['12,3\u00a0k', 12_300, 12_250, 12_399],
    ['1,2 M', 1_200_000, 1_150_000, 1_299_999],
    ['3,5 Md', 3_500_000_000, 3_450_000_000, 3_599_999_999],
    ['1.2万', 12_000, 11_500, 12_999],
    ['1.2萬', 12_000, 11_500, 12_999],
    ['3亿', 300_000_000, 250_000_000, 399_999_999],
    ['3.4億', 340_000_000, 335_000_000, 349_999_999],
    ['12,5rb', 12_500, 12_450, 12_599],
    ['3,4 jt', 3_400_000, 3_350_000, 3_499_999],
    ['12,3N', 12_300, 12_250, 12_399],
    ['1,2Tr', 1_200_000, 1_150_000, 1_299_999],
    ['1,2 tr', 1_200_000, 1_150_000, 1_299_999],
    ['12.3K', 12_300, 12_250, 12_399],
    ['5 พัน', 5_000, 4_500, 5_999],
    ['1.2 หมื่น', 12_000, 11_500, 12_999],
    ['3.5 แสน', 350_000, 345_000, 359_999],
    ['1.1 ล้าน', 1_100_000, 1_050_000, 1_199_999],
    ['1,2 mi', 1_200_000, 1_150_000, 1_299_999],
    ['15 mil', 15_000, 14_500, 15_999],
    ['1.5만', 15_000, 14_500, 15_999],
    ['12,3 тыс.', 12_300, 12_250, 12_399],
    ['1,2 млн', 1_200_000, 1_150_000, 1_299_999],
    ['2.5 लाख', 250_000, 245_000, 259_999],
    ['1.2 करोड़', 12_000_000, 11_500_000, 12_999_999],
    ['3.4 ألف', 3_400, 3_350, 3_499],
  ])('%j → %d in [%d, %d]', (text, value, low, high) => {
    expect(parseDisplayedCount(text)).toEqual({ value, low, high, exact: false });
  });

  it('Indonesian "M" is miliar when the page is in Indonesian', () => {
    expect(parseDisplayedCount('1,2 M', 'id-ID')).toEqual({ value: 1_200_000_000, low: 1_150_000_000, high: 1_299_999_999, exact: false });
    expect(parseDisplayedCount('1,2 M', 'fr')).toMatchObject({ value: 1_200_000 });
  });

  it('Turkish "B" is bin (thousand) when the page is in Turkish, billion otherwise', () => {
    expect(parseDisplayedCount('12,3 B', 'tr-TR')).toMatchObject({ value: 12_300, exact: false });
    expect(parseDisplayedCount('1,2 Mn', 'tr')).toMatchObject({ value: 1_200_000 });
    expect(parseDisplayedCount('1.2B', 'en')).toMatchObject({ value: 1_200_000_000 });
  });

  it('an abbreviated figure is never exact and always contains what it rounds', () => {
    // 427,682 is shown as 427.7K; 1,036,430 as 1M; 272,628 as 272.6K (real captures).
    for (const [text, truth] of [['427.7K', 427_682], ['1M', 1_036_430], ['272.6K', 272_628], ['139.1K', 139_077]] as const) {
      const c = parseDisplayedCount(text)!;
      expect(c.exact).toBe(false);
      expect(c.low).toBeLessThanOrEqual(truth);
      expect(c.high).toBeGreaterThanOrEqual(truth);
    }
  });
});

describe('parseDisplayedCount: unparseable is null', () => {
  it.each([
    [''],
    ['   '],
    ['abc'],
    ['K'],
    ['-5'],
    ['12,3'],
    ['1.2.3K'],
    ['1,23,4'],
    ['12 parsecs'],
    ['NaN'],
    ['Infinity'],
    ['1e9'],
    ['9'.repeat(30)],
    ['1.2X'],
    ['<b>12K</b>'],
  ])('%j', (text) => {
    expect(parseDisplayedCount(text)).toBeNull();
  });

  it('non-strings', () => {
    expect(parseDisplayedCount(null)).toBeNull();
    expect(parseDisplayedCount({})).toBeNull();
    expect(parseDisplayedCount(-1)).toBeNull();
    expect(parseDisplayedCount(1.5)).toBeNull();
    expect(parseDisplayedCount(42)).toEqual({ value: 42, low: 42, high: 42, exact: true });
  });
});
