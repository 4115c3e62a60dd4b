import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardStore } from '../../../components/card/card-store';
import { createProfileSession } from '../../../components/card/profile-session';
import { ask } from '../../../lib/messaging/ask';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { readyView, smallAssessment } from './ready-view';

vi.mock('../../../lib/messaging/ask', async (original) => ({ ...(await original<typeof import('../../../lib/messaging/ask')>()), ask: vi.fn() }));
const asked = vi.mocked(ask);

const snapshot = { handle: 'creator.one', recentVideos: [], provenance: {}, source: 'universal-data' } as unknown as CreatorSnapshot;

/** One page of TikTok's item_list response for @creator.one (the shape lib/readers/item-list.ts reads). */
const itemList = (...ids: string[]) => ({
  itemList: ids.map((id, i) => ({
    id,
    createTime: 1_760_000_000 + i,
    desc: `video ${id}`,
    author: { uniqueId: 'creator.one', nickname: 'C' },
    statsV2: { playCount: '1000', diggCount: '100', commentCount: '5', shareCount: '2', collectCount: '1' },
  })),
});

beforeEach(() => {
  asked.mockReset();
  asked.mockResolvedValue({ assessment: smallAssessment, lists: [], listChoices: [], lastListId: null, locale: 'en' } as never);
});

describe('profile session: videos from item_list responses', () => {
  it('appends each page of videos to those kept for the author (a later page never replaces an earlier one)', async () => {
    const store = createCardStore({ view: { kind: 'loading', handle: 'creator.one' }, locale: 'en', collapsed: false, compact: false });
    const session = createProfileSession(store, document);
    // Two pages arrive while the profile is still being read: kept, nothing submitted yet.
    session.receiveFeed(itemList('7000000000000000001', '7000000000000000002'));
    session.receiveFeed(itemList('7000000000000000003'));
    expect(asked).not.toHaveBeenCalled();
    // The creator is on screen; a third page re-submits them with every page's videos.
    store.set({ view: readyView(snapshot) });
    session.receiveFeed(itemList('7000000000000000004'));
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    const [name, payload] = asked.mock.calls[0]!;
    expect(name).toBe('snapshot.submit');
    const ids = (payload as { snapshot: CreatorSnapshot }).snapshot.recentVideos.map((v) => v.id).sort();
    expect(ids).toEqual(['7000000000000000001', '7000000000000000002', '7000000000000000003', '7000000000000000004']);
  });
});
