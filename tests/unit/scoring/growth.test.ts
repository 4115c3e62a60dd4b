import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/scoring/assess';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { count, DAY, NOW, settings, shown, snapshot, video } from './helpers';

/** Two visits `days` apart, followers before → after; videos seen at the second visit. */
function visits(before: CreatorSnapshot['followers'], after: CreatorSnapshot['followers'], days: number, recentVideos = [video(40, 20_000)]) {
  return [
    snapshot({ followers: before, capturedAt: NOW - days * DAY, recentVideos: [] }),
    snapshot({ followers: after, capturedAt: NOW, recentVideos }),
  ];
}

const growthFlags = (snaps: CreatorSnapshot[]) =>
  assess(snaps, settings(), NOW).flags.filter((f) => f.id.startsWith('follower-')).map((f) => [f.id, f.severity]);

describe('growth between the merchant’s visits', () => {
  it.each([
    ['steady growth', count(100_000), count(104_000), 10, [], []],
    ['+50% in 7 days with no video in the window', count(100_000), count(150_000), 7, [video(40, 20_000)], [['follower-jump', 'risk']]],
    ['+50% in 7 days explained by a 2M-view video', count(100_000), count(150_000), 7, [video(5, 2_000_000)], []],
    ['+50% in 7 days, a 200K-view video does not explain 50K followers', count(100_000), count(150_000), 7, [video(5, 200_000)], [['follower-jump', 'risk']]],
    ['+50% in 7 days, no dated videos to check', count(100_000), count(150_000), 7, [], [['follower-jump-unchecked', 'warn']]],
    ['+50% over 200 days is not a jump', count(100_000), count(150_000), 200, [], []],
    ['small account +500 followers is below the minimum', count(1_000), count(1_500), 3, [], []],
    ['−20% drop (TikTok purge)', count(100_000), count(80_000), 14, [video(4, 1_000)], [['follower-drop', 'warn']]],
    // "1.2M" → "1.4M": at least 1,350,000 − 1,249,999 = 100,001 = +8%: a rounding could explain the rest
    ['abbreviated counts use the smallest possible gain', shown(1_200_000, 1_150_000, 1_249_999), shown(1_400_000, 1_350_000, 1_449_999), 5, [], []],
  ] as const)('%s', (_, before, after, days, vids, expected) => {
    expect(growthFlags(visits(before, after, days, [...vids]))).toEqual(expected);
  });

  it('shows follower and like changes since the previous visit as figures', () => {
    const snaps = [
      snapshot({ followers: count(100_000), likes: count(1_000_000), capturedAt: NOW - 10 * DAY }),
      snapshot({ followers: count(103_000), likes: count(1_100_000), capturedAt: NOW }),
    ];
    const a = assess(snaps, settings(), NOW);
    expect(a.figures.find((f) => f.id === 'followerGrowth')).toMatchObject({ value: 3_000, inputs: { from: 100_000, to: 103_000, days: 10 } });
    expect(a.figures.find((f) => f.id === 'likesGrowth')?.value).toBe(100_000);
  });

  it.each([
    // [likes before, likes after, window video views, flagged]
    [1_000_000, 1_500_000, 100_000, true], // +500K likes from 100K views
    [1_000_000, 1_500_000, 5_000_000, false], // explained by 5M views
    [1_000_000, 1_100_000, 100_000, false], // +10%: below the jump share
  ])('likes %i → %i with %i views in the window → likes-jump %s', (before, after, views, flagged) => {
    const snaps = [
      snapshot({ likes: count(before), capturedAt: NOW - 7 * DAY }),
      snapshot({ likes: count(after), capturedAt: NOW, recentVideos: [video(5, views), video(40, 1_000)] }),
    ];
    const f = assess(snaps, settings(), NOW).flags.find((x) => x.id === 'likes-jump');
    expect(!!f).toBe(flagged);
    if (f) expect(f).toMatchObject({ pitfall: 'P1', severity: 'warn', evidence: { gain: after - before, windowViews: views } });
  });

  it('a jump lowers authenticity', () => {
    const clean = assess(visits(count(100_000), count(104_000), 7), settings(), NOW);
    const jump = assess(visits(count(100_000), count(150_000), 7), settings(), NOW);
    const auth = (a: typeof clean) => a.subScores.find((s) => s.id === 'authenticity')!.score!;
    expect(auth(jump)).toBeLessThan(auth(clean));
    expect(jump.score!).toBeLessThanOrEqual(60);
  });
});
