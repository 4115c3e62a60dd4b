import { describe, expect, it } from 'vitest';
import { assess, gradeOf } from '../../../lib/scoring/assess';
import { SUB_SCORE_WEIGHTS } from '../../../lib/scoring/constants';
import { AssessmentSchema } from '../../../lib/schemas/assessment';
import type { Settings } from '../../../lib/schemas/settings';
import { count, NOW, settings, snapshot, videos } from './helpers';

describe('assess: composition and "not enough data"', () => {
  it('a profile with 2M followers, 5 videos and 15K likes is flagged P1 with a low score', () => {
    const a = assess([snapshot({ followers: count(2_000_000), videos: count(5), likes: count(15_000), following: count(30), bio: 'Daily vibes' })], settings(), NOW);
    expect(a.status).toBe('ok');
    const p1 = a.flags.filter((f) => f.pitfall === 'P1').map((f) => [f.id, f.severity]);
    // 0.0075 likes per follower (ShortsIntel: < 0.5 low) and 400,000 followers per video (Scavio:
    // > 20,000): bought followers. Profile counts only, so no grade: provisional, with a score of 0.
    expect(p1).toEqual(expect.arrayContaining([['followers-outrun-audience', 'risk'], ['high-followers-per-video', 'risk']]));
    expect(a.subScores.find((s) => s.id === 'authenticity')?.score).toBe(0);
    expect(a.score!).toBeLessThanOrEqual(20);
    expect(a.grade).toBeNull();
    expect(a.provisional).toBe(true);
    expect(a.provisionalReasons).toEqual(['profile-counts-only']);
  });

  it('a healthy creator with full video stats scores well', () => {
    const a = assess(
      [snapshot({ followers: count(80_000), likes: count(2_400_000), videos: count(400), bio: 'Skincare for oily skin', recentVideos: videos(20, (i) => 20_000 + (i % 5) * 3_000, 1.5, { likes: 1_500, comments: 60, shares: 40 }) })],
      settings(),
      NOW,
    );
    expect(a.status).toBe('ok');
    expect(a.confidence).toBe('full');
    expect(a.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(a.score!).toBeGreaterThanOrEqual(70);
  });

  it.each([
    ['no snapshot at all', [], 'no-snapshot'],
    ['no followers count', [snapshot({ followers: null })], 'no-followers-count'],
    ['zero followers', [snapshot({ followers: count(0), likes: count(0), videos: count(0) })], 'no-followers'],
    ['followers only, nothing else judgeable', [snapshot({ following: null, likes: null, videos: null })], 'nothing-judgeable'],
  ] as const)('%s → insufficient (%s)', (_, snaps, reason) => {
    const a = assess(snaps, settings(), NOW);
    expect(a).toMatchObject({ status: 'insufficient', score: null, grade: null, confidence: 'none', insufficientReason: reason });
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
  });

  it('an unreadable page is "not enough data"', () => {
    expect(assess([snapshot()], settings(), NOW, { unreadable: 'blocked' })).toMatchObject({ status: 'insufficient', insufficientReason: 'unreadable-page' });
  });

  it('the score is the weighted mean of the present sub-scores, absent ones excluded', () => {
    const a = assess([snapshot({ bio: 'hello', following: count(100) })], settings(), NOW);
    const present = a.subScores.filter((s) => s.score !== null);
    // A clean bio is not a compliance pass: only authenticity had data.
    expect(present.map((s) => s.id).sort()).toEqual(['authenticity']);
    const expected = present.reduce((acc, s) => acc + s.score! * s.weight, 0) / present.reduce((acc, s) => acc + s.weight, 0);
    expect(a.score).toBe(Math.round(expected));
    expect(a.coverage).toBeCloseTo(SUB_SCORE_WEIGHTS.authenticity, 6);
  });

  it('strong videos cannot rescue weak authenticity (score ≤ authenticity + 20, named in the breakdown)', () => {
    // Two warnings (mass following, 25,000 followers per video) leave authenticity at 50; the
    // videos are healthy, so without the cap the score would be a B or better.
    const a = assess(
      [snapshot({ following: count(3_000), videos: count(4), recentVideos: videos(10, 30_000, 2, { likes: 2_500, comments: 100, shares: 50 }) })],
      settings(),
      NOW,
    );
    const auth = a.subScores.find((s) => s.id === 'authenticity')!.score!;
    expect(auth).toBe(50);
    expect(a.breakdown!.base).toBeGreaterThan(70);
    expect(a.score).toBe(70);
    expect(a.breakdown!.caps).toEqual([{ id: 'authenticity', limit: 70, flagId: '' }]);
  });

  it('a compliance risk caps the score at 60 and names the cap', () => {
    const a = assess([snapshot({ bio: 'Obat ini menyembuhkan diabetes', recentVideos: videos(10, 20_000, 2, { likes: 1_200, comments: 40, shares: 20 }) })], settings(), NOW);
    expect(a.flags.some((f) => f.severity === 'risk')).toBe(true);
    expect(a.score!).toBeLessThanOrEqual(60);
    expect(a.breakdown!.caps.map((c) => c.id)).toContain('compliance');
  });

  it('merchant tiers follow the configurable bounds', () => {
    const s = snapshot({ followers: count(300_000) });
    expect(assess([s], settings(), NOW).merchantTier).toBe('waist');
    expect(assess([s], settings({ thresholds: { ...settings().thresholds, headMin: 250_000 } }), NOW).merchantTier).toBe('head');
  });

  it.each([
    [85, 'A'],
    [84, 'B'],
    [70, 'B'],
    [55, 'C'],
    [40, 'D'],
    [39, 'E'],
  ] as const)('gradeOf(%i) = %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });

  it('is pure: same input, same output; input is not mutated', () => {
    const s = snapshot({ recentVideos: videos(10, 5_000) });
    const copy = structuredClone(s);
    expect(assess([s], settings(), NOW)).toEqual(assess([s], settings(), NOW));
    expect(s).toEqual(copy);
  });
});

describe('settings', () => {
  it('thresholds edited in place are picked up (no stale memo)', () => {
    const st = settings();
    const s = snapshot({ following: count(1_800) });
    expect(assess([s], st, NOW).flags.some((f) => f.id === 'mass-following')).toBe(true);
    st.thresholds.massFollowing = 2_000;
    expect(assess([s], st, NOW).flags.some((f) => f.id === 'mass-following')).toBe(false);
  });

  it('settings saved before the new thresholds existed get the defaults', () => {
    const { headMin, waistMin, tailMin, inactiveDays, massFollowing, followersPerVideoMax, likesPerFollowerMin } = settings().thresholds;
    // built directly: the settings() helper would merge the new defaults back in
    const old: Settings = { ...settings(), thresholds: { headMin, waistMin, tailMin, inactiveDays, massFollowing, followersPerVideoMax, likesPerFollowerMin } };
    expect(Object.keys(old.thresholds)).toHaveLength(7);
    const s = snapshot({ recentVideos: videos(10, 1_000) });
    expect(assess([s], old, NOW)).toEqual(assess([s], settings(), NOW));
  });
});
