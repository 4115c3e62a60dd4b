import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/background/badge';
import { assess } from '../../../lib/scoring/assess';
import { count, NOW, settings, snapshot } from '../scoring/helpers';

describe('the score badge', () => {
  it('a provisional verdict (no grade) shows its score in neutral grey, never in the red of an E', () => {
    const a = assess([snapshot({ followers: count(40_000), likes: count(400_000), videos: count(300) })], settings(), NOW);
    expect(a.provisional).toBe(true);
    expect(badgeFor(a)).toEqual({ text: String(a.score), color: '#6b7280' });
  });
});
