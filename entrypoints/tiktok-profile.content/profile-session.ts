import type { OverlayStore } from '@/components/overlay/overlay-store';
import { MessageError, send } from '@/lib/messaging/client';
import { readProfilePage } from '@/lib/readers/read-profile-page';
import { routeOf } from '@/lib/readers/profile-url';
import type { ReadResult } from '@/lib/schemas/creator-snapshot';

/** Page data can arrive after the script runs (hydration): read again after these delays. */
const RETRY_DELAYS_MS = [0, 300, 800, 1500, 3000];
const FINAL_REASONS = new Set(['account-unavailable', 'blocked']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One creator page at a time: reads it (again, as data arrives), submits the snapshot, and keeps
 * the overlay in step. A newer navigation cancels an older read, so one creator's figures never
 * show under another's name.
 */
export function createProfileSession(store: OverlayStore, doc: Document) {
  let generation = 0;

  async function read(href: string): Promise<void> {
    const current = ++generation;
    const route = routeOf(href);
    if (route.kind !== 'profile') {
      store.set({ view: { kind: 'hidden' } });
      return;
    }
    store.set({ view: { kind: 'loading', handle: route.handle } });
    let result: ReadResult = { ok: false, reason: 'no-creator-data' };
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await sleep(delay);
      if (current !== generation) return;
      result = readProfilePage(doc, href, Date.now());
      if (result.ok || FINAL_REASONS.has(result.reason)) break;
    }
    if (current !== generation) return;
    if (!result.ok) {
      store.set({
        view: { kind: 'unreadable', handle: route.handle, reason: result.reason, detail: result.detail ?? null },
      });
      try {
        const { locale } = await send('page.unreadable', { reason: result.reason });
        store.set({ locale });
      } catch {
        // The card already says the page can't be read; the badge is cosmetic.
      }
      return;
    }
    const snapshot = result.snapshot;
    try {
      const reply = await send('snapshot.submit', { snapshot });
      if (current !== generation) return;
      store.set({
        locale: reply.locale,
        view: {
          kind: 'ready',
          handle: snapshot.handle,
          snapshot,
          assessment: reply.assessment,
          lists: reply.lists,
          add: { kind: 'idle' },
        },
      });
    } catch (error) {
      if (current !== generation) return;
      store.set({ view: { kind: 'error', handle: snapshot.handle, message: messageOf(error) } });
    }
  }

  async function add(listId: string | null = null): Promise<void> {
    const view = store.get().view;
    if (view.kind !== 'ready') return;
    store.set({ view: { ...view, add: { kind: 'saving' } } });
    try {
      const reply = await send('shortlist.add', { handle: view.handle, listId });
      const latest = store.get().view;
      if (latest.kind === 'ready' && latest.handle === view.handle) {
        store.set({ view: { ...latest, lists: reply.lists, add: { kind: 'saved', listName: reply.list.name } } });
      }
    } catch (error) {
      const latest = store.get().view;
      if (latest.kind === 'ready' && latest.handle === view.handle) {
        const message = error instanceof MessageError ? error.message : messageOf(error);
        store.set({ view: { ...latest, add: { kind: 'failed', message } } });
      }
    }
  }

  return { read, add };
}
