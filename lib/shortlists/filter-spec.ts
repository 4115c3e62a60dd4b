import * as z from 'zod/mini';
import { ConfidenceSchema, MerchantTierSchema, PitfallSchema, TierSchema } from '../schemas/assessment';
import { EntryStatusSchema } from '../schemas/records';
import type { ShortlistRowView } from './row-view';

export const SORT_KEYS = ['addedAt', 'score', 'followers', 'handle', 'status', 'priority', 'confidence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A shortlist filter and sort, as the side panel holds it (every field optional = no constraint). */
export const ShortlistFilterSchema = z.object({
  text: z.optional(z.string().check(z.maxLength(200))),
  statuses: z.optional(z.array(EntryStatusSchema)),
  tiers: z.optional(z.array(TierSchema)),
  merchantTiers: z.optional(z.array(MerchantTierSchema)),
  confidences: z.optional(z.array(ConfidenceSchema)),
  /** Rows having at least one flag of these pitfalls. */
  pitfalls: z.optional(z.array(PitfallSchema)),
  /** true: only rows with no flag at all. */
  noFlags: z.optional(z.boolean()),
  languages: z.optional(z.array(z.string())),
  regions: z.optional(z.array(z.string())),
  /** Rows carrying every one of these tags. */
  tags: z.optional(z.array(z.string())),
  minScore: z.optional(z.number()),
  maxScore: z.optional(z.number()),
  minFollowers: z.optional(z.number()),
  maxFollowers: z.optional(z.number()),
  sort: z.optional(z.enum(SORT_KEYS)),
  descending: z.optional(z.boolean()),
});
export type ShortlistFilter = z.infer<typeof ShortlistFilterSchema>;

const CONFIDENCE_RANK: Record<string, number> = { none: 0, profile: 1, views: 2, full: 3, commerce: 4 };
const STATUS_RANK: Record<string, number> = Object.fromEntries(EntryStatusSchema.options.map((s, i) => [s, i]));

const some = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/**
 * The conditions the database answers from its indexes (see shortlist-query): entry status and
 * tags, creator score, followers and tier. The rest (text, confidence, pitfalls, language) are
 * checked on the rows the indexes let through.
 */
export interface IndexPlan {
  statuses: string[] | null;
  tags: string[];
  score: [number, number] | null;
  followers: [number, number] | null;
  tiers: string[] | null;
}

export function indexPlan(f: ShortlistFilter): IndexPlan {
  const range = (min: number | undefined, max: number | undefined): [number, number] | null =>
    min === undefined && max === undefined ? null : [min ?? -Infinity, max ?? Infinity];
  return {
    statuses: some(f.statuses) ? [...f.statuses] : null,
    tags: some(f.tags) ? [...f.tags] : [],
    score: range(f.minScore, f.maxScore),
    followers: range(f.minFollowers, f.maxFollowers),
    tiers: some(f.tiers) ? [...f.tiers] : null,
  };
}

export function usesIndexes(plan: IndexPlan): boolean {
  return plan.statuses !== null || plan.tags.length > 0 || plan.score !== null || plan.followers !== null || plan.tiers !== null;
}

/** True when a row passes every constraint of the filter. */
export function matchesFilter(row: ShortlistRowView, f: ShortlistFilter): boolean {
  if (some(f.statuses) && !f.statuses.includes(row.status)) return false;
  if (some(f.tiers) && (row.tier === null || !f.tiers.includes(row.tier))) return false;
  if (some(f.merchantTiers) && (row.merchantTier === null || !f.merchantTiers.includes(row.merchantTier))) return false;
  if (some(f.confidences) && (row.confidence === null || !f.confidences.includes(row.confidence))) return false;
  if (some(f.pitfalls) && !row.pitfalls.some((p) => (f.pitfalls as readonly string[]).includes(p))) return false;
  if (f.noFlags && row.pitfalls.length > 0) return false;
  if (some(f.languages) && (row.language === null || !f.languages.includes(row.language))) return false;
  if (some(f.regions) && (row.region === null || !f.regions.includes(row.region))) return false;
  if (some(f.tags) && !f.tags.every((t) => row.tags.includes(t))) return false;
  if (f.minScore !== undefined && (row.score === null || row.score < f.minScore)) return false;
  if (f.maxScore !== undefined && (row.score === null || row.score > f.maxScore)) return false;
  if (f.minFollowers !== undefined && (row.followers === null || row.followers < f.minFollowers)) return false;
  if (f.maxFollowers !== undefined && (row.followers === null || row.followers > f.maxFollowers)) return false;
  const text = f.text?.trim().toLowerCase().replace(/^@/, '');
  if (text && !row.haystack.includes(text)) return false;
  return true;
}

function sortValue(row: ShortlistRowView, key: SortKey): number | string | null {
  switch (key) {
    case 'addedAt':
      return row.addedAt;
    case 'score':
      return row.score;
    case 'followers':
      return row.followers;
    case 'handle':
      return row.handle;
    case 'status':
      return STATUS_RANK[row.status] ?? 0;
    case 'priority':
      return row.priority;
    case 'confidence':
      return row.confidence === null ? null : (CONFIDENCE_RANK[row.confidence] ?? 0);
  }
}

/**
 * Orders rows by the filter's sort key (newest first by default). Missing values always go last,
 * whichever the direction; ties fall back to the handle so the order is stable.
 */
export function compareRows(key: SortKey, descending: boolean) {
  return (a: ShortlistRowView, b: ShortlistRowView): number => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    let order = 0;
    if (x !== null && y !== null) order = x < y ? -1 : x > y ? 1 : 0;
    if (descending) order = -order;
    return order !== 0 ? order : a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0;
  };
}

export function defaultDescending(key: SortKey): boolean {
  return key === 'addedAt' || key === 'score' || key === 'followers' || key === 'priority';
}

/** The filter's sort key and direction (newest first by default). */
export function sortOf(f: ShortlistFilter): { key: SortKey; descending: boolean } {
  const key = f.sort ?? 'addedAt';
  return { key, descending: f.descending ?? defaultDescending(key) };
}

/** Rows in the filter's order (a copy; the input is left as it is). */
export function sortRows(rows: readonly ShortlistRowView[], f: ShortlistFilter): ShortlistRowView[] {
  const { key, descending } = sortOf(f);
  return [...rows].sort(compareRows(key, descending));
}

/** True when the filter lets every row through (only a sort, or nothing). */
export function isUnfiltered(f: ShortlistFilter, allowed: ReadonlySet<string> | null = null): boolean {
  return allowed === null && Object.entries(f).every(([k, v]) => k === 'sort' || k === 'descending' || v === undefined || (Array.isArray(v) && v.length === 0) || v === false || (k === 'text' && typeof v === 'string' && v.trim().replace(/^@/, '') === ''));
}

/**
 * Rows passing the filter, from rows already in the filter's sort order (sortRows): filtering
 * keeps the order, so no sort runs while the merchant types. Unfiltered, the sorted rows
 * themselves are returned.
 */
export function filterSorted(sorted: readonly ShortlistRowView[], f: ShortlistFilter, allowed: ReadonlySet<string> | null = null): readonly ShortlistRowView[] {
  if (isUnfiltered(f, allowed)) return sorted;
  return sorted.filter((r) => (allowed === null || allowed.has(r.entryId)) && matchesFilter(r, f));
}

/**
 * Rows passing the filter, sorted. `allowed` is the set of entry ids the database's indexes let
 * through (null = no indexed condition); the other conditions are checked here.
 */
export function filterAndSort(rows: readonly ShortlistRowView[], f: ShortlistFilter, allowed: ReadonlySet<string> | null = null): ShortlistRowView[] {
  return [...filterSorted(sortRows(rows, f), f, allowed)];
}
