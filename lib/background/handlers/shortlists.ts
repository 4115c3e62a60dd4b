import { bulkUpdateEntries, updateEntry, type UndoRecord } from '../../db/entries-repository';
import { createList, deleteList, renameList, setListArchived } from '../../db/list-admin-repository';
import { addOptions, addToShortlist } from '../../db/shortlists-repository';
import { translate } from '../../i18n';
import type { Handlers } from '../../messaging/router';
import { applyUndoSince } from '../undo-apply';
import { createUndoStore } from '../undo-store';
import type { BackgroundDeps } from './deps';

type ShortlistMessages = 'shortlist.add' | 'list.create' | 'list.rename' | 'list.archive' | 'list.delete' | 'entry.update' | 'entries.bulk' | 'undo.apply';

/** Shortlists, their lists and entries, and the undo of a change to them. */
export function shortlistHandlers(deps: BackgroundDeps): Pick<Handlers, ShortlistMessages> {
  const undos = createUndoStore(deps.ids);
  const remember = (undo: UndoRecord, affected: number) => ({ undoId: undos.put(undo), affected });
  return {
    async 'shortlist.add'(request) {
      const locale = await deps.locale();
      const { entry, list } = await addToShortlist(deps.db, request, {
        listName: translate(locale, 'shortlist.default'),
        now: deps.now(),
        ids: deps.ids,
      });
      const options = await addOptions(deps.db, request.handle);
      return { entryId: entry.id, list, lists: options.memberOf, listChoices: options.lists, lastListId: options.lastListId };
    },

    async 'list.create'({ name }) {
      return { list: await createList(deps.db, name, deps.now(), deps.ids) };
    },

    async 'list.rename'({ listId, name }) {
      return { list: await renameList(deps.db, listId, name) };
    },

    async 'list.archive'({ listId, archived }) {
      return { list: await setListArchived(deps.db, listId, archived) };
    },

    async 'list.delete'({ listId }) {
      const { list, entries } = await deleteList(deps.db, listId);
      return remember({ lists: [list], entries, removeEntryIds: [] }, entries.length);
    },

    async 'entry.update'({ entryId, patch }) {
      const { before, after } = await updateEntry(deps.db, entryId, patch);
      return { entry: after, undoId: undos.put({ lists: [], entries: [before], removeEntryIds: [] }) };
    },

    async 'entries.bulk'({ entryIds, action }) {
      const { affected, undo } = await bulkUpdateEntries(deps.db, entryIds, action, { now: deps.now(), ids: deps.ids });
      return remember(undo, affected);
    },

    async 'undo.apply'({ undoId }) {
      const undo = undos.get(undoId);
      if (!undo) return { restored: false, merged: 0, refusal: 'gone' as const };
      // Spent only once applied: a refusal or a failed write leaves it to try again.
      const outcome = await applyUndoSince(deps.db, undo);
      if (!outcome.restored) return { restored: false, merged: 0, refusal: outcome.refusal };
      undos.spend(undoId);
      return { restored: true, merged: outcome.merged, refusal: null };
    },
  };
}
