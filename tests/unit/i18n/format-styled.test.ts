import { describe, expect, it } from 'vitest';
import { fillMessage, formatStyled } from '../../../lib/i18n/format';

describe('numbers for people in evidence texts', () => {
  it.each([
    [0.0004, '0.04%'], // never "0%" for a small non-zero rate
    [0.00432, '0.43%'],
    [0.0239, '2.4%'],
    [0.145, '14%'],
    [0.25, '25%'],
    [0, '0%'],
  ])('rate %d → %s', (value, text) => {
    expect(formatStyled('en', value, 'pct')).toBe(text);
  });

  it.each([
    [1 / 318, '1 : 318'],
    [0.00313, '1 : 319'],
    [0.25, '1 : 4'],
    [1.6, '1.6 : 1'],
    [0, '0'],
  ])('ratio %d → %s', (value, text) => {
    expect(formatStyled('en', value, 'ratio')).toBe(text);
  });

  it('days are whole, and a template picks the style per placeholder', () => {
    expect(formatStyled('zh-CN', 292.8, 'days')).toBe('293');
    expect(fillMessage('en', { k: '{a|pct} of views, {b|ratio}, {c|days} days, {d}' }, 'k', { a: 0.0004, b: 0.004, c: 292.8, d: 878373 })).toBe(
      '0.04% of views, 1 : 250, 293 days, 878,373',
    );
  });
});
