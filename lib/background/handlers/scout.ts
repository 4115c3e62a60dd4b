import { creatorOutcome } from '../../collaborations/commerce-flags';
import { addManyToShortlist, recordListSnapshots } from '../../db/scout-repository';
import { addOptions } from '../../db/shortlists-repository';
import { translate } from '../../i18n';
import type { Handlers } from '../../messaging/router';
import { assess } from '../../scoring/assess';
import { chipView } from '../../scout/chip-view';
import { applyUndoSince } from '../undo-apply';
import { createUndoStore } from '../undo-store';
import type { BackgroundDeps } from './deps';

type ScoutMessage = 'scout.seen' | 'scout.add' | 'scout.undo' | 'scout.open' | 'scout.start';

/**
 * Scout mode's handlers: creators seen on list pages (stored as history, assessed, answered with
 * their chips), adding many of them to a list with an undo of its own, and opening one in the side panel.
 */
export function scoutHandlers(deps: BackgroundDeps): Pick<Handlers, ScoutMessage> {
  const undos = createUndoStore(deps.ids);
  return {
    async 'scout.seen'({ kind, snapshots }) {
      const now = deps.now();
      const [settings, collaborations, locale] = await Promise.all([deps.settings(), deps.db.collaborations.toArray(), deps.locale()]);
      const zone = deps.timeZone?.() ?? 'UTC';
      const sightings = snapshots.map((s) => ({ handle: s.handle, seenAt: now, kind }));
      const records = await recordListSnapshots(
        deps.db,
        snapshots,
        sightings,
        (history, at) => assess(history, settings, at, { outcomeFlags: creatorOutcome(collaborations, history.at(-1)?.handle ?? '', at, zone).flags }),
        now,
      );
      const t = (key: string, params?: Record<string, string | number | boolean | null>) => translate(locale, key, params ?? {});
      const options = await addOptions(deps.db, snapshots[0]!.handle);
      return {
        chips: snapshots.map((s, i) => chipView(s, records[i]!.assessment, kind, t)),
        listChoices: options.lists,
        lastListId: options.lastListId,
        locale,
      };
    },

    async 'scout.add'({ handles, listId }) {
      const locale = await deps.locale();
      const now = deps.now();
      const result = await addManyToShortlist(deps.db, handles, listId ?? null, { listName: translate(locale, 'shortlist.default'), now, ids: deps.ids });
      const undoId = result.created.length > 0 ? undos.put({ lists: [], entries: [], removeEntryIds: result.created.map((e) => e.id) }) : null;
      return { added: result.created.length, skipped: result.skipped, listId: result.listId, listName: result.listName, undoId };
    },

    async 'scout.undo'({ undoId }) {
      const undo = undos.get(undoId);
      if (!undo) return { restored: false };
      const outcome = await applyUndoSince(deps.db, undo);
      if (outcome.restored) undos.spend(undoId);
      return { restored: outcome.restored };
    },

    async 'scout.start'(_payload, { tabId }) {
      // Content scripts run in the top frame only (lib/messaging/sender.ts refuses subframes).
      if (tabId === null || !deps.startScout) return { started: false };
      await deps.startScout(tabId);
      return { started: true };
    },

    async 'scout.open'({ handle }, { tabId }) {
      return { opened: deps.openScouted ? await deps.openScouted(handle, tabId) : false };
    },
  };
}
