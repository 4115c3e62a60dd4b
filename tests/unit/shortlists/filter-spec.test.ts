import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterSorted, isUnfiltered, rowMatcher, sortRows, type ShortlistFilter } from '../../../lib/shortlists/filter-spec';
import type { ShortlistRowView } from '../../../lib/shortlists/row-view';

function row(handle: string, over: Partial<ShortlistRowView> = {}): ShortlistRowView {
  const base: ShortlistRowView = {
    entryId: `e-${handle}`,
    listId: 'l1',
    handle,
    nickname: null,
    followers: null,
    score: null,
    grade: null,
    tier: null,
    merchantTier: null,
    confidence: null,
    pitfalls: [],
    flagIds: [],
    language: null,
    region: null,
    status: 'scouting',
    priority: 0,
    tags: [],
    note: '',
    addedAt: 0,
    haystack: '',
  };
  const r = { ...base, ...over };
  return { ...r, haystack: [r.handle, r.nickname ?? '', r.note, ...r.tags].join('\n').toLowerCase() };
}

/** What the side panel shows: the rows sorted once, then filtered in that order. */
const shown = (all: readonly ShortlistRowView[], f: ShortlistFilter) => [...filterSorted(sortRows(all, f), f)];

const rows = [
  row('jelly.here10', { followers: 3666, score: 71, tier: 'nano', merchantTier: 'koc', confidence: 'profile', language: 'en', addedAt: 3, tags: ['beauty'] }),
  row('alcaldiasa', { followers: 38490, score: 55, tier: 'micro', merchantTier: 'tail', confidence: 'profile', language: 'es', pitfalls: ['P1'], addedAt: 2, status: 'contacted' }),
  row('nasa', { followers: 1_000_000, score: null, tier: 'mega', merchantTier: 'head', confidence: 'none', language: 'en', nickname: 'NASA 美国宇航局', addedAt: 1, tags: ['beauty', 'vip'] }),
];

describe('shortlist filters', () => {
  it.each([
    [{}, ['jelly.here10', 'alcaldiasa', 'nasa']],
    [{ text: '@NASA' }, ['nasa']],
    [{ text: '宇航' }, ['nasa']],
    [{ statuses: ['contacted' as const] }, ['alcaldiasa']],
    [{ tiers: ['nano' as const, 'mega' as const] }, ['jelly.here10', 'nasa']],
    [{ merchantTiers: ['tail' as const] }, ['alcaldiasa']],
    [{ minFollowers: 10_000, maxFollowers: 100_000 }, ['alcaldiasa']],
    [{ minScore: 60 }, ['jelly.here10']],
    [{ pitfalls: ['P1' as const] }, ['alcaldiasa']],
    [{ noFlags: true }, ['jelly.here10', 'nasa']],
    [{ languages: ['en'] }, ['jelly.here10', 'nasa']],
    [{ tags: ['beauty', 'vip'] }, ['nasa']],
    [{ confidences: ['none' as const] }, ['nasa']],
  ])('%j keeps %j', (filter, handles) => {
    expect(shown(rows, filter).map((r) => r.handle)).toEqual(handles);
  });

  it('sorts, with missing values last in both directions', () => {
    expect(shown(rows, { sort: 'score' }).map((r) => r.handle)).toEqual(['jelly.here10', 'alcaldiasa', 'nasa']);
    expect(shown(rows, { sort: 'score', descending: false }).map((r) => r.handle)).toEqual(['alcaldiasa', 'jelly.here10', 'nasa']);
    expect(shown(rows, { sort: 'handle' }).map((r) => r.handle)).toEqual(['alcaldiasa', 'jelly.here10', 'nasa']);
    expect(shown(rows, { sort: 'followers', descending: true }).map((r) => r.handle)).toEqual(['nasa', 'alcaldiasa', 'jelly.here10']);
  });

  it('checks the score bound on rows that have a score', () => {
    expect(rowMatcher({ minScore: 80 })(rows[0]!)).toBe(false);
    expect(rowMatcher({ minScore: 70 })(rows[0]!)).toBe(true);
    expect(rowMatcher({ minScore: 0 })(rows[2]!)).toBe(false);
  });
});

describe('filterSorted on rows sorted once', () => {
  it('gives the matching rows in sort order, and the sorted rows themselves when nothing filters', () => {
    const all = [row('b', { score: 5, followers: 10, addedAt: 2 }), row('a', { score: 9, followers: 2000, addedAt: 1 }), row('c', { score: null, followers: 50, addedAt: 2 })];
    const filters = [{}, { text: '  ' }, { text: 'a' }, { minFollowers: 20 }, { sort: 'score' as const }, { sort: 'handle' as const, descending: true, minScore: 1 }];
    for (const f of filters) {
      const sorted = sortRows(all, f);
      expect(filterSorted(sorted, f).map((r) => r.handle), JSON.stringify(f)).toEqual(sortRows(all.filter(rowMatcher(f)), f).map((r) => r.handle));
    }
    const sorted = sortRows(all, {});
    expect(filterSorted(sorted, { sort: 'addedAt' })).toBe(sorted);
    expect(isUnfiltered({ text: '@', statuses: [], noFlags: false })).toBe(true);
    expect(isUnfiltered({ minScore: 0 })).toBe(false);
  });
});

describe('rowMatcher (the filter built once)', () => {
  /** The per-row check as it was written before the matcher, kept here as the reference. */
  function reference(row: ShortlistRowView, f: ShortlistFilter): boolean {
    const some = <T>(l: readonly T[] | undefined): l is readonly T[] => l !== undefined && l.length > 0;
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

  it('agrees with the per-row check on every row and filter', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const filter = fc.record({
      text: maybe(fc.constantFrom('', ' ', '@je', 'NASA', '美', 'vip', 'zz')),
      statuses: maybe(fc.subarray(['scouting', 'contacted', 'invited'] as const)),
      tiers: maybe(fc.subarray(['nano', 'micro', 'mega'] as const)),
      merchantTiers: maybe(fc.subarray(['koc', 'tail', 'head'] as const)),
      confidences: maybe(fc.subarray(['none', 'profile', 'full'] as const)),
      pitfalls: maybe(fc.subarray(['P1', 'P7'] as const)),
      noFlags: maybe(fc.boolean()),
      languages: maybe(fc.subarray(['en', 'es'])),
      tags: maybe(fc.subarray(['beauty', 'vip'])),
      minScore: maybe(fc.integer({ min: 0, max: 100 })),
      maxScore: maybe(fc.integer({ min: 0, max: 100 })),
      minFollowers: maybe(fc.integer({ min: 0, max: 2_000_000 })),
      maxFollowers: maybe(fc.integer({ min: 0, max: 2_000_000 })),
    });
    fc.assert(
      fc.property(filter, (f) => {
        const matches = rowMatcher(f as ShortlistFilter);
        for (const r of rows) expect(matches(r)).toBe(reference(r, f as ShortlistFilter));
      }),
      { numRuns: 500 },
    );
  });
});
