import { TierSchema, type Tier } from '../schemas/assessment';
import type { CreatorRecord } from '../schemas/records';
import type { ScoutedSighting } from './scouted-log';

/**
 * The side panel's Scouted view: everyone seen on list pages (this browser session, or all kept),
 * joined with their stored creator record, filtered by tier, flags and market, and sorted.
 */
export interface ScoutedRow {
  handle: string;
  nickname: string | null;
  seenAt: number;
  kind: ScoutedSighting['kind'];
  score: number | null;
  provisional: boolean;
  tier: Tier | null;
  flags: number;
  risk: boolean;
  market: string | null;
  followers: number | null;
}

export interface ScoutedFilter {
  when: 'session' | 'recent';
  tier: Tier | 'all';
  flags: 'any' | 'none' | 'some' | 'risk';
  market: string;
  sort: 'score' | 'scoreAsc' | 'seen' | 'followers';
}

export const DEFAULT_SCOUTED_FILTER: ScoutedFilter = { when: 'session', tier: 'all', flags: 'any', market: 'all', sort: 'score' };

/** One row per sighting whose creator is stored (a creator erased since has none). */
export function scoutedRows(log: readonly ScoutedSighting[], creators: ReadonlyMap<string, CreatorRecord>): ScoutedRow[] {
  const rows: ScoutedRow[] = [];
  for (const s of log) {
    const c = creators.get(s.handle);
    if (!c) continue;
    const a = c.assessment;
    rows.push({
      handle: s.handle,
      nickname: c.nickname,
      seenAt: s.seenAt,
      kind: s.kind,
      score: a.status === 'insufficient' ? null : a.score,
      provisional: a.provisional === true,
      tier: TierSchema.safeParse(c.tier).success ? (c.tier as Tier) : null,
      flags: a.flags.length,
      risk: a.flags.some((f) => f.severity === 'risk'),
      market: c.region,
      followers: c.followers,
    });
  }
  return rows;
}

/** The markets present, for the filter's choices. */
export function marketsOf(rows: readonly ScoutedRow[]): string[] {
  return [...new Set(rows.map((r) => r.market).filter((m): m is string => m !== null))].sort();
}

/** Higher first; creators without the figure go last, whichever the direction. */
function byNumber(a: number | null, b: number | null, ascending = false): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return ascending ? a - b : b - a;
}

export function filterScouted(rows: readonly ScoutedRow[], filter: ScoutedFilter, sessionStart: number | null): ScoutedRow[] {
  const shown = rows.filter(
    (r) =>
      (filter.when === 'recent' || (sessionStart !== null && r.seenAt >= sessionStart)) &&
      (filter.tier === 'all' || r.tier === filter.tier) &&
      (filter.flags === 'any' || (filter.flags === 'none' ? r.flags === 0 : filter.flags === 'some' ? r.flags > 0 : r.risk)) &&
      (filter.market === 'all' || r.market === filter.market),
  );
  const order = (a: ScoutedRow, b: ScoutedRow): number => {
    switch (filter.sort) {
      case 'score':
        return byNumber(a.score, b.score) || b.seenAt - a.seenAt;
      case 'scoreAsc':
        return byNumber(a.score, b.score, true) || b.seenAt - a.seenAt;
      case 'followers':
        return byNumber(a.followers, b.followers) || b.seenAt - a.seenAt;
      case 'seen':
        return b.seenAt - a.seenAt;
    }
  };
  return shown.sort((a, b) => order(a, b) || a.handle.localeCompare(b.handle));
}
