import { creatorColumns } from '../shortlists/row-view';
import type { Shortlist, ShortlistEntry } from '../schemas/records';
import type { VettokDatabase } from './database';
import { META_LAST_LIST } from './meta-repository';
import { listsOf } from './queries/memberships';
import { getCreator } from './queries/creators';
import { entryAt, entryStores } from './queries/entries';
import { addEntries } from './entry-store-repository';

export interface IdSource {
  newId(): string;
}

export class UnknownCreatorError extends Error {}
export class UnknownListError extends Error {}

/**
 * Adds a stored creator to a list. When none is named: the list used last, else the oldest
 * unarchived list, created on first use. The list used is remembered for next time. Adding a
 * creator already in the list returns the existing entry: nothing is duplicated.
 */
export async function addToShortlist(
  db: VettokDatabase,
  request: { handle: string; listId?: string | null },
  defaults: { listName: string; now: number; ids: IdSource },
): Promise<{ entry: ShortlistEntry; list: Shortlist }> {
  return db.transaction('rw', [db.creatorBuckets, db.shortlists, ...entryStores(db), db.meta], async () => {
    const creator = await getCreator(db, request.handle);
    if (!creator) {
      throw new UnknownCreatorError(`@${request.handle} has not been read on a page yet`);
    }
    let list: Shortlist | undefined;
    if (request.listId) {
      list = await db.shortlists.get(request.listId);
      if (!list) throw new UnknownListError(`no shortlist with id ${request.listId}`);
    } else {
      const last = (await db.meta.get(META_LAST_LIST))?.value;
      const lastList = typeof last === 'string' ? await db.shortlists.get(last) : undefined;
      list = lastList && !lastList.archived ? lastList : (await db.shortlists.orderBy('createdAt').toArray()).find((l) => !l.archived);
      if (!list) {
        list = { id: defaults.ids.newId(), name: defaults.listName, createdAt: defaults.now, archived: false };
        await db.shortlists.add(list);
      }
    }
    await db.meta.put({ key: META_LAST_LIST, value: list.id });
    const existing = await entryAt(db, list.id, request.handle);
    if (existing) return { entry: existing, list };
    const entry: ShortlistEntry = {
      id: defaults.ids.newId(),
      listId: list.id,
      handle: request.handle,
      status: 'scouting',
      priority: 0,
      tags: [],
      note: '',
      addedAt: defaults.now,
    };
    await addEntries(db, [{ ...entry, view: creatorColumns(creator) }]);
    return { entry, list };
  });
}

/** The lists a creator can be added to (unarchived), the ones they are in, and the last one used. */
export async function addOptions(db: VettokDatabase, handle: string) {
  const lists = (await db.shortlists.orderBy('createdAt').toArray()).filter((l) => !l.archived);
  const last = (await db.meta.get(META_LAST_LIST))?.value;
  return {
    lists: lists.map((l) => ({ listId: l.id, listName: l.name })),
    memberOf: await listsOf(db, handle),
    lastListId: typeof last === 'string' && lists.some((l) => l.id === last) ? last : null,
  };
}
