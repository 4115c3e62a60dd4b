import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creatorsOfList } from '../../../lib/readers/list-response';
import type { ListKind } from '../../../lib/readers/list-kind';
import { CreatorSnapshotSchema } from '../../../lib/schemas/creator-snapshot';

/**
 * Fuzzed list responses: entries with random handles and counts (numbers, digit strings, garbage,
 * missing), random wrappers and junk between them. Whatever arrives, the readers never throw,
 * every snapshot passes the background's schema, and each creator's followers come from its own
 * entry — never from a neighbour's.
 */

const RUNS = { numRuns: 300, endOnFailure: true };
const AT = Date.UTC(2026, 0, 1);

const handle = fc.stringMatching(/^[a-z0-9._]{1,20}$/);
const countish = fc.oneof(
  fc.nat({ max: 2_000_000_000 }),
  fc.nat({ max: 2_000_000_000 }).map(String),
  fc.constantFrom(-1, 1.5, '1.2M', '', null, true, {}, [], 'NaN', '-7'),
);
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }));

interface Entry {
  handle: string;
  followers: unknown;
  statsV2: boolean;
}
const entry = fc.record({ handle, followers: countish, statsV2: fc.boolean() });
const entries = fc.array(fc.oneof({ weight: 4, arbitrary: entry }, { weight: 1, arbitrary: junk }), { maxLength: 40 });

const isEntry = (e: unknown): e is Entry => typeof e === 'object' && e !== null && 'statsV2' in e && 'handle' in e;
const stats = (e: Entry) => (e.statsV2 ? { statsV2: { followerCount: e.followers } } : { stats: { followerCount: e.followers } });

const SHAPES: Record<ListKind, (list: unknown[]) => unknown> = {
  'user-list': (list) => ({ userList: list.map((e) => (isEntry(e) ? { user: { uniqueId: e.handle }, ...stats(e) } : e)) }),
  feed: (list) => ({
    itemList: list.map((e) => (isEntry(e) ? { id: '1', author: { uniqueId: e.handle }, ...(e.statsV2 ? { authorStatsV2: { followerCount: e.followers } } : { authorStats: { followerCount: e.followers } }) } : e)),
  }),
  'search-videos': (list) => ({ item_list: list.map((e) => (isEntry(e) ? { author: { uniqueId: e.handle }, authorStats: { followerCount: e.followers } } : e)) }),
  'search-users': (list) => ({ user_list: list.map((e) => (isEntry(e) ? { user_info: { unique_id: e.handle, follower_count: e.followers } } : e)) }),
  'search-general': (list) => ({
    data: list.map((e) => (isEntry(e) ? (e.statsV2 ? { item: { author: { uniqueId: e.handle }, authorStats: { followerCount: e.followers } } } : { user_list: [{ user_info: { unique_id: e.handle, follower_count: e.followers } }] }) : e)),
  }),
  marketplace: (list) => ({
    data: { creator_profile_list: list.map((e) => (isEntry(e) ? { handle: { value: e.handle }, follower_cnt: e.statsV2 ? { value: e.followers } : e.followers } : e)) },
  }),
};

/** The follower figure an entry states, as its own reader would take it (null when unusable). */
function statedFollowers(e: Entry): number | null {
  const v = e.followers;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return Number(v);
  return null;
}

describe('fuzzed list responses', () => {
  for (const kind of Object.keys(SHAPES) as ListKind[]) {
    it(`${kind}: valid snapshots, each with its own entry's followers`, () => {
      fc.assert(
        fc.property(entries, (list) => {
          const creators = creatorsOfList(kind, SHAPES[kind](list), AT);
          // The first entry of each handle is the one read (a creator listed twice keeps its first record).
          const first = new Map<string, Entry>();
          for (const e of list) if (isEntry(e) && !first.has(e.handle)) first.set(e.handle, e);
          for (const c of creators) {
            expect(CreatorSnapshotSchema.safeParse(c).success).toBe(true);
            const own = first.get(c.handle);
            expect(own).toBeDefined();
            const stated = statedFollowers(own!);
            if (stated === null) expect(c.followers).toBeNull();
            else expect(c.followers?.value).toBe(stated);
            expect(c.recentVideos).toEqual([]);
          }
          expect(new Set(creators.map((c) => c.handle)).size).toBe(creators.length);
        }),
        RUNS,
      );
    });
  }

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(...(Object.keys(SHAPES) as ListKind[])), (body, kind) => {
        for (const c of creatorsOfList(kind, body, AT)) expect(CreatorSnapshotSchema.safeParse(c).success).toBe(true);
      }),
      RUNS,
    );
  });
});
