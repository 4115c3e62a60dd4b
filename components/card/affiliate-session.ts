import type { CardStore } from '@/components/card/card-store';
import { submitSnapshot } from '@/components/card/submit-snapshot';
import { FEED_PATH } from '@/lib/page/feed-channel';
import { affiliateCreatorId } from '@/lib/readers/affiliate-url';
import { readAffiliateProfile } from '@/lib/readers/affiliate-profile';
import { affiliateProfileCreatorIds } from '@/lib/readers/response-identity';
import { coalesce } from '@/lib/page/coalesce';

/** How long to wait for the page's own profile response before saying it can't be read. */
const WAIT_FOR_PROFILE_MS = 15_000;
/** Profile responses kept by creator id, for a navigation whose URL changes after its response came. */
const RESPONSES_KEPT = 4;
/** At most one submission per this interval, however many responses the page receives (or fakes). */
const SUBMIT_INTERVAL_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An Affiliate Center creator page: the figures come from the marketplace profile response the
 * page itself receives (passed on by the MAIN-world observer), never from a request of ours.
 * A response is taken only when it names the creator in the page's URL (`cid`): a slow response for
 * the creator shown before an in-app navigation is dropped, however late it arrives.
 */
export function createAffiliateSession(store: CardStore, win: Window) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const responses = new Map<string, unknown>();
  /** The creator the page shows now: its URL's cid. */
  const shownCid = () => affiliateCreatorId(win.location.href);
  /** The newest response for the creator on screen, not yet submitted. */
  let latest: { cid: string; body: unknown } | null = null;
  const submitLatest = coalesce(
    async () => {
      const next = latest;
      latest = null;
      if (next && next.cid === shownCid()) await show(next.cid, next.body);
    },
    SUBMIT_INTERVAL_MS,
    sleep,
  );
  const queue = (cid: string, body: unknown) => {
    latest = { cid, body };
    submitLatest();
  };

  function open(href: string): void {
    clearTimeout(timer);
    const cid = affiliateCreatorId(href);
    if (!cid) {
      store.set({ view: { kind: 'hidden' } });
      return;
    }
    store.set({ view: { kind: 'loading', handle: '' } });
    const early = responses.get(cid);
    if (early !== undefined) queue(cid, early);
    timer = setTimeout(() => {
      if (cid === shownCid() && store.get().view.kind === 'loading') {
        store.set({ view: { kind: 'unreadable', handle: null, reason: 'no-creator-data', detail: null } });
      }
    }, WAIT_FOR_PROFILE_MS);
  }

  async function receive(url: string, body: unknown): Promise<void> {
    let path: string;
    try {
      path = new URL(url, win.location.href).pathname;
    } catch {
      return;
    }
    if (!FEED_PATH.test(path) || path.includes('/item_list')) return;
    const ids = affiliateProfileCreatorIds(body);
    for (const id of ids) {
      responses.delete(id);
      responses.set(id, body);
    }
    while (responses.size > RESPONSES_KEPT) responses.delete(responses.keys().next().value!);
    const cid = shownCid();
    if (cid && ids.includes(cid)) queue(cid, body);
  }

  async function show(cid: string, body: unknown): Promise<void> {
    const result = readAffiliateProfile(body, Date.now(), win.location.href);
    if (!result.ok) return;
    // Shown only while the page still shows this creator (a navigation meanwhile makes it stale).
    await submitSnapshot(store, result.snapshot, () => shownCid() === cid);
    if (shownCid() === cid) clearTimeout(timer);
  }

  return { open, receive };
}
