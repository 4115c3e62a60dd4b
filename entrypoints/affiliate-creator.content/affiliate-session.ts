import type { OverlayStore } from '@/components/overlay/overlay-store';
import { submitSnapshot } from '@/components/overlay/submit-snapshot';
import { FEED_PATH } from '@/lib/page/feed-channel';
import { affiliateCreatorId } from '@/lib/readers/affiliate-url';
import { readAffiliateProfile } from '@/lib/readers/affiliate-profile';
import type { CreatorSnapshot } from '@/lib/schemas/creator-snapshot';

/** How long to wait for the page's own profile response before saying it can't be read. */
const WAIT_FOR_PROFILE_MS = 15_000;

/**
 * An Affiliate Center creator page: the figures come from the marketplace profile response the
 * page itself receives (passed on by the MAIN-world observer), never from a request of ours.
 */
export function createAffiliateSession(store: OverlayStore, win: Window) {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function open(href: string): void {
    const current = ++generation;
    clearTimeout(timer);
    if (!affiliateCreatorId(href)) {
      store.set({ view: { kind: 'hidden' } });
      return;
    }
    store.set({ view: { kind: 'loading', handle: '' } });
    timer = setTimeout(() => {
      if (current === generation && store.get().view.kind === 'loading') {
        store.set({ view: { kind: 'unreadable', handle: null, reason: 'no-creator-data', detail: null } });
      }
    }, WAIT_FOR_PROFILE_MS);
  }

  async function receive(url: string, body: unknown): Promise<void> {
    const current = generation;
    let path: string;
    try {
      path = new URL(url, win.location.href).pathname;
    } catch {
      return;
    }
    if (!affiliateCreatorId(win.location.href) || !FEED_PATH.test(path) || path.includes('/item_list')) return;
    const result = readAffiliateProfile(body, Date.now(), win.location.href);
    if (!result.ok) return;
    await submit(result.snapshot, current);
  }

  async function submit(snapshot: CreatorSnapshot, current: number): Promise<void> {
    await submitSnapshot(store, snapshot, () => current === generation);
    if (current === generation) clearTimeout(timer);
  }

  return { open, receive };
}
