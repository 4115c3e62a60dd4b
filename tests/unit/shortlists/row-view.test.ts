import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreatorColumns, ShortlistEntry } from '../../../lib/schemas/records';
import { rowFromColumns } from '../../../lib/shortlists/row-view';
import { sharedList, sharedText } from '../../../lib/shortlists/shared-values';

/** A fresh copy of every value, as IndexedDB's structured clone hands each row its own. */
const copy = <T>(value: T): T => structuredClone(value);

const entry: ShortlistEntry = { id: 'e1', listId: 'main', handle: 'c1.en', status: 'invited', priority: 2, tags: ['beauty', 'vip'], note: 'Note', addedAt: 1_780_000_000_000 };
const columns: CreatorColumns = {
  nickname: 'Creator One',
  followers: 12_000,
  score: 71,
  grade: 'B',
  tier: 'micro',
  merchantTier: 'tail',
  confidence: 'views',
  pitfalls: ['P1', 'P8'],
  flagIds: ['mass-follow', 'market-mismatch'],
  language: 'en',
  region: 'US',
};

describe('rowFromColumns: repeated values shared between rows', () => {
  it('two rows read apart hold the same copy of each repeated text and list', () => {
    const a = rowFromColumns(copy(entry), copy(columns));
    const b = rowFromColumns(copy({ ...entry, id: 'e2', handle: 'c2.en' }), copy(columns));
    for (const key of ['listId', 'status', 'grade', 'tier', 'merchantTier', 'confidence', 'language', 'region', 'pitfalls', 'flagIds', 'tags'] as const) {
      expect(b[key], key).toBe(a[key]);
    }
    // Unique per row: never pooled.
    expect(b.entryId).not.toBe(a.entryId);
    expect(b.handle).not.toBe(a.handle);
  });

  it('keeps every value as read, lists frozen', () => {
    const row = rowFromColumns(copy(entry), copy(columns));
    expect(row).toMatchObject({ ...columns, entryId: 'e1', listId: 'main', handle: 'c1.en', status: 'invited', priority: 2, tags: ['beauty', 'vip'], note: 'Note', addedAt: entry.addedAt });
    expect(Object.isFrozen(row.tags)).toBe(true);
    expect(Object.isFrozen(row.pitfalls)).toBe(true);
    expect(() => (row.tags as string[]).push('x')).toThrow();
  });

  it('a row without its creator has empty lists and null columns', () => {
    const row = rowFromColumns(copy({ ...entry, tags: [] }), null);
    expect(row).toMatchObject({ nickname: null, followers: null, score: null, grade: null, pitfalls: [], flagIds: [], tags: [] });
  });
});

describe('sharedList', () => {
  it('shares a list only with one of the same items in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 }), (x, y) => {
        const same = x.length === y.length && x.every((v, i) => v === y[i]);
        expect(sharedList(x) === sharedList(y)).toBe(same);
        expect([...sharedList(x)]).toEqual(x);
      }),
    );
  });

  it('keeps working once the pool was emptied (more distinct values than it holds)', () => {
    const first = sharedText('value-0');
    for (let i = 1; i <= 25_000; i++) sharedText(`value-${i}`);
    expect(sharedText('value-0')).toBe('value-0');
    expect(sharedText(first)).toBe(first);
    expect(sharedText(null)).toBeNull();
  });
});
