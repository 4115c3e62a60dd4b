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
 * The filter as one predicate, built once: only the conditions the filter sets are checked per row,
 * and the search text is normalised once, not per row.
 */
export function rowMatcher(f: ShortlistFilter): (row: ShortlistRowView) => boolean {
  const checks: ((row: ShortlistRowView) => boolean)[] = [];
  if (some(f.statuses)) {
    const statuses = new Set<string>(f.statuses);
    checks.push((row) => statuses.has(row.status));
  }
  const oneOf = (list: readonly string[] | undefined, value: (row: ShortlistRowView) => string | null) => {
    if (!some(list)) return;
    const set = new Set(list);
    checks.push((row) => {
      const v = value(row);
      return v !== null && set.has(v);
    });
  };
  oneOf(f.tiers, (r) => r.tier);
  oneOf(f.merchantTiers, (r) => r.merchantTier);
  oneOf(f.confidences, (r) => r.confidence);
  if (some(f.pitfalls)) {
    const pitfalls = new Set<string>(f.pitfalls);
    checks.push((row) => row.pitfalls.some((p) => pitfalls.has(p)));
  }
  if (f.noFlags) checks.push((row) => row.pitfalls.length === 0);
  oneOf(f.languages, (r) => r.language);
  oneOf(f.regions, (r) => r.region);
  if (some(f.tags)) {
    const tags = f.tags;
    checks.push((row) => tags.every((t) => row.tags.includes(t)));
  }
  const { minScore, maxScore, minFollowers, maxFollowers } = f;
  if (minScore !== undefined) checks.push((row) => row.score !== null && row.score >= minScore);
  if (maxScore !== undefined) checks.push((row) => row.score !== null && row.score <= maxScore);
  if (minFollowers !== undefined) checks.push((row) => row.followers !== null && row.followers >= minFollowers);
  if (maxFollowers !== undefined) checks.push((row) => row.followers !== null && row.followers <= maxFollowers);
  const text = f.text?.trim().toLowerCase().replace(/^@/, '');
  if (text) checks.push((row) => row.haystack.includes(text));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (row) => checks.every((check) => check(row));
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
export function isUnfiltered(f: ShortlistFilter): boolean {
  return Object.entries(f).every(([k, v]) => k === 'sort' || k === 'descending' || v === undefined || (Array.isArray(v) && v.length === 0) || v === false || (k === 'text' && typeof v === 'string' && v.trim().replace(/^@/, '') === ''));
}

/**
 * Rows passing the filter, from rows already in the filter's sort order (sortRows): filtering
 * keeps the order, so no sort runs while the merchant types. Unfiltered, the sorted rows
 * themselves are returned.
 */
export function filterSorted(sorted: readonly ShortlistRowView[], f: ShortlistFilter): readonly ShortlistRowView[] {
  return isUnfiltered(f) ? sorted : sorted.filter(rowMatcher(f));
}
