import { describe, expect, it } from 'vitest';
import { tierMix } from '../../../lib/shortlists/tier-mix';
import type { MerchantTier } from '../../../lib/schemas/assessment';

const many = (tier: MerchantTier | null, n: number) => Array.from({ length: n }, () => tier);

describe('tierMix (P7)', () => {
  it('counts and shares each tier among the known ones', () => {
    const mix = tierMix([...many('head', 2), ...many('waist', 3), ...many('tail', 4), ...many('koc', 1), null]);
    expect(mix.counts).toEqual({ head: 2, waist: 3, tail: 4, koc: 1 });
    expect(mix.unknown).toBe(1);
    expect(mix.known).toBe(10);
    expect(mix.shares.tail).toBeCloseTo(0.4);
    expect(mix.dominant).toBeNull();
    expect(mix.suggestion).toBeNull();
  });

  it('warns when head creators dominate and suggests a mid/tail matrix', () => {
    const mix = tierMix([...many('head', 7), ...many('tail', 3)]);
    expect(mix.dominant).toBe('head');
    expect(mix.suggestion).toBe('build-mid-tail-matrix');
  });

  it('warns when the list is all tail/KOC and suggests adding waist creators', () => {
    expect(tierMix(many('koc', 9)).suggestion).toBe('add-waist-creators');
  });

  it('does not judge a list too small or an exact 60 % share', () => {
    expect(tierMix(many('head', 4)).dominant).toBeNull();
    expect(tierMix([...many('head', 6), ...many('tail', 4)]).dominant).toBeNull();
    expect(tierMix([]).known).toBe(0);
    expect(tierMix(many(null, 10)).dominant).toBeNull();
  });
});
