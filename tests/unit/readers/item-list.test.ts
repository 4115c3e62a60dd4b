import { describe, expect, it } from 'vitest';
import { applyItemList, readItemList } from '../../../lib/readers/item-list';
import { mergeItemListVideos } from '../../../lib/readers/merge-snapshot';
import { readUniversalData } from '../../../lib/readers/universal-data';
import type { RecentVideo } from '../../../lib/schemas/creator-snapshot';
import { fixtureText } from '../../fixture-files';

const captured = JSON.parse(fixtureText('api-item-list-zg.520-2025-10.json')) as { data: Record<string, unknown> };

const item = (id: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  createTime: 1_760_000_000,
  desc: `video ${id}`,
  author: { uniqueId: 'Creator.One', nickname: 'C' },
  stats: { playCount: 1200, diggCount: 100, commentCount: 5, shareCount: 2, collectCount: 1 },
  statsV2: { playCount: '1234', diggCount: '101', commentCount: '5', shareCount: '2', collectCount: '1' },
  ...over,
});

describe('readItemList', () => {
  it('reads the proxy-wrapped capture and the raw body alike', () => {
    const wrapped = readItemList(captured);
    const raw = readItemList(captured.data);
    expect(wrapped).toEqual(raw);
    if (!wrapped.ok) throw new Error(wrapped.reason);
    expect(wrapped).toMatchObject({ author: 'zg.520', cursor: '1758331327601', hasMore: true, skipped: 0 });
    expect(wrapped.videos).toHaveLength(1);
  });

  it('exact statsV2 strings, createTime as a string, pinned as a number', () => {
    const r = readItemList({ itemList: [item('7000000000000000001', { createTime: '1760000000', isPinnedItem: 1 })], cursor: 5, hasMore: 0 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.videos[0]).toEqual({
      id: '7000000000000000001', createTime: 1_760_000_000_000, views: 1234, likes: 101, comments: 5, shares: 2, saves: 1,
      pinned: true, caption: 'video 7000000000000000001', exact: true, locationCreated: null, textLanguage: null,
    } satisfies RecentVideo);
    expect(r).toMatchObject({ author: 'creator.one', cursor: '5', hasMore: false });
  });

  it('stats only → not exact; negative or garbage figures are dropped', () => {
    const r = readItemList({ itemList: [item('7000000000000000002', { statsV2: undefined, stats: { playCount: -5, diggCount: 'many', commentCount: 3 } })] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.videos[0]).toMatchObject({ views: null, likes: null, comments: 3, exact: false });
  });

  it('skips invalid items and other authors’ items, dedupes ids', () => {
    const r = readItemList({
      itemList: [item('7000000000000000003'), { id: { nested: true } }, 'junk', item('7000000000000000003'), item('7000000000000000004', { author: { uniqueId: 'intruder' } })],
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.videos.map((v) => v.id)).toEqual(['7000000000000000003']);
    expect(r.skipped).toBe(4);
  });

  it('checks each field it uses: wrong types, infinite numbers and arrays for objects skip the item', () => {
    const bad = [
      item('7000000000000000005', { createTime: { at: 1 } }),
      item('7000000000000000006', { desc: 42 }),
      item('7000000000000000007', { stats: [1, 2] }),
      item('7000000000000000008', { statsV2: 'x' }),
      item('7000000000000000009', { author: 7 }),
      item('7000000000000000010', { isPinnedItem: 'yes' }),
      { ...(item('7000000000000000011') as object), id: Infinity },
      null,
    ];
    const r = readItemList({ itemList: [...bad, item('7000000000000000012', { createTime: '1758331327', isPinnedItem: 1 })] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.videos.map((v) => v.id)).toEqual(['7000000000000000012']);
    expect(r.skipped).toBe(bad.length);
  });

  it('checks the envelope: cursor, hasMore and status codes of the wrong type make it malformed', () => {
    for (const body of [{ itemList: [], cursor: {} }, { itemList: [], hasMore: 'yes' }, { itemList: [], hasMore: NaN }, { items: {} }, { statusCode: [0] }, [item('7000000000000000013')]]) {
      expect(readItemList(body), JSON.stringify(body)).toMatchObject({ ok: false, reason: 'malformed' });
    }
    expect(readItemList({ itemList: null, items: [item('7000000000000000014')], cursor: 5, hasMore: 0 })).toMatchObject({ ok: true, cursor: '5', hasMore: false });
  });

  it('refuses what is not an item_list body', () => {
    expect(readItemList('<html>')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(readItemList({ itemList: 'nope' })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(readItemList({ statusCode: 10201 })).toMatchObject({ ok: false, reason: 'no-creator-data', detail: 'statusCode 10201' });
  });
});

describe('mergeItemListVideos', () => {
  const base = readUniversalData(JSON.parse(fixtureText('user-detail-scope-nasa-2026-09.json')), 0, null);
  if (!base.ok) throw new Error('nasa capture unreadable');
  const grid = (id: string, views: number, pinned = false): RecentVideo => ({
    id, createTime: null, views, likes: null, comments: null, shares: null, saves: null, pinned, caption: null, exact: false,
    locationCreated: null, textLanguage: null,
  });

  it('dedupes by id, prefers exact figures, keeps the grid’s pinned flag', () => {
    const snapshot = { ...base.snapshot, recentVideos: [grid('7000000000000000005', 1200, true), grid('7000000000000000006', 900)] };
    const r = readItemList({ itemList: [item('7000000000000000005'), item('7000000000000000007', { createTime: 1_770_000_000 })] });
    if (!r.ok) throw new Error(r.reason);
    const merged = mergeItemListVideos(snapshot, r.videos);
    expect(merged.recentVideos.map((v) => v.id)).toEqual(['7000000000000000005', '7000000000000000007', '7000000000000000006']);
    expect(merged.recentVideos[0]).toMatchObject({ views: 1234, exact: true, pinned: true, createTime: 1_760_000_000_000 });
    expect(merged.provenance['recentVideos']).toBe('api-item-list');
    expect(merged.followers).toEqual(base.snapshot.followers);
    expect(snapshot.recentVideos).toHaveLength(2);
  });
});

describe('applyItemList', () => {
  it('merges the creator’s own item_list and refuses another creator’s', () => {
    const detail = readUniversalData({ 'webapp.user-detail': { userInfo: { user: { uniqueId: 'zg.520' }, statsV2: { followerCount: '427682' } } } }, 0, null);
    if (!detail.ok) throw new Error(detail.reason);
    const applied = applyItemList(detail.snapshot, captured);
    expect(applied).toMatchObject({ ok: true, added: 1 });
    expect(applied.ok && applied.snapshot.recentVideos[0]!.id).toBe('7513039993741397256');
    const other = readUniversalData({ 'webapp.user-detail': { userInfo: { user: { uniqueId: 'nasa' } } } }, 0, null);
    if (!other.ok) throw new Error(other.reason);
    expect(applyItemList(other.snapshot, captured)).toEqual({ ok: false, reason: 'handle-mismatch', detail: 'item_list is for @zg.520' });
  });
});
