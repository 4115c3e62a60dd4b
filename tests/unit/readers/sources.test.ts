import { describe, expect, it } from 'vitest';
import { readJsonLdValue } from '../../../lib/readers/json-ld';
import { mergeSnapshots } from '../../../lib/readers/merge-snapshot';
import { readNextData } from '../../../lib/readers/next-data';
import { readSigiState } from '../../../lib/readers/sigi-state';
import { readUniversalData } from '../../../lib/readers/universal-data';

/** Small hand-made bodies in the shapes of the real captures, for branches no capture exercises. */

const user = (uniqueId: string) => ({ id: '1', uniqueId, nickname: 'N', signature: 'bio', verified: false, privateAccount: true, region: 'ID' });

describe('readNextData (2020–2021 profile pages)', () => {
  it('a profile’s userInfo and its own items', () => {
    const json = {
      props: {
        pageProps: {
          userInfo: { user: user('Old.Creator'), stats: { followerCount: 12_300, followingCount: 5, heartCount: 99_000, videoCount: 7 } },
          items: [
            { id: '6900000000000000001', createTime: 1_610_000_000, author: { uniqueId: 'old.creator' }, stats: { playCount: 1000 } },
            { id: '6900000000000000002', createTime: 1_610_000_001, author: { uniqueId: 'someone.else' }, stats: { playCount: 5 } },
          ],
        },
      },
    };
    const r = readNextData(json, 0, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({ handle: 'old.creator', privateAccount: true, region: 'ID', source: 'next-data' });
    expect(r.snapshot.followers).toEqual({ value: 12_300, low: 12_250, high: 12_399, exact: false });
    expect(r.snapshot.recentVideos.map((v) => v.id)).toEqual(['6900000000000000001']);
  });

  it('a missing user page keeps its status code', () => {
    expect(readNextData({ props: { pageProps: { statusCode: 10202 } } }, 0, null)).toEqual({
      ok: false, reason: 'account-unavailable', detail: 'statusCode 10202',
    });
  });
});

describe('readSigiState', () => {
  const sigi = {
    UserModule: { users: { first: user('first') }, stats: { first: { followerCount: 10, followingCount: 1, heartCount: 2, videoCount: 3 } } },
    UserPage: { uniqueId: 'first' },
  };

  it('the URL’s creator missing from the module → handle-mismatch', () => {
    expect(readSigiState(sigi, 0, 'https://www.tiktok.com/@second')).toEqual({ ok: false, reason: 'handle-mismatch', detail: 'page data is for @first' });
  });

  it('without a URL, UserPage names the creator', () => {
    const r = readSigiState(sigi, 0, null);
    expect(r.ok && r.snapshot.handle).toBe('first');
  });
});

describe('readUniversalData edge cases', () => {
  const detail = (statsV2: unknown, stats: unknown, statusCode: unknown = 0) => ({
    __DEFAULT_SCOPE__: { 'webapp.user-detail': { statusCode, userInfo: { user: user('x'), statsV2, stats } } },
  });

  it('never a negative, fractional, overflowed or non-numeric count', () => {
    const r = readUniversalData(detail({ followerCount: '-5', heartCount: 'NaN' }, { followerCount: -1, heartCount: -1_614_092_016, heart: Infinity, videoCount: 2.5 }), 0, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.followers).toBeNull();
    expect(r.snapshot.likes).toBeNull();
    expect(r.snapshot.videos).toBeNull();
  });

  it('stats alone is never exact; its interval holds the rounded figure’s range', () => {
    const r = readUniversalData(detail(undefined, { followerCount: 163_000_000 }), 0, null);
    expect(r.ok && r.snapshot.followers).toEqual({ value: 163_000_000, low: 162_950_000, high: 163_099_999, exact: false });
  });

  it('a non-zero status with a readable user (not a ban code) is still read', () => {
    expect(readUniversalData(detail({ followerCount: '5' }, undefined, 10_000), 0, null).ok).toBe(true);
    expect(readUniversalData(detail({ followerCount: '5' }, undefined, 10_221), 0, null)).toMatchObject({ ok: false, reason: 'account-unavailable' });
  });
});

describe('mergeSnapshots', () => {
  it('an exact JSON-LD count beats rounded stats; other fields keep source priority', () => {
    const stats = readUniversalData({ 'webapp.user-detail': { userInfo: { user: user('m'), stats: { followerCount: 139_100 } } } }, 0, null);
    const ld = readJsonLdValue(
      { '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'LD name', alternateName: 'm', interactionStatistic: [{ interactionType: { '@type': 'http://schema.org/FollowAction' }, userInteractionCount: 139_077 }] } },
      0,
      null,
    );
    if (!stats.ok || !ld) throw new Error('fixtures');
    const merged = mergeSnapshots([stats.snapshot, ld])!;
    expect(merged.followers).toEqual({ value: 139_077, low: 139_077, high: 139_077, exact: true });
    expect(merged.nickname).toBe('N');
    expect(merged.provenance).toMatchObject({ followers: 'json-ld', nickname: 'universal-data', handle: 'universal-data' });
  });
});
