import { describe, expect, it } from 'vitest';
import { overdueBadge } from '../../../lib/background/badge';
import { creatorOutcome } from '../../../lib/collaborations/commerce-flags';
import { SCORE_CAPS } from '../../../lib/scoring/constants';
import { assess } from '../../../lib/scoring/assess';
import { DEFAULT_SETTINGS } from '../../../lib/schemas/settings';
import { realSnapshot } from '../../fixture-files';
import { collaboration, resultsWithRoi } from './factories';

describe('outcome flags in the assessment', () => {
  it('adds the creator outcome flags to the assessment, and a P9 risk caps the score', () => {
    const snapshot = realSnapshot('user-detail-scope-nasa-2026-09.json');
    const now = Date.UTC(2026, 8, 2);
    const plain = assess([snapshot], DEFAULT_SETTINGS, now);
    const c = collaboration({ creatorHandle: snapshot.handle, results: resultsWithRoi([0.5, 0.5]) });
    const outcome = creatorOutcome([c], snapshot.handle, now, 'UTC');
    expect(outcome.terminatedForLowRoi).toBe(true);
    const withOutcome = assess([snapshot], DEFAULT_SETTINGS, now, { outcomeFlags: outcome.flags });
    expect(withOutcome.flags.map((f) => f.id)).toEqual([...plain.flags.map((f) => f.id), ...outcome.flags.map((f) => f.id)]);
    expect(withOutcome.score).toBeLessThanOrEqual(SCORE_CAPS.risk);
    expect(assess([snapshot], DEFAULT_SETTINGS, now, { outcomeFlags: [] })).toEqual(plain);
  });
});

describe('overdue badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('%i overdue → "%s"', (count, text) => {
    expect(overdueBadge(count).text).toBe(text);
  });
});
