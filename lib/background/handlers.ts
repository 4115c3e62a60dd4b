import type { VettokDatabase } from '../db/database';
import { recordSnapshot } from '../db/creators-repository';
import { addToShortlist, listsOf, UnknownCreatorError, UnknownListError } from '../db/shortlists-repository';
import type { IdSource } from '../db/shortlists-repository';
import type { Locale } from '../i18n';
import { translate } from '../i18n';
import { HandlerError } from '../messaging/router';
import type { Handlers } from '../messaging/router';
import type { Assessment } from '../schemas/assessment';
import type { Settings } from '../schemas/settings';
import { assess } from '../scoring/assess';
import { isStorageFullError } from '../db/storage-errors';

/** Everything the background's handlers need from the browser, passed in so tests can fake it. */
export interface BackgroundDeps {
  db: VettokDatabase;
  now(): number;
  ids: IdSource;
  settings(): Promise<Settings>;
  locale(): Promise<Locale>;
  /** Remembers which creator a tab shows (survives service-worker restarts). */
  tabCreators: {
    get(tabId: number): Promise<string | null>;
    set(tabId: number, handle: string | null): Promise<void>;
  };
  setBadge(tabId: number, assessment: Assessment | null): Promise<void>;
  injectOverlay(tabId: number): Promise<boolean>;
}

async function storageSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStorageFullError(error)) {
      throw new HandlerError('storage-full', 'The browser has no room left for Vettok data; nothing was saved.');
    }
    throw error;
  }
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    async 'snapshot.submit'({ snapshot }, { tabId }) {
      const settings = await deps.settings();
      const now = deps.now();
      const creator = await storageSafe(() =>
        recordSnapshot(deps.db, snapshot, (history, at) => assess(history, settings, at), now),
      );
      if (tabId !== null) {
        await deps.tabCreators.set(tabId, creator.handle);
        await deps.setBadge(tabId, creator.assessment);
      }
      return {
        assessment: creator.assessment,
        lists: await listsOf(deps.db, creator.handle),
        locale: await deps.locale(),
      };
    },

    async 'page.unreadable'(_request, { tabId }) {
      if (tabId !== null) {
        await deps.tabCreators.set(tabId, null);
        await deps.setBadge(tabId, null);
      }
      return { locale: await deps.locale() };
    },

    async 'overlay.inject'(_request, { tabId }) {
      if (tabId === null) return { injected: false };
      return { injected: await deps.injectOverlay(tabId) };
    },

    async 'shortlist.add'(request) {
      const locale = await deps.locale();
      try {
        const { entry, list } = await storageSafe(() =>
          addToShortlist(deps.db, request, {
            listName: translate(locale, 'shortlist.default'),
            now: deps.now(),
            ids: deps.ids,
          }),
        );
        return { entryId: entry.id, list, lists: await listsOf(deps.db, request.handle) };
      } catch (error) {
        if (error instanceof UnknownCreatorError || error instanceof UnknownListError) {
          throw new HandlerError('invalid-payload', error.message);
        }
        throw error;
      }
    },

    async 'tab.creator'({ tabId }) {
      const handle = await deps.tabCreators.get(tabId);
      const creator = handle ? ((await deps.db.creators.get(handle)) ?? null) : null;
      return { creator, lists: creator ? await listsOf(deps.db, creator.handle) : [] };
    },
  };
}
