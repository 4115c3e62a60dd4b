import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMoneyRange, readAffiliateProfile, unwrapAffiliateValues } from '../../../lib/readers/affiliate-profile';
import { REAL_FIXTURES } from '../../real-fixtures';

const capture = JSON.parse(readFileSync(`${REAL_FIXTURES}/affiliate-creator-profile-emthuythuyyy-vn-2025-02.json`, 'utf8')) as unknown;

/** Re-wraps values the way the live API sends them (the capture's source had unwrapped them). */
function wrap(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => wrap(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, depth >= 3 ? { value: wrap(v, depth + 1), is_authorized: true, status: 1 } : wrap(v, depth + 1)]));
  }
  return value;
}

describe('readAffiliateProfile', () => {
  it('reads the live {value, is_authorized, status} shape exactly like the unwrapped capture', () => {
    const live = { code: 0, message: 'success', data: (capture as unknown[])[0] };
    const a = readAffiliateProfile(capture, 0, null);
    const b = readAffiliateProfile(wrap(live), 0, null);
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
  });

  it('unwraps only real wrappers (a money {format, symbol, value} stays)', () => {
    expect(unwrapAffiliateValues({ a: { value: 3, is_authorized: false, status: 2 }, gpm: { format: '1₫', symbol: '₫', value: '1' } })).toEqual({
      a: 3, gpm: { format: '1₫', symbol: '₫', value: '1' },
    });
  });

  it('range buckets', () => {
    expect(parseMoneyRange('1M₫+', '₫')).toEqual({ low: 1_000_000, high: null });
    expect(parseMoneyRange('0₫-127.8K₫', '₫')).toEqual({ low: 0, high: 127_800 });
    expect(parseMoneyRange('89.3K₫ - 602.0K₫', '₫')).toEqual({ low: 89_300, high: 602_000 });
    expect(parseMoneyRange('lots', '₫')).toBeNull();
  });

  it('no creator_profile → no-creator-data', () => {
    expect(readAffiliateProfile({ code: 0, data: {} }, 0, null)).toMatchObject({ ok: false, reason: 'no-creator-data' });
  });
});
