import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/scoring/assess';
import { AssessmentSchema } from '../../../lib/schemas/assessment';
import { DEFAULT_SETTINGS } from '../../../lib/schemas/settings';
import { NOW, readReal, realSnapshot, realZg520 } from './helpers';

const ids = (a: ReturnType<typeof assess>): string[] => a.flags.map((f) => f.id);

describe('assess on real captures (built with readUniversalData)', () => {
  it('@a (429,675 followers, 6 videos) raises the followers-per-video flag with its evidence', () => {
    const a = assess([realSnapshot('user-detail-scope-a-2026-09.json')], DEFAULT_SETTINGS, NOW);
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
    const f = a.flags.find((x) => x.id === 'high-followers-per-video');
    expect(f).toMatchObject({ pitfall: 'P1', severity: 'warn', messageKey: 'flag.high-followers-per-video' });
    expect(f?.evidence).toMatchObject({ followers: 429_675, videos: 6, threshold: 20_000 });
    expect(f?.evidence['followersPerVideo']).toBe(Math.round(429_675 / 6));
    expect(a.status).toBe('ok');
    expect(a.tier).toBe('mid');
    expect(a.merchantTier).toBe('waist');
    expect(a.confidence).toBe('profile');
    expect(a.caveats?.map((c) => c.id)).toContain('profile-only');
    // Profile counts only: no grade, and the card says to open the videos.
    expect(a.grade).toBeNull();
    expect(a.provisionalReasons).toEqual(['profile-counts-only']);
  });

  it("khaby.lame's overflowed stats.heartCount (-1614092016) never reaches the score", () => {
    const s = realSnapshot('user-detail-scope-khaby.lame-2026-09.json');
    const a = assess([s], DEFAULT_SETTINGS, NOW);
    expect(a.status).toBe('ok');
    const lpf = a.figures.find((f) => f.id === 'likesPerFollower');
    expect(lpf?.inputs['likes']).toBe(2_680_875_280);
    expect(lpf?.value).toBeGreaterThan(0);
    const everyNumber = [
      ...a.figures.flatMap((f) => [f.value, ...Object.values(f.inputs)]),
      ...a.flags.flatMap((f) => Object.values(f.evidence)),
    ].filter((v): v is number => typeof v === 'number');
    expect(everyNumber).not.toContain(-1_614_092_016);
    expect(everyNumber.every((v) => v >= 0)).toBe(true);
    expect(ids(a)).not.toContain('low-likes-per-follower');
    // 120K followers per video over 1,353 videos: fame, not too little content — a warning, not a risk
    expect(a.flags.find((f) => f.id === 'high-followers-per-video')?.severity).toBe('warn');
  });

  it('khaby.lame with only the overflowed stats (statsV2 removed) still never sees a negative count', () => {
    const s = realSnapshot('user-detail-scope-khaby.lame-2026-09.json');
    // What a snapshot would look like if a negative count slipped through a reader.
    const broken = { ...s, likes: { value: -1_614_092_016, low: -1_614_092_016, high: -1_614_092_016, exact: false } };
    const a = assess([broken], DEFAULT_SETTINGS, NOW);
    expect(a.figures.find((f) => f.id === 'likesPerFollower')).toBeUndefined();
    expect(ids(a)).not.toContain('low-likes-per-follower');
  });

  it('the banned account (statusCode 10221) is "not enough data", not a low score', () => {
    const r = readReal('user-detail-scope-unavailable-statuscode-10221-2026-09.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const a = assess([], DEFAULT_SETTINGS, NOW, { unreadable: r.reason });
    expect(a).toMatchObject({ status: 'insufficient', score: null, grade: null, confidence: 'none', insufficientReason: 'account-unavailable' });
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
  });

  it.each([
    ['user-detail-scope-nasa-2026-09.json', 'mega', 'head'],
    ['user-detail-scope-tiktok-2026-09.json', 'mega', 'head'],
    ['user-detail-scope-zachking-2026-09.json', 'mega', 'head'],
    // 429,675 followers: mid (100K–500K) by the common convention, 腰部 (100K–1M).
    ['user-detail-scope-a-2026-09.json', 'mid', 'waist'],
  ] as const)('%s assesses to a schema-valid result with tier %s / %s', (file, tier, merchantTier) => {
    const a = assess([realSnapshot(file)], DEFAULT_SETTINGS, NOW);
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
    expect(a.tier).toBe(tier);
    expect(a.merchantTier).toBe(merchantTier);
    expect(a.score).not.toBeNull();
  });

  it('zg.520 with its real item_list videos: both are pinned, so they stay out of the medians', () => {
    const s = realZg520(Date.UTC(2025, 9, 20));
    expect(s.recentVideos).toHaveLength(2);
    expect(s.recentVideos.every((v) => v.pinned)).toBe(true);
    const a = assess([s], DEFAULT_SETTINGS, Date.UTC(2025, 9, 20));
    expect(a.figures.find((f) => f.id === 'engagementPerView')).toBeUndefined();
    expect(a.subScores.find((x) => x.id === 'engagement')?.score).toBeNull();
    expect(a.confidence).toBe('profile');
    expect(a.caveats?.find((c) => c.id === 'videos-left-out')?.evidence).toMatchObject({ pinned: 2 });
    // Old pinned videos are no evidence of inactivity
    expect(ids(a)).not.toContain('inactive');
    expect(a.subScores.find((x) => x.id === 'activity')?.score).toBeNull();
    // The captions are scanned and are clean: no claim is no pass, so compliance stays unjudged.
    expect(a.claimHits).toEqual([]);
    expect(a.subScores.find((x) => x.id === 'compliance')?.score).toBeNull();
    // The real bio offers the account for sale ("账号出售"): a risk that caps the score.
    expect(a.flags.find((f) => f.id === 'account-for-sale')).toMatchObject({ severity: 'risk', evidence: { phrase: '账号出售', language: 'zh' } });
  });
});
