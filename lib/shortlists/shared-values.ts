/**
 * One copy of each repeated value of the side panel's rows. A list read from IndexedDB (or parsed
 * from JSON) gets a copy of every string and array on every row: 100,000 rows held 100,000 copies of
 * "en", "mid", "scouting", the list's id and the same empty flag list. Rows built through here point
 * at one shared copy instead, and the others are collected (docs/shortlists.md, "The side panel's heap").
 *
 * Only values repeated across rows go through it (statuses, tiers, languages, pitfall, flag and tag
 * lists), never handles, notes or nicknames: the pool stays as small as the distinct values. It is
 * emptied when it grows past `MAX_SHARED` (a new pool then fills again), so no input can grow it
 * without bound.
 */
const MAX_SHARED = 20_000;
let texts = new Map<string, string>();
let lists = new Map<string, readonly string[]>();

/** The shared copy of a short, often repeated text (the value itself the first time). */
export function sharedText<T extends string | null>(value: T): T {
  if (value === null) return value;
  const known = texts.get(value);
  if (known !== undefined) return known as T;
  if (texts.size >= MAX_SHARED) texts = new Map();
  texts.set(value, value);
  return value;
}

const EMPTY: readonly string[] = Object.freeze([]);

/** The shared, frozen copy of a list of texts with the same items in the same order. */
export function sharedList(values: readonly string[]): readonly string[] {
  if (values.length === 0) return EMPTY;
  const key = JSON.stringify(values);
  const known = lists.get(key);
  if (known !== undefined) return known;
  if (lists.size >= MAX_SHARED) lists = new Map();
  const frozen = Object.freeze(values.map(sharedText));
  lists.set(key, frozen);
  return frozen;
}
