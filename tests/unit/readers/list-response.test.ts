import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listKindOf } from '../../../lib/readers/list-kind';
import { creatorsOfList } from '../../../lib/readers/list-response';
import { CreatorSnapshotSchema, type CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { REAL_CAPTURES as REAL_FIXTURES } from '../../fixture-files';

/**
 * The list readers on real captured list responses (trimmed copies in tests/fixtures/lists, see the
 * README there) and on the reconstructed marketplace response. Every expected figure below is the
 * value in that creator's own record of the fixture, quoted beside it.
 */

const AT = Date.UTC(2026, 1, 5);
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/lists', name), 'utf8'));
const byHandle = (list: CreatorSnapshot[]) => new Map(list.map((c) => [c.handle, c]));

describe('listKindOf', () => {
  it('names the list endpoints and nothing else', () => {
    expect(listKindOf('https://www.tiktok.com/api/search/general/full/?keyword=tiktok')).toBe('search-general');
    expect(listKindOf('/api/search/user/full/?keyword=a')).toBe('search-users');
    expect(listKindOf('https://www.tiktok.com/api/search/item/full/?keyword=a')).toBe('search-videos');
    expect(listKindOf('https://www.tiktok.com/api/user/list/?scene=67')).toBe('user-list');
    expect(listKindOf('https://www.tiktok.com/api/recommend/item_list/?count=9')).toBe('feed');
    expect(listKindOf('https://www.tiktok.com/api/explore/item_list/?count=9')).toBe('feed');
    expect(listKindOf('https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?user_language=en')).toBe('marketplace');
    // A creator's own videos belong to the profile page, not to a list.
    expect(listKindOf('https://www.tiktok.com/api/post/item_list/?secUid=x')).toBeNull();
    expect(listKindOf('https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile')).toBeNull();
    expect(listKindOf('https://www.tiktok.com/api/search/general/full/evil')).toBeNull();
    expect(listKindOf('http://[bad')).toBeNull();
  });
});

describe('search results (real capture, keyword "TikTok", 2026-02)', () => {
  const creators = creatorsOfList('search-general', fixture('search-general-tiktok-2026-02.trimmed.json'), AT);
  const map = byHandle(creators);

  it('reads each video author and the user card, in page order, once each', () => {
    // 11 video hits by 11 authors + the @tiktok user card (type 4).
    expect(creators.map((c) => c.handle)).toEqual([
      'dua_zahra014',
      'bihuo88898',
      'tiktok',
      'user2617125334535',
      'alices.may63',
      'arafat_islam210',
      'm24bacha2',
      'rsnijonvai',
      'holeeshiiit',
      'airatafridi40',
      'nimrajani005',
      'zhouedits',
    ]);
  });

  it("gives each author the counts of their own item's authorStats, exact only where TikTok's figure is", () => {
    // airatafridi40: authorStatsV2.followerCount "6793" (below 10,000: shown in full) → exact.
    expect(map.get('airatafridi40')!.followers).toEqual({ value: 6793, low: 6793, high: 6793, exact: true });
    expect(map.get('airatafridi40')!.following!.value).toBe(5864);
    // dua_zahra014: "398400" repeats the rounded authorStats figure (398.4K): an interval, not exact.
    const dua = map.get('dua_zahra014')!.followers!;
    expect(dua.exact).toBe(false);
    expect(dua.value).toBe(398_400);
    expect(dua.low).toBeLessThanOrEqual(398_400);
    expect(dua.high).toBeGreaterThan(398_400);
    // user2617125334535: followerCount "780", videoCount "150".
    expect(map.get('user2617125334535')!.followers!.value).toBe(780);
    expect(map.get('user2617125334535')!.videos!.value).toBe(150);
  });

  it('reads the user card from its own snake_case record', () => {
    // user_info.follower_count 92700000, total_favorited 453517656: display-rounded figures.
    const tiktok = map.get('tiktok')!;
    expect(tiktok.followers!.value).toBe(92_700_000);
    expect(tiktok.followers!.exact).toBe(false);
    expect(tiktok.nickname).toBe('TikTok');
    expect(tiktok.userId).toBe('107955');
  });

  it('attaches no video: a search hit says nothing about the creator\'s latest posts', () => {
    for (const c of creators) expect(c.recentVideos).toEqual([]);
  });

  it('finds the same creators under the users and videos tabs', () => {
    const general = fixture('search-general-tiktok-2026-02.trimmed.json') as { data: { item?: unknown; user_list?: unknown[] }[] };
    const users = creatorsOfList('search-users', { user_list: general.data.flatMap((r) => r.user_list ?? []) }, AT);
    expect(users.map((c) => [c.handle, c.followers?.value])).toEqual([['tiktok', 92_700_000]]);
    const videos = creatorsOfList('search-videos', { item_list: general.data.flatMap((r) => (r.item ? [r.item] : [])) }, AT);
    expect(videos).toHaveLength(11);
    expect(byHandle(videos).get('zhouedits')!.followers!.value).toBe(98_900);
  });
});

describe('follower and following lists (real captures)', () => {
  it('reads each entry with its own stats', () => {
    const followers = creatorsOfList('user-list', fixture('user-list-followers-us-2025-10.trimmed.json'), AT);
    // First entry: @waankutaaera, statsV2.followerCount "5472", heartCount "211339" (stats rounds to 211300).
    const first = followers[0]!;
    expect(first.handle).toBe('waankutaaera');
    expect(first.followers).toEqual({ value: 5472, low: 5472, high: 5472, exact: true });
    expect(first.likes).toEqual({ value: 211_339, low: 211_339, high: 211_339, exact: true });
    // Second entry: 3 followers, 95 following, 2 videos.
    expect(followers[1]!.followers!.value).toBe(3);
    expect(followers[1]!.videos!.value).toBe(2);
    const following = creatorsOfList('user-list', fixture('user-list-following-us-2025-10.trimmed.json'), AT);
    expect(following).toHaveLength(2);
    for (const c of [...followers, ...following]) expect(c.source).toBe('api-user-list');
  });

  it('keeps a private account private', () => {
    // @risha_hsf: privateAccount true, 58 followers (stats only: < 10,000 is shown in full).
    const [entry] = creatorsOfList('user-list', fixture('user-list-follower-entry-private-2024-02.trimmed.json'), AT);
    expect(entry!.handle).toBe('risha_hsf');
    expect(entry!.privateAccount).toBe(true);
    expect(entry!.followers!.value).toBe(58);
  });
});

describe('For You / Explore feed (real items)', () => {
  it('reads each video author once, with that item\'s authorStats', () => {
    const creators = creatorsOfList('feed', fixture('feed-items.trimmed.json'), AT);
    // zg.520 appears twice (two items): one creator.
    expect(creators.map((c) => c.handle)).toEqual(['minnakowaikarayada7', 'stprinfo', 'justbeminnie', 'zg.520']);
    // justbeminnie: authorStatsV2.followerCount "1224".
    expect(byHandle(creators).get('justbeminnie')!.followers).toEqual({ value: 1224, low: 1224, high: 1224, exact: true });
    // minnakowaikarayada7: authorStats only, 1200000 (1.2M shown): not exact.
    expect(byHandle(creators).get('minnakowaikarayada7')!.followers!.exact).toBe(false);
    for (const c of creators) expect(c.source).toBe('feed');
  });
});

describe('Affiliate Center marketplace list (reconstructed response)', () => {
  const creators = creatorsOfList('marketplace', fixture('marketplace-find-vn.reconstructed.json'), AT);
  const map = byHandle(creators);

  it('reads the entries that name a handle', () => {
    expect(creators.map((c) => c.handle)).toEqual(['emthuythuyyy', 'linh.reviews.hn', 'bepnhaminh']);
  });

  it('unwraps {value} fields into figures of known meaning only', () => {
    const em = map.get('emthuythuyyy')!;
    expect(em.followers).toEqual({ value: 124_062, low: 124_062, high: 124_062, exact: true });
    expect(em.region).toBe('VN');
    expect(em.commerce).toMatchObject({
      currency: 'VND',
      unitsSold: 1263,
      // minimal = maximum = 59503.68: one GPM.
      gpm: 59_503.68,
      videosLast30Days: 72,
      gmvLow: 1_000_000,
      gmvHigh: null,
      categories: ['Beauty & Personal Care', 'Shoes'],
      // avg_ec_video_play_cnt is an average, not the median the assessment reads: left out.
      medianViews: null,
      engagementRate: null,
    });
  });

  it('gives no GPM for a range and no figure for a field in an unexpected shape', () => {
    // 12K₫–48K₫ is a range, not one GPM.
    expect(map.get('linh.reviews.hn')!.commerce!.gpm).toBeNull();
    expect(map.get('linh.reviews.hn')!.commerce!.gmvHigh).toBe(127_800);
    const minh = map.get('bepnhaminh')!;
    expect(minh.followers!.value).toBe(356_004);
    // units_sold {unexpected}, video_publish_cnt_30d "-3", gmv_range 12, category a string: none read.
    expect(minh.commerce).toBeNull();
    // The hostile nickname stays text (rendered as text by the chip, never parsed).
    expect(minh.nickname).toContain('<img');
  });
});

describe('every reader', () => {
  it('returns snapshots the background schema accepts', () => {
    const cases: [Parameters<typeof creatorsOfList>[0], string][] = [
      ['search-general', 'search-general-tiktok-2026-02.trimmed.json'],
      ['user-list', 'user-list-followers-us-2025-10.trimmed.json'],
      ['feed', 'feed-items.trimmed.json'],
      ['marketplace', 'marketplace-find-vn.reconstructed.json'],
    ];
    for (const [kind, file] of cases) {
      for (const c of creatorsOfList(kind, fixture(file), AT)) expect(CreatorSnapshotSchema.safeParse(c).success).toBe(true);
    }
  });

  it('reads nothing from shapes it does not know', () => {
    for (const body of [null, 1, 'x', [], {}, { data: 3 }, { userList: {} }, { itemList: [1, null, { author: 'x' }] }, { creator_profile_list: { value: 'x' } }]) {
      for (const kind of ['search-general', 'search-users', 'search-videos', 'user-list', 'feed', 'marketplace'] as const) {
        expect(creatorsOfList(kind, body, AT)).toEqual([]);
      }
    }
  });
});

describe.runIf(existsSync(REAL_FIXTURES))('the untrimmed real captures (../shared)', () => {
  const real = (name: string): unknown => JSON.parse(readFileSync(resolve(REAL_FIXTURES, name), 'utf8'));
  it('read exactly as the trimmed copies', () => {
    const untrimmed = creatorsOfList('search-general', real('api-search-general-keyword-tiktok-tikhub-2026-02.json'), AT);
    const trimmed = creatorsOfList('search-general', fixture('search-general-tiktok-2026-02.trimmed.json'), AT);
    expect(untrimmed.map((c) => [c.handle, c.followers, c.likes, c.videos])).toEqual(trimmed.map((c) => [c.handle, c.followers, c.likes, c.videos]));
    const followers = creatorsOfList('user-list', real('api-user-list-followers-us-2025-10.json'), AT);
    expect(followers.map((c) => [c.handle, c.followers])).toEqual(
      creatorsOfList('user-list', fixture('user-list-followers-us-2025-10.trimmed.json'), AT).map((c) => [c.handle, c.followers]),
    );
  });
});
