import type { VettokDatabase } from '../../db/database';
import { META_TEAM_LISTS, parseTeamLists } from '../model/team-lists-meta';

export { META_TEAM_APPLIED, META_TEAM_LISTS, parseTeamLists } from '../model/team-lists-meta';

/** The ids of the lists shared with the team. */
export async function teamListIds(db: VettokDatabase): Promise<Set<string>> {
  return parseTeamLists((await db.meta.get(META_TEAM_LISTS))?.value);
}

/** Marks a list as a team list or a private one. Call inside a transaction that includes `meta`, or alone. */
export async function setTeamList(db: VettokDatabase, listId: string, shared: boolean): Promise<void> {
  const ids = await teamListIds(db);
  if (shared) ids.add(listId);
  else ids.delete(listId);
  await db.meta.put({ key: META_TEAM_LISTS, value: JSON.stringify([...ids].sort()) });
}
