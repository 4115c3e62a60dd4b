/** The `meta` row that names the lists shared with the team (JSON array of list ids). */
export const META_TEAM_LISTS = 'team.lists';
/** The `meta` row holding how far the team's documents have been applied to this database. */
export const META_TEAM_APPLIED = 'team.appliedSeq';

/** The team list ids a `meta` row's value holds (none when it is missing or malformed). */
export function parseTeamLists(value: unknown): Set<string> {
  if (typeof value !== 'string') return new Set();
  try {
    const ids: unknown = JSON.parse(value);
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}
