import type { Shortlist } from '../../schemas/records';
import type { VettokDatabase } from '../database';
import { getCreators } from './creators';
import { allEntries, entriesOfCreators, shortlistedHandles } from './entries';

export interface Membership {
  listId: string;
  listName: string;
}

/** The lists a creator is in, in list creation order. */
export async function listsOf(db: VettokDatabase, handle: string): Promise<Membership[]> {
  const entries = await entriesOfCreators(db, [handle]);
  const lists = await db.shortlists.bulkGet(entries.map((e) => e.listId));
  return lists
    .filter((l): l is Shortlist => l !== undefined)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((l) => ({ listId: l.id, listName: l.name }));
}

/** Every shortlisted creator once (sorted by handle), and each unarchived list with its members. */
export async function shortlistMembers(db: VettokDatabase) {
  const [lists, entries] = await Promise.all([db.shortlists.toArray(), allEntries(db)]);
  const handles = [...new Set(entries.map((e) => e.handle))].sort();
  const members = new Map<string, Set<string>>();
  for (const e of entries) members.set(e.listId, (members.get(e.listId) ?? new Set()).add(e.handle));
  return { handles, lists: lists.filter((l) => !l.archived).map((l) => ({ id: l.id, name: l.name, members: members.get(l.id) ?? new Set<string>() })) };
}

/** Every shortlisted creator once, with their nickname when stored (for "apply to creators"). */
export async function shortlistedCreators(db: VettokDatabase): Promise<{ handle: string; nickname: string | null }[]> {
  const handles = await shortlistedHandles(db);
  const creators = await getCreators(db, handles);
  return handles.map((handle, i) => ({ handle, nickname: creators[i]?.nickname ?? null }));
}
