import type { Shortlist, ShortlistEntry } from '../schemas/records';
import type { VettokDatabase } from './database';
import { META_LAST_LIST } from './meta-repository';
import { UnknownListError, type IdSource } from './shortlists-repository';
import { entryStores } from './queries/entries';
import { deleteEntriesOfList } from './entry-store-repository';

export async function createList(db: VettokDatabase, name: string, now: number, ids: IdSource): Promise<Shortlist> {
  const list: Shortlist = { id: ids.newId(), name, createdAt: now, archived: false };
  await db.shortlists.add(list);
  return list;
}

async function mustGet(db: VettokDatabase, listId: string): Promise<Shortlist> {
  const list = await db.shortlists.get(listId);
  if (!list) throw new UnknownListError(`no shortlist with id ${listId}`);
  return list;
}

export async function renameList(db: VettokDatabase, listId: string, name: string): Promise<Shortlist> {
  return db.transaction('rw', db.shortlists, async () => {
    const list = { ...(await mustGet(db, listId)), name };
    await db.shortlists.put(list);
    return list;
  });
}

export async function setListArchived(db: VettokDatabase, listId: string, archived: boolean): Promise<Shortlist> {
  return db.transaction('rw', db.shortlists, async () => {
    const list = { ...(await mustGet(db, listId)), archived };
    await db.shortlists.put(list);
    return list;
  });
}

/** Deletes a list and its entries together; returns both so the deletion can be undone. */
export async function deleteList(db: VettokDatabase, listId: string): Promise<{ list: Shortlist; entries: ShortlistEntry[] }> {
  return db.transaction('rw', [db.shortlists, ...entryStores(db), db.meta], async () => {
    const list = await mustGet(db, listId);
    const entries = await deleteEntriesOfList(db, listId);
    await db.shortlists.delete(listId);
    const last = await db.meta.get(META_LAST_LIST);
    if (last?.value === listId) await db.meta.delete(META_LAST_LIST);
    return { list, entries };
  });
}
