import { describe, expect, it } from 'vitest';
import { filterScouted, marketsOf, scoutedRows, DEFAULT_SCOUTED_FILTER, type ScoutedRow } from '../../../lib/scout/scouted-view';
import { parseScoutedLog, withSightings, MAX_SCOUTED } from '../../../lib/scout/scouted-log';

const row = (handle: string, over: Partial<ScoutedRow>): ScoutedRow => ({
  handle,
  nickname: null,
  seenAt: 100,
  kind: 'search-general',
  score: null,
  provisional: true,
  tier: 'nano',
  flags: 0,
  risk: false,
  market: null,
  followers: null,
  ...over,
});

describe('the Scouted view', () => {
  const rows = [
    row('a', { score: 60, tier: 'micro', market: 'VN', flags: 1, followers: 20_000 }),
    row('b', { score: 82, tier: 'mid', market: 'TH', followers: 300_000, seenAt: 50 }),
    row('c', { score: null, tier: 'nano', flags: 2, risk: true, followers: 900 }),
    row('d', { score: 40, tier: 'micro', market: 'VN', seenAt: 200 }),
  ];

  it('sorts by score, creators without one last, in both directions', () => {
    const recent = { ...DEFAULT_SCOUTED_FILTER, when: 'recent' as const };
    expect(filterScouted(rows, recent, null).map((r) => r.handle)).toEqual(['b', 'a', 'd', 'c']);
    expect(filterScouted(rows, { ...recent, sort: 'scoreAsc' }, null).map((r) => r.handle)).toEqual(['d', 'a', 'b', 'c']);
    expect(filterScouted(rows, { ...recent, sort: 'followers' }, null).map((r) => r.handle)).toEqual(['b', 'a', 'c', 'd']);
    expect(filterScouted(rows, { ...recent, sort: 'seen' }, null).map((r) => r.handle)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('filters by tier, flags, market and session', () => {
    const recent = { ...DEFAULT_SCOUTED_FILTER, when: 'recent' as const };
    expect(filterScouted(rows, { ...recent, tier: 'micro' }, null).map((r) => r.handle)).toEqual(['a', 'd']);
    expect(filterScouted(rows, { ...recent, flags: 'none' }, null).map((r) => r.handle)).toEqual(['b', 'd']);
    expect(filterScouted(rows, { ...recent, flags: 'some' }, null).map((r) => r.handle)).toEqual(['a', 'c']);
    expect(filterScouted(rows, { ...recent, flags: 'risk' }, null).map((r) => r.handle)).toEqual(['c']);
    expect(filterScouted(rows, { ...recent, market: 'VN' }, null).map((r) => r.handle)).toEqual(['a', 'd']);
    // This session began at 100: b (seen at 50) is from before.
    expect(filterScouted(rows, DEFAULT_SCOUTED_FILTER, 100).map((r) => r.handle)).toEqual(['a', 'd', 'c']);
    expect(filterScouted(rows, DEFAULT_SCOUTED_FILTER, null)).toEqual([]);
    expect(marketsOf(rows)).toEqual(['TH', 'VN']);
  });

  it('leaves out sightings of creators no longer stored', () => {
    expect(scoutedRows([{ handle: 'gone', seenAt: 1, kind: 'feed' }], new Map())).toEqual([]);
  });
});

describe('the scouted log', () => {
  it('keeps the latest sighting per creator first, capped', () => {
    const log = withSightings([{ handle: 'a', seenAt: 1, kind: 'feed' }, { handle: 'b', seenAt: 1, kind: 'feed' }], [{ handle: 'b', seenAt: 2, kind: 'user-list' }]);
    expect(log).toEqual([{ handle: 'b', seenAt: 2, kind: 'user-list' }, { handle: 'a', seenAt: 1, kind: 'feed' }]);
    const many = Array.from({ length: MAX_SCOUTED + 5 }, (_, i) => ({ handle: `h${i}`, seenAt: i, kind: 'feed' as const }));
    expect(withSightings([], many)).toHaveLength(MAX_SCOUTED);
  });

  it('reads anything unreadable as empty', () => {
    for (const text of [null, 3, '', '{', '[{"handle":"A B","seenAt":1,"kind":"feed"}]', '[{"handle":"a","seenAt":-1,"kind":"feed"}]']) expect(parseScoutedLog(text)).toEqual([]);
    expect(parseScoutedLog('[{"handle":"a","seenAt":1,"kind":"feed"}]')).toEqual([{ handle: 'a', seenAt: 1, kind: 'feed' }]);
  });
});
