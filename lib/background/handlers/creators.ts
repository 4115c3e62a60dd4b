import { recordSnapshot } from '../../db/creators-repository';
import { getCreator } from '../../db/queries/creators';
import { listsOf } from '../../db/queries/memberships';
import { addOptions } from '../../db/shortlists-repository';
import { creatorOutcome } from '../../collaborations/commerce-flags';
import type { Handlers } from '../../messaging/router';
import { assess } from '../../scoring/assess';
import { creatorPageKey, forgetIfMovedOn } from '../tab-page';
import type { BackgroundDeps } from './deps';

/** The lists a creator can be added to and is in (the card's "in list"), its time told to `deps.measure`. */
async function timedOptions(deps: BackgroundDeps, handle: string) {
  const start = performance.now();
  const options = await addOptions(deps.db, handle);
  deps.measure?.('memberships', performance.now() - start);
  return options;
}

/** A creator page read (or not) in a tab: the assessment, the badge, and what the popup shows. */
export function creatorHandlers(deps: BackgroundDeps): Pick<Handlers, 'snapshot.submit' | 'page.unreadable' | 'tab.creator'> {
  return {
    async 'snapshot.submit'({ snapshot }, { tabId, sender }) {
      const now = deps.now();
      // The overlay waits for this reply to show the score: independent reads and writes run
      // side by side, and the reply still comes only after everything is written.
      const [settings, collaborations, locale] = await Promise.all([deps.settings(), deps.db.collaborations.toArray(), deps.locale()]);
      // What happened with this creator before (terminated for low ROI, sample never posted) feeds the assessment.
      const outcome = creatorOutcome(collaborations, snapshot.handle, now, deps.timeZone?.() ?? 'UTC');
      const creator = await recordSnapshot(deps.db, snapshot, (history, at) => assess(history, settings, at, { outcomeFlags: outcome.flags }), now);
      const [options] = await Promise.all([
        timedOptions(deps, creator.handle),
        // The page the snapshot was read on (an in-app navigation leaves the sender's URL at the first page).
        tabId === null ? null : deps.tabCreators.set(tabId, { handle: creator.handle, page: creatorPageKey(snapshot.url ?? sender.url) }),
        tabId === null ? null : deps.setBadge(tabId, creator.assessment),
      ]);
      return {
        assessment: creator.assessment,
        lists: options.memberOf,
        listChoices: options.lists,
        lastListId: options.lastListId,
        locale,
      };
    },

    async 'page.unreadable'(_request, { tabId }) {
      if (tabId !== null) {
        await deps.tabCreators.set(tabId, null);
        await deps.setBadge(tabId, null);
      }
      return { locale: await deps.locale() };
    },

    async 'tab.creator'({ tabId }) {
      // The tab may have moved on (another creator, the feed, another site) since it submitted.
      if (deps.tabUrl && !(await forgetIfMovedOn(deps, tabId, await deps.tabUrl(tabId)))) return { creator: null, lists: [] };
      const shown = await deps.tabCreators.get(tabId);
      const creator = shown ? ((await getCreator(deps.db, shown.handle)) ?? null) : null;
      return { creator, lists: creator ? await listsOf(deps.db, creator.handle) : [] };
    },
  };
}
