import type { VettokDatabase } from '../../db/database';

/** The `meta` row that names the lists shared with the team (JSON array of list ids). */
export const META_TEAM_LISTS = 'team.lists';
/** The `meta` row holding how far the team's documents have been applied to this database. */
export const META_TEAM_APPLIED = 'team.appliedSeq';

export function parseTeamLists(value: unknown): Set<string> {
  if (typeof value !== 'string') return new Set();
  try {
    const ids: unknown = JSON.parse(value);
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

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
