import { describe, expect, it } from 'vitest';
import { scanText } from '../../../lib/compliance';
import { assess } from '../../../lib/scoring/assess';
import { restrictedCategoriesFor } from '../../../lib/scoring/restricted-categories';
import type { Assessment } from '../../../lib/schemas/assessment';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import type { Settings } from '../../../lib/schemas/settings';
import { count, DAY, NOW, settings, snapshot, video, videos } from './helpers';

const run = (s: CreatorSnapshot, st: Settings = settings()): Assessment => assess([s], st, NOW);
const sub = (a: Assessment, id: string) => a.subScores.find((x) => x.id === id)?.score;
const fig = (a: Assessment, id: string) => a.figures.find((f) => f.id === id);
const flagIds = (a: Assessment) => a.flags.map((f) => f.id);

describe('engagement', () => {
  it('per-view engagement is the median of (likes+comments+shares)/views over non-pinned videos older than 3 days', () => {
    const vids = [
      video(4, 1_000, { likes: 50, comments: 5, shares: 5 }), // 6%
      video(6, 1_000, { likes: 30, comments: 5, shares: 5 }), // 4%
      video(8, 1_000, { likes: 10, comments: 5, shares: 5 }), // 2%
      video(1, 1_000, { likes: 900, comments: 0, shares: 0 }), // young: left out
      video(90, 1_000, { likes: 900, comments: 0, shares: 0, pinned: true }), // pinned: left out
    ];
    const a = run(snapshot({ recentVideos: vids }));
    expect(fig(a, 'engagementPerView')?.value).toBeCloseTo(0.04, 6);
    expect(fig(a, 'engagementPerView')?.inputs).toMatchObject({ videos: 3, pinnedLeftOut: 1, youngLeftOut: 1 });
  });

  it.each([
    // [tier followers, median interactions per video, expected points band]
    ['nano at the median (7.84%)', 5_000, 392, 70],
    ['micro at P25 (3.28%)', 20_000, 656, 40],
    ['macro at P75 (4.22%)', 200_000, 8_440, 100],
    ['mega far below P25 (0.1% ÷ 1.12% × 40)', 1_000_000, 1_000, 3.6],
  ] as const)('per-follower engagement is placed against the tier benchmark: %s', (_, followers, interactions, points) => {
    const vids = videos(6, interactions * 25, 2, { likes: interactions, comments: 0, shares: 0 });
    const a = run(snapshot({ followers: count(followers), likes: count(followers * 10), recentVideos: vids }));
    const f = fig(a, 'engagementPerFollower');
    expect(f?.value).toBeCloseTo(interactions / followers, 6);
    expect(Number(f?.inputs['points'])).toBeCloseTo(points, 0);
  });

  it('is null (not zero) without video statistics, and confidence says profile only', () => {
    const a = run(snapshot());
    expect(sub(a, 'engagement')).toBeNull();
    expect(a.confidence).toBe('profile');
  });

  it('DOM-grid videos with views only give confidence "views" and a view rate but no engagement', () => {
    const vids = Array.from({ length: 9 }, (_, i) =>
      video(0, 30_000 + i, { createTime: null, likes: null, comments: null, shares: null, saves: null, exact: false }),
    );
    const a = run(snapshot({ recentVideos: vids }));
    expect(a.confidence).toBe('views');
    expect(fig(a, 'viewRate')).toBeDefined();
    expect(sub(a, 'engagement')).toBeNull();
    expect(a.caveats?.map((c) => c.id)).toEqual(expect.arrayContaining(['video-dates-unknown', 'abbreviated-counts']));
  });
});

describe('activity', () => {
  it.each([
    // [case, video ages in days, inactive severity, weak posting]
    ['posts every 2 days', Array.from({ length: 20 }, (_, i) => 1 + i * 2), null, false],
    ['last post 45 days ago', [45, 50, 60], 'warn', false],
    ['last post 120 days ago', [120, 130], 'risk', false],
    ['one post a week (4 in 30 days), list reaches back', [2, 9, 16, 23, 31, 38], null, true],
    ['three posts in 30 days but the list stops inside the window', [2, 9, 16], null, false],
  ] as const)('%s', (_, ages, inactive, weak) => {
    const a = run(snapshot({ videos: count(500), recentVideos: ages.map((d) => video(d, 10_000)) }));
    expect(a.flags.find((f) => f.id === 'inactive')?.severity ?? null).toBe(inactive);
    expect(flagIds(a).includes('weak-posting')).toBe(weak);
  });

  it('old pinned videos alone never make a creator "inactive"; a recent pinned one proves activity', () => {
    const old = run(snapshot({ recentVideos: [video(200, 1_000, { pinned: true })] }));
    expect(flagIds(old)).not.toContain('inactive');
    expect(sub(old, 'activity')).toBeNull();
    const recent = run(snapshot({ recentVideos: [video(3, 1_000, { pinned: true })] }));
    expect(fig(recent, 'daysSinceLastPost')?.value).toBe(3);
  });

  it('counts posts per week over 30 days before the visit', () => {
    const a = run(snapshot({ recentVideos: [2, 5, 9, 12, 16, 19, 23, 26, 40].map((d) => video(d, 1_000)) }));
    expect(fig(a, 'postsPerWeek')?.value).toBeCloseTo((8 / 30) * 7, 1);
    expect(fig(a, 'postsPerWeek')?.inputs).toMatchObject({ posts: 8, complete: true });
    expect(fig(a, 'daysSinceLastPost')?.value).toBe(2);
  });

  it('a profile whose every video is listed is complete even inside the window', () => {
    const a = run(snapshot({ videos: count(2), recentVideos: [video(5, 100), video(12, 100)] }));
    expect(flagIds(a)).toContain('weak-posting');
  });

  it('is measured as of the visit, not as of the assessment', () => {
    const s = snapshot({ capturedAt: NOW - 60 * DAY, recentVideos: [video(62, 100), video(64, 100), video(66, 100)] });
    const a = run(s);
    expect(fig(a, 'daysSinceLastPost')?.value).toBe(2);
    expect(flagIds(a)).not.toContain('inactive');
    expect(a.caveats?.map((c) => c.id)).toContain('stale-snapshot');
  });
});

describe('consistency (median vs mean views)', () => {
  it.each([
    ['even views', Array(8).fill(10_000) as number[], 100, false],
    ['one viral video carries the account', [1_000_000, ...Array(9).fill(10_000)] as number[], 0, true],
    ['moderate spread', [30_000, 20_000, 10_000, 10_000, 10_000, 5_000], 100, false],
  ])('%s', (_, views, score, viral) => {
    const a = run(snapshot({ recentVideos: views.map((v, i) => video(4 + i, v)) }));
    expect(sub(a, 'consistency')).toBeCloseTo(score, 0);
    expect(flagIds(a).includes('viral-carried')).toBe(viral);
  });

  it('needs five judgeable videos', () => {
    const a = run(snapshot({ recentVideos: videos(4, 1_000) }));
    expect(sub(a, 'consistency')).toBeNull();
    expect(a.caveats?.map((c) => c.id)).toContain('few-videos');
  });
});

describe('commerce fit (P10)', () => {
  const commerce = {
    currency: 'VND',
    gmv: 30_000_000,
    unitsSold: 120,
    gpm: 15_000,
    medianViews: 40_000,
    engagementRate: null,
    categories: ['Beauty & Personal Care'],
    audienceLocations: [],
    audienceAges: [],
    audienceGenders: [],
  };

  it('GMV is flagged as lacking refunds context and gives an average order value', () => {
    const a = run(snapshot({ commerce }));
    // The page states median views but no engagement: its GMV does not stand on a reading of the
    // videos, so confidence says "views", not the top "commerce".
    expect(a.confidence).toBe('views');
    expect(run(snapshot({ commerce: { ...commerce, engagementRate: 0.05 } })).confidence).toBe('commerce');
    expect(flagIds(a)).toContain('gmv-without-refunds');
    expect(fig(a, 'averageOrderValue')?.value).toBe(250_000);
  });

  it.each([
    [null, false],
    [10_000, false],
    [20_000, true],
  ])('minGpm %s → high-views-low-gpm %s', (minGpm, flagged) => {
    const a = run(snapshot({ commerce }), settings({ thresholds: { ...settings().thresholds, minGpm } }));
    expect(flagIds(a).includes('high-views-low-gpm')).toBe(flagged);
  });

  it.each([
    ['beauty', false],
    ['Electronics', true],
  ])('merchant category %s → category-mismatch %s', (category, flagged) => {
    const a = run(snapshot({ commerce }), settings({ category }));
    expect(flagIds(a).includes('category-mismatch')).toBe(flagged);
  });

  it('is null when nothing commercial is known', () => {
    expect(sub(run(snapshot()), 'commerceFit')).toBeNull();
  });

  it('the commerce-account switch alone is a note, never a pass: commerce fit stays unjudged', () => {
    // The switch says the creator may sell, not that they sell well: scoring it 100 gave thin
    // profiles top grades (a 7,461-follower account scored 100/A on it).
    expect(sub(run(snapshot({ commerceUser: true })), 'commerceFit')).toBeNull();
    const no = run(snapshot({ commerceUser: false }));
    expect(sub(no, 'commerceFit')).toBeNull();
    expect(flagIds(no)).toContain('not-commerce-account');
  });
});

describe('market fit (P8)', () => {
  it('is not judged without a target market', () => {
    expect(sub(run(snapshot({ language: 'id' })), 'marketFit')).toBeNull();
  });

  it.each([
    ['VN creator for VN', 'VN', { region: 'VN', language: 'vi' }, 'vi', 'VN', 100, []],
    ['Indonesian captions and locations for VN', 'VN', { language: 'id' }, 'id', 'ID', 0, ['videos-elsewhere', 'caption-language-mismatch', 'app-language-mismatch']],
    ['pre-2025 region mismatch only', 'TH', { region: 'US' }, null, null, 0, ['region-mismatch']],
    ['Malay market accepts English captions', 'MY', { language: 'en' }, 'en', 'MY', 100, []],
  ] as const)('%s', (_, market, profile, textLanguage, locationCreated, score, flags) => {
    const vids = videos(5, 1_000, 2, { textLanguage, locationCreated });
    const a = run(snapshot({ ...profile, recentVideos: vids }), settings({ targetMarket: market }));
    expect(sub(a, 'marketFit')).toBe(score);
    expect(a.flags.filter((f) => f.pitfall === 'P8').map((f) => f.id).sort()).toEqual([...flags].sort());
  });

  it('the merchant’s restricted category is not a flag on the creator (it is shown once, in Settings and drafts)', () => {
    const a = run(snapshot(), settings({ targetMarket: 'ID', category: 'Health supplements' }));
    expect(a.flags.some((x) => x.id.startsWith('restricted-category'))).toBe(false);
    expect(restrictedCategoriesFor('Health supplements', 'ID').map((r) => r.id)).toEqual(['supplements']);
    expect(restrictedCategoriesFor('Home decor', 'ID')).toEqual([]);
    // beauty is restricted in the US only (market.md: SKU IQ summary)
    expect(restrictedCategoriesFor('Beauty', 'US').map((r) => r.id)).toContain('beauty');
    expect(restrictedCategoriesFor('Beauty', 'VN').map((r) => r.id)).not.toContain('beauty');
  });

  it('Affiliate Center provinces are not compared with country codes', () => {
    // "HA NOI" is a province of the creator's marketplace (VN), not a country: the region says VN.
    const commerce = { currency: 'VND', gmv: null, unitsSold: null, gpm: null, medianViews: null, engagementRate: null, categories: [], audienceLocations: [{ key: 'HA NOI', share: 0.6 }, { key: 'HO CHI MINH', share: 0.4 }], audienceAges: [], audienceGenders: [] };
    const a = run(snapshot({ region: 'VN', commerce }), settings({ targetMarket: 'VN' }));
    expect(flagIds(a)).not.toContain('audience-elsewhere');
    expect(sub(a, 'marketFit')).toBe(100);
  });

  it('the viewer region is never used: only creator fields', () => {
    // A creator with no language/region/video fields gives no market evidence at all.
    expect(sub(run(snapshot(), settings({ targetMarket: 'US' })), 'marketFit')).toBeNull();
  });
});

describe('compliance (P2)', () => {
  it('a clean bio raises no P2 flag and is left out of the score, not counted as a pass', () => {
    const a = run(snapshot({ bio: 'Travel vlogs from China 🇨🇳 business: hello@example.com' }));
    expect(a.flags.filter((f) => f.pitfall === 'P2')).toEqual([]);
    expect(sub(a, 'compliance')).toBeNull();
  });

  it.each([
    ['全网最低价，快来买', 'banned-claim-bio.price', 'warn'],
    ['Serum ini menyembuhkan jerawat', 'banned-claim-bio.efficacy', 'risk'],
    ['No.1 skincare in Vietnam', 'banned-claim-bio.superlative', 'warn'],
  ])('bio %s → %s', (bio, id, severity) => {
    const a = run(snapshot({ bio }));
    const f = a.flags.find((x) => x.id === id);
    expect(f).toMatchObject({ pitfall: 'P2', severity, messageKey: 'flag.banned-claim-bio' });
    expect(a.claimHits?.[0]).toMatchObject({ field: 'bio', videoId: null });
    expect(bio.slice(a.claimHits![0]!.start, a.claimHits![0]!.end)).toBe(a.claimHits![0]!.phrase);
  });

  it('caption hits are grouped per category with counts', () => {
    const vids = [video(4, 1, { caption: 'the best serum ever' }), video(5, 1, { caption: 'The best toner' }), video(6, 1, { caption: 'cheapest on tiktok' })];
    const a = run(snapshot({ bio: '', recentVideos: vids }));
    const sup = a.flags.find((f) => f.id === 'banned-claim-captions.superlative');
    expect(sup?.evidence).toMatchObject({ hits: 2, videos: 2, language: 'en' });
    expect(a.flags.some((f) => f.id === 'banned-claim-captions.price')).toBe(true);
    expect(sub(a, 'compliance')).toBe(50);
  });

  it('is not judged when neither bio nor captions are known', () => {
    expect(sub(run(snapshot({ bio: null })), 'compliance')).toBeNull();
  });
});

describe('compliance scan of many captions at once', () => {
  it('gives each caption the same hits, with its own indices, as scanning it alone', () => {
    // a fresh suffix keeps the memo cold so the joined scan really runs
    const fresh = `${Date.now()}${Math.random()}`;
    const captions = ['the best', `xx 全网最低 ${fresh}`, `thebest ${fresh}`, '', `no.1 👉 tốt nhất ${fresh}`, `Lebih murah dari Shopee ${fresh}`, `plain ${fresh}`];
    const vids = captions.map((caption, i) => video(4 + i, 100, { id: `c${i}`, caption }));
    const a = run(snapshot({ bio: `cheapest ${fresh}`, recentVideos: vids }));
    captions.forEach((caption, i) => {
      const joined = (a.claimHits ?? []).filter((h) => h.videoId === `c${i}`).map((h) => [h.entryId, h.start, h.end, h.phrase]);
      const alone = scanText(caption).map((h) => [h.entryId, h.start, h.end, h.phrase]);
      expect(joined, caption).toEqual(alone);
    });
    expect((a.claimHits ?? []).filter((h) => h.field === 'bio').map((h) => h.phrase)).toEqual(['cheapest']);
    expect((a.claimHits ?? []).length).toBe(7);
  });
});
