import type { CardStore } from '@/components/card/card-store';
import { submitSnapshot } from '@/components/card/submit-snapshot';
import { ask } from '@/lib/messaging/ask';
import { mergeItemListVideos } from '@/lib/readers/merge-snapshot';
import { readItemList } from '@/lib/readers/item-list';
import { routeOf } from '@/lib/readers/profile-url';
import { pageTextKey, readProfilePage } from '@/lib/readers/read-profile-page';
import { readVideoPage } from '@/lib/readers/video-detail';
import { coalesce } from '@/lib/page/coalesce';
import type { CreatorSnapshot, ReadResult, RecentVideo } from '@/lib/schemas/creator-snapshot';

/** Page data can arrive after the script runs (hydration): read again after these delays. */
const RETRY_DELAYS_MS = [0, 300, 800, 1500, 3000];
const FINAL_REASONS = new Set(['account-unavailable', 'blocked']);
/** Video lists kept per author while their profile is not on screen yet (in-app navigation). */
const FEED_AUTHORS_KEPT = 8;
/** Videos kept per author from item_list responses (newest responses win). */
const FEED_VIDEOS_KEPT = 200;
/** At most one re-submission for feed videos per this interval, however many responses arrive. */
const FEED_SUBMIT_INTERVAL_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One creator page at a time: reads it (again, as data arrives), adds the videos TikTok's own
 * item_list responses carried, submits the snapshot, and keeps the overlay in step. A newer
 * navigation cancels an older read, so one creator's figures never show under another's name.
 */
export function createProfileSession(store: CardStore, doc: Document) {
  let generation = 0;
  /** Videos from item_list responses, by author handle (page data: validated, display only). */
  const feedVideos = new Map<string, RecentVideo[]>();

  function withFeed(snapshot: CreatorSnapshot): CreatorSnapshot {
    const videos = feedVideos.get(snapshot.handle);
    return videos ? mergeItemListVideos(snapshot, videos) : snapshot;
  }

  function submit(snapshot: CreatorSnapshot, current: number): Promise<void> {
    return submitSnapshot(store, snapshot, () => current === generation);
  }

  /** Re-submits the creator on screen with the feed's videos: coalesced, so a flood costs one submission a second. */
  const resubmitWithFeed = coalesce(
    async () => {
      const view = store.get().view;
      if (view.kind === 'ready' && feedVideos.has(view.handle)) await submit(withFeed(view.snapshot), generation);
    },
    FEED_SUBMIT_INTERVAL_MS,
    sleep,
  );

  async function read(href: string): Promise<void> {
    const current = ++generation;
    const route = routeOf(href);
    if (route.kind === 'other') {
      store.set({ view: { kind: 'hidden' } });
      return;
    }
    store.set({ view: { kind: 'loading', handle: route.handle }, compact: route.kind === 'video' });
    const readPage = route.kind === 'video' ? readVideoPage : readProfilePage;
    let result: ReadResult = { ok: false, reason: 'no-creator-data' };
    /** Counts read from the page text must read the same twice in a row (one render, not a mix). */
    let unconfirmed: string | null = null;
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await sleep(delay);
      if (current !== generation) return;
      result = readPage(doc, href, Date.now());
      if (result.ok) {
        const key = pageTextKey(result.snapshot);
        if (key === null || key === unconfirmed) break;
        unconfirmed = key;
        result = { ok: false, reason: 'no-creator-data', detail: 'page still changing' };
        continue;
      }
      unconfirmed = null;
      if (FINAL_REASONS.has(result.reason)) break;
    }
    if (current !== generation) return;
    if (!result.ok) {
      store.set({
        view: { kind: 'unreadable', handle: route.handle, reason: result.reason, detail: result.detail ?? null },
      });
      try {
        const { locale } = await ask('page.unreadable', { reason: result.reason });
        store.set({ locale });
      } catch {
        // The card already says the page can't be read; the badge is cosmetic.
      }
      return;
    }
    await submit(withFeed(result.snapshot), current);
  }

  /** An item_list response the page received: keep its videos, update the creator on screen. */
  function receiveFeed(body: unknown): void {
    const list = readItemList(body);
    if (!list.ok || !list.author || list.videos.length === 0) return;
    const kept = feedVideos.get(list.author) ?? [];
    // Deleted and set again so the author becomes the most recent (the oldest authors are dropped first).
    feedVideos.delete(list.author);
    feedVideos.set(list.author, [...kept, ...list.videos].slice(-FEED_VIDEOS_KEPT));
    while (feedVideos.size > FEED_AUTHORS_KEPT) feedVideos.delete(feedVideos.keys().next().value!);
    const view = store.get().view;
    if (view.kind === 'ready' && view.handle === list.author) resubmitWithFeed();
  }

  return { read, receiveFeed };
}
