import { describe, expect, it } from 'vitest';
import { readSavedFile, type SavedFileRead } from '../../../lib/readers/read-saved-file';
import { fixtureFiles, fixtureText, realCaptureFiles, realCapturesPresent, realCaptureText } from '../../fixture-files';
import { parseHtml } from './html';

/**
 * Every real capture, read as a saved file, against values taken from the captures themselves
 * (statsV2 strings, JSON-LD userInteractionCount, DOM grid cells), not from the readers' output.
 * `exact: false` rows give a value the interval must contain (the exact figure another capture of
 * the same account shows, where there is one).
 *
 * The same table holds for the project fixtures trimmed from these captures (tests/fixtures/), read
 * always, and for the real captures themselves when ../shared is there.
 */

type C = { value: number; exact: boolean; contains?: number } | null;
interface Row {
  url?: string;
  kind: SavedFileRead['kind'];
  handle: string;
  followers: C;
  following: C;
  likes: C;
  videos: C;
  verified: boolean | null;
  language: string | null;
  region: string | null;
  recent: number;
}
type Failure = { kind: SavedFileRead['kind']; reason: string; others?: number };

const ex = (value: number): C => ({ value, exact: true });
const approx = (value: number, contains = value): C => ({ value, exact: false, contains });

const TABLE: Record<string, Row | Failure> = {
  'affiliate-creator-profile-emthuythuyyy-vn-2025-02.json': {
    kind: 'affiliate-profile', handle: 'emthuythuyyy', followers: ex(124_062), following: null, likes: null, videos: null,
    verified: null, language: null, region: 'VN', recent: 0,
  },
  // authorStatsV2 repeats the rounded authorStats (427700); the user-detail capture has 427682.
  'api-item-list-zg.520-2025-10.json': {
    kind: 'api-item-list', handle: 'zg.520', followers: approx(427_700, 427_682), following: ex(176), likes: approx(6_800_000, 6_764_096),
    videos: ex(1605), verified: false, language: null, region: null, recent: 1,
  },
  // One item of an item_list: authorStatsV2 repeats the rounded authorStats (heart 82200, diggCount 17100).
  'api-item-vn-2026-04.json': {
    kind: 'api-item', handle: 'justbeminnie', followers: ex(1224), following: ex(467), likes: approx(82_200), videos: ex(275),
    verified: false, language: null, region: null, recent: 1,
  },
  'api-popular-posts-zg.520-2025-10.json': {
    kind: 'api-item-list', handle: 'zg.520', followers: approx(427_700, 427_682), following: ex(176), likes: approx(6_800_000, 6_764_096),
    videos: ex(1605), verified: false, language: null, region: null, recent: 1,
  },
  'api-search-general-keyword-tiktok-tikhub-2026-02.json': { kind: 'search-results', reason: 'not-a-creator-page', others: 12 },
  'api-user-detail-zg.520-2025-10.json': {
    kind: 'api-user-detail', handle: 'zg.520', followers: ex(427_682), following: ex(176), likes: ex(6_764_096), videos: ex(1605),
    verified: false, language: null, region: null, recent: 0,
  },
  'api-user-list-follower-entry-risha_hsf-private-2024-02.json': {
    kind: 'user-list-entry', handle: 'risha_hsf', followers: approx(58), following: approx(588), likes: approx(24), videos: approx(5),
    verified: false, language: null, region: null, recent: 0,
  },
  // A follower / following page shows many creators and none is "the" page's (2 entries each).
  'api-user-list-followers-us-2025-10.json': { kind: 'user-list', reason: 'not-a-creator-page', others: 2 },
  'api-user-list-following-us-2025-10.json': { kind: 'user-list', reason: 'not-a-creator-page', others: 2 },
  'next-data-trending-jp-2021-02.json': { kind: 'next-data', reason: 'not-a-creator-page', others: 2 },
  'profile-alcaldiasa-2026-05-universal-data.html': {
    url: 'https://www.tiktok.com/@alcaldiasa', kind: 'profile-html', handle: 'alcaldiasa', followers: ex(38_490), following: ex(24),
    likes: ex(593_024), videos: ex(927), verified: true, language: 'es', region: null, recent: 16,
  },
  // SIGI stats are display-rounded; the page shows 11.2M / 587.5M; following 1204 is shown in full.
  'profile-dylanlemay-2023-02-sigi-state.html': {
    url: 'https://www.tiktok.com/@dylanlemay', kind: 'profile-html', handle: 'dylanlemay', followers: approx(11_200_000),
    following: ex(1204), likes: approx(587_500_000), videos: approx(1526), verified: true, language: null, region: 'US', recent: 30,
  },
  'profile-jelly.here10-2026-04-universal-data.html': {
    url: 'https://www.tiktok.com/@jelly.here10', kind: 'profile-html', handle: 'jelly.here10', followers: ex(3666), following: ex(1255),
    likes: ex(272_628), videos: ex(543), verified: false, language: 'vi', region: null, recent: 38,
  },
  'profile-mounirlelion-2026-04-saved-rendered-dom-fr.html': {
    url: 'https://www.tiktok.com/@mounirlelion', kind: 'profile-html', handle: 'mounirlelion', followers: ex(139_077),
    following: ex(9850), likes: ex(1_036_430), videos: null, verified: false, language: null, region: null, recent: 34,
  },
  'reflow-video-cyber3301-numberformatter-en-2026-02.html': {
    url: 'https://www.tiktok.com/@mu33.__/photo/7610426235671350549', kind: 'video-html', handle: 'mu33.__', followers: approx(5478),
    following: approx(85), likes: approx(4527), videos: approx(50), verified: false, language: null, region: null, recent: 1,
  },
  'universal-data-home-zh-Hant-TW-mobile-2024-11.json': { kind: 'universal-data', reason: 'not-a-creator-page' },
  'universal-data-profile-khanhiattm2-2026-07.json': {
    kind: 'universal-data', handle: 'khanhiattm2', followers: ex(40_398), following: ex(6), likes: ex(234_997), videos: ex(60),
    verified: false, language: 'en', region: null, recent: 0,
  },
  'user-detail-scope-a-2026-09.json': {
    kind: 'user-detail-scope', handle: 'a', followers: ex(429_675), following: ex(14), likes: ex(684_241), videos: ex(6),
    verified: false, language: 'en', region: null, recent: 0,
  },
  'user-detail-scope-khaby.lame-2026-09.json': {
    kind: 'user-detail-scope', handle: 'khaby.lame', followers: ex(162_986_107), following: ex(81), likes: ex(2_680_875_280),
    videos: ex(1353), verified: true, language: 'en', region: null, recent: 0,
  },
  'user-detail-scope-nasa-2026-09.json': {
    kind: 'user-detail-scope', handle: 'nasa', followers: ex(1_785_290), following: ex(23), likes: ex(9_416_060), videos: ex(46),
    verified: true, language: 'en', region: null, recent: 0,
  },
  'user-detail-scope-nasa-lang-ja-2026-09.json': {
    kind: 'user-detail-scope', handle: 'nasa', followers: ex(1_785_558), following: ex(23), likes: ex(9_418_025), videos: ex(46),
    verified: true, language: 'en', region: null, recent: 0,
  },
  'user-detail-scope-tiktok-2026-09.json': {
    kind: 'user-detail-scope', handle: 'tiktok', followers: ex(95_856_713), following: ex(1), likes: ex(464_227_149), videos: ex(1502),
    verified: true, language: 'en', region: null, recent: 0,
  },
  'user-detail-scope-unavailable-statuscode-10221-2026-09.json': { kind: 'user-detail-scope', reason: 'account-unavailable' },
  'user-detail-scope-zachking-2026-09.json': {
    kind: 'user-detail-scope', handle: 'zachking', followers: ex(86_900_407), following: ex(182), likes: ex(1_300_921_874),
    videos: ex(617), verified: true, language: 'en', region: null, recent: 0,
  },
  // authorStatsV2.heart "82500" repeats the rounded authorStats value.
  'video-detail-w..corporation-7606836476323597588-2026-06-pt-BR.html': {
    url: 'https://www.tiktok.com/@w..corporation/video/7606836476323597588', kind: 'video-html', handle: 'w..corporation',
    followers: ex(7602), following: ex(77), likes: approx(82_500), videos: ex(34), verified: false, language: null, region: null, recent: 1,
  },
};

interface Source {
  tier: string;
  files: string[];
  text: (file: string) => string;
  /** The real captures must match the table exactly; the project ships a part of them. */
  complete: boolean;
}

const SOURCES: Source[] = [
  { tier: 'project fixtures', files: fixtureFiles(), text: fixtureText, complete: false },
  ...(realCapturesPresent ? [{ tier: 'real captures', files: realCaptureFiles(), text: realCaptureText, complete: true }] : []),
];

const cache = new Map<string, SavedFileRead>();
function reader(source: Source): (file: string, url?: string | null) => SavedFileRead {
  return (file, url) => {
    const key = `${source.tier}|${file}|${url ?? ''}`;
    let result = cache.get(key);
    if (!result) {
      result = readSavedFile(source.text(file), { parseHtml: (h) => parseHtml(h, url ?? undefined), now: 1_700_000_000_000, url });
      cache.set(key, result);
    }
    return result;
  };
}

function expectCount(actual: { value: number; low: number; high: number; exact: boolean } | null, expected: C, name: string): void {
  if (expected === null) return void expect(actual, name).toBeNull();
  expect(actual, name).not.toBeNull();
  expect(actual!.value, name).toBe(expected.value);
  expect(actual!.exact, name).toBe(expected.exact);
  if (expected.exact) expect([actual!.low, actual!.high], name).toEqual([expected.value, expected.value]);
  else {
    expect(actual!.low, name).toBeLessThanOrEqual(expected.contains!);
    expect(actual!.high, name).toBeGreaterThanOrEqual(expected.contains!);
  }
}

describe.each(SOURCES)('$tier, read as saved files', (source) => {
  const { files } = source;
  const readFixture = reader(source);
  it(source.complete ? 'covers every capture' : 'every fixture is a capture in the table', () => {
    if (source.complete) expect(files).toEqual(Object.keys(TABLE).sort());
    else expect(files.filter((f) => !(f in TABLE))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const row = TABLE[file]!;
    const result = readFixture(file, 'url' in row ? row.url : null);
    expect(result.kind).toBe(row.kind);
    if ('reason' in row) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe(row.reason);
      if (row.others !== undefined) expect(result.others?.length).toBe(row.others);
      return;
    }
    if (!result.ok) throw new Error(`${file}: ${result.reason} ${result.detail ?? ''}`);
    const s = result.snapshot;
    expect(s.handle).toBe(row.handle);
    expectCount(s.followers, row.followers, 'followers');
    expectCount(s.following, row.following, 'following');
    expectCount(s.likes, row.likes, 'likes');
    expectCount(s.videos, row.videos, 'videos');
    expect(s.verified).toBe(row.verified);
    expect(s.language).toBe(row.language);
    expect(s.region).toBe(row.region);
    expect(s.recentVideos).toHaveLength(row.recent);
    for (const [field, value] of Object.entries(s)) {
      if (value === null || field === 'provenance' || field === 'url' || field === 'source' || field === 'platform' || field === 'capturedAt') continue;
      if (Array.isArray(value) && value.length === 0) continue;
      expect(s.provenance[field], `provenance of ${field}`).toBeDefined();
    }
  });
});

describe.each(SOURCES)('$tier: details the table does not cover', (source) => {
  const readFixture = reader(source);
  it('the 10221 capture keeps its status code and message', () => {
    const r = readFixture('user-detail-scope-unavailable-statuscode-10221-2026-09.json');
    expect(r).toMatchObject({ ok: false, reason: 'account-unavailable', detail: 'statusCode 10221: user banned' });
  });

  it('khaby.lame: int32-overflowed stats.heartCount is never used', () => {
    const r = readFixture('user-detail-scope-khaby.lame-2026-09.json');
    expect(r.ok && r.snapshot.likes?.value).toBe(2_680_875_280);
  });

  it('zg.520 /api/user/detail/: commerce account and category', () => {
    const r = readFixture('api-user-detail-zg.520-2025-10.json');
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({ commerceUser: true, commerceCategory: 'Travel & Tourism', nickname: '小邹旅行🇨🇳', source: 'api-user-detail' });
  });

  it('zg.520 item_list: the pinned video with its stats and language', () => {
    const r = readFixture('api-item-list-zg.520-2025-10.json');
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.recentVideos[0]).toMatchObject({
      id: '7513039993741397256', createTime: 1_749_265_942_000, pinned: true, views: 1_900_000, likes: 68_300,
      comments: 1502, shares: 2528, saves: 5012, textLanguage: 'zh-Hans', exact: false,
    });
  });

  it('popular posts: an exact statsV2 collectCount beside rounded ones', () => {
    const r = readFixture('api-popular-posts-zg.520-2025-10.json');
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.recentVideos[0]).toMatchObject({ id: '7498337886933191943', saves: 59_149, views: 14_200_000, exact: false });
  });

  it('pt-BR video page: the one video, located in BR', () => {
    const r = readFixture('video-detail-w..corporation-7606836476323597588-2026-06-pt-BR.html', 'https://www.tiktok.com/@w..corporation/video/7606836476323597588');
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.recentVideos[0]).toMatchObject({
      id: '7606836476323597588', createTime: 1_771_104_645_000, locationCreated: 'BR', textLanguage: 'ro', saves: 4768, comments: 449,
    });
    expect(r.snapshot.nickname).toBe('W. Corporation®');
  });

  it('dylanlemay SIGI: 30 videos in ItemList order, figures not exact', () => {
    const r = readFixture('profile-dylanlemay-2023-02-sigi-state.html', 'https://www.tiktok.com/@dylanlemay');
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.recentVideos[0]).toMatchObject({ id: '7203022122757803307', createTime: 1_677_084_289_000, views: 101_500, likes: 15_500, exact: false, locationCreated: 'US' });
    expect(r.snapshot.recentVideos.at(-1)!.id).toBe('7174071499312205098');
    expect(r.snapshot.bioLink).toBe('https://catchnicecream.com');
    expect(r.snapshot.provenance['followers']).toBe('sigi-state');
  });

  it('jelly.here10: grid views abbreviated, three pinned videos, bio link', () => {
    const r = readFixture('profile-jelly.here10-2026-04-universal-data.html', 'https://www.tiktok.com/@jelly.here10');
    if (!r.ok) throw new Error(r.reason);
    const v = r.snapshot.recentVideos;
    expect(v.filter((x) => x.pinned).map((x) => x.id)).toEqual(['7545042112362958098', '7536574544237104402', '7592128976982740231']);
    expect(v[0]).toMatchObject({ views: 4_000_000, exact: false, createTime: null });
    expect(v[3]).toMatchObject({ id: '7630085004911103252', views: 3 });
    expect(r.snapshot.bioLink).toBe('https://beacons.ai/jelly.here10');
    expect(r.snapshot.provenance).toMatchObject({ followers: 'universal-data', recentVideos: 'dom' });
  });

  it('mounirlelion (French, DOM + JSON-LD only): exact counts from JSON-LD, identity from the page', () => {
    const r = readFixture('profile-mounirlelion-2026-04-saved-rendered-dom-fr.html', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.handle).toBe('mounirlelion');
    // The capture spells Î as I + U+0302 (combining circumflex); kept as captured.
    expect(r.snapshot.nickname).toBe('🇬🇧MouniR  ACADEMI\u0302 creator');
    expect(r.snapshot.provenance).toMatchObject({ followers: 'json-ld', likes: 'json-ld', following: 'dom' });
    expect(r.snapshot.recentVideos.filter((v) => v.pinned).map((v) => v.id)).toEqual(['7607919955543215382', '7557095278185106710']);
    expect(r.snapshot.recentVideos[1]).toMatchObject({ views: 12_700, exact: false });
  });

  it('HTML without a URL takes the handle from the page itself', () => {
    const r = readFixture('profile-alcaldiasa-2026-05-universal-data.html', null);
    expect(r.ok && r.snapshot.handle).toBe('alcaldiasa');
  });

  it('Affiliate Center: commerce metrics mapped from the capture', () => {
    const r = readFixture('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json');
    if (!r.ok) throw new Error(r.reason);
    const c = r.snapshot.commerce!;
    expect(c).toMatchObject({
      currency: 'VND', gmv: 133_738_359.53, gmvLow: 1_000_000, gmvHigh: null, unitsSold: 1263, gpm: 59_503.68, medianViews: 2212,
      engagementRate: 0.0239, collaboratedBrands: 24, promotedProducts: 44, medianCommissionRate: 0.1, videosLast30Days: 72,
      liveStreamsLast30Days: 0,
    });
    expect(c.categories).toEqual(['Beauty & Personal Care', 'Shoes', 'Womenswear & Underwear']);
    expect(c.audienceLocations.map((l) => [l.key, l.count])).toEqual([
      ['HA NOI', 2450], ['HO CHI MINH', 1387], ['THANH HOA', 257], ['HAI PHONG', 251], ['BAC GIANG', 228],
    ]);
    expect(c.audienceLocations.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 6);
    expect(c.audienceAges).toEqual([]);
    expect(c.audienceGenders).toEqual([]);
    expect(r.snapshot.nickname).toBe('Em Thuý Thuý');
    // From qr_code_schema; creator_oecuid (7495881263612856625) is a Shop id, not the user id.
    expect(r.snapshot.userId).toBe('7402753618010866693');
    expect(r.snapshot.secUid).toBe('MS4wLjABAAAAB7eb8GMM6dn8acMw_vavjL_VA9z_ZhfDYQNXm6yV4BHX4HkHLmrcXz3lqNiTnfsM');
  });
});

/** Captures the project ships no fixture of: read only in the real-capture tier. */
describe.runIf(realCapturesPresent)('real captures: details of captures without a project fixture', () => {
  const readFixture = reader(SOURCES.at(-1)!);
  it('a private follower-list entry says so', () => {
    const r = readFixture('api-user-list-follower-entry-risha_hsf-private-2024-02.json');
    expect(r.ok && r.snapshot.privateAccount).toBe(true);
  });

  it.each(['api-user-list-followers-us-2025-10.json', 'api-user-list-following-us-2025-10.json'])(
    '%s: each entry keeps its own exact statsV2 counts',
    (file) => {
      const entries = (JSON.parse(realCaptureText(file)) as {
        data: { userList: { user: { uniqueId: string }; statsV2: { followerCount: string; heartCount: string } }[] };
      }).data.userList;
      const r = readFixture(file);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.others?.map((o) => [o.handle, o.followers?.value, o.likes?.value])).toEqual(
        entries.map((e) => [e.user.uniqueId, Number(e.statsV2.followerCount), Number(e.statsV2.heartCount)]),
      );
    },
  );

  it('reflow page: the author, not the person who shared the link', () => {
    const r = readFixture('reflow-video-cyber3301-numberformatter-en-2026-02.html');
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.handle).toBe('mu33.__');
    expect(r.snapshot.recentVideos[0]).toMatchObject({ id: '7610426235671350549', locationCreated: 'IQ', views: 174, likes: 22 });
  });

  it('search results list the creators they show', () => {
    const r = readFixture('api-search-general-keyword-tiktok-tikhub-2026-02.json');
    const handles = (r.others ?? []).map((o) => o.handle);
    expect(handles).toContain('dua_zahra014');
    expect(handles).toContain('tiktok');
    const dua = r.others!.find((o) => o.handle === 'dua_zahra014')!;
    expect(dua.followers).toMatchObject({ value: 398_400, exact: false });
  });
});
