import { describe, expect, it } from 'vitest';
import { followerTrend, parseMoneyRange, readAffiliateProfile, unwrapAffiliateValues } from '../../../lib/readers/affiliate-profile';
import { fixtureText } from '../../fixture-files';

const capture = JSON.parse(fixtureText('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json')) as unknown;

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

  it('reads the medians, e-commerce medians and 30-day posts the capture states', () => {
    const r = readAffiliateProfile(capture, 0, null);
    if (!r.ok) throw new Error(r.reason);
    // video_med_like_cnt "36", video_med_comment_cnt "0", ec_video_med_view_cnt "15806",
    // ec_video_engagement 268 (2.68%), video_publish_cnt_30d "72"; no follower trend in this capture.
    expect(r.snapshot.commerce).toMatchObject({
      medianViews: 2_212,
      medianLikes: 36,
      medianComments: 0,
      ecommerceMedianViews: 15_806,
      ecommerceEngagementRate: 0.0268,
      videosLast30Days: 72,
      followerTrend: [],
    });
  });

  it('reads a daily follower trend in any of its date shapes, oldest first, skipping what does not read', () => {
    expect(
      followerTrend([
        { date: '2025-02-03', value: '1200' },
        { timestamp: 1738454400, follower_cnt: 1100 },
        { date: 'yesterday', value: 5 },
        { date: '2025-02-04', value: -3 },
      ]),
    ).toEqual([
      { at: Date.UTC(2025, 1, 2), followers: 1100 },
      { at: Date.UTC(2025, 1, 3), followers: 1200 },
    ]);
    expect(followerTrend('not a list')).toEqual([]);
  });
});
