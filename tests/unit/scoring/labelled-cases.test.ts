import { describe, expect, it } from 'vitest';
import { translate } from '../../../lib/i18n';
import { assess } from '../../../lib/scoring/assess';
import { explainAssessment } from '../../../lib/scoring/explain';
import { AssessmentSchema, type Assessment } from '../../../lib/schemas/assessment';
import { NOW, settings } from './helpers';
import { LABELLED_CASES, type Verdict } from './labelled-cases';

function verdictOf(a: Assessment): Verdict {
  if (a.status === 'insufficient') return 'unreadable';
  if (a.provisional) return 'provisional';
  return a.grade === 'A' || a.grade === 'B' ? 'good' : a.grade === 'C' ? 'caution' : 'avoid';
}

describe('the labelled set: verdicts a careful analyst signs (docs/assessment.md)', () => {
  it('holds at least 40 cases', () => {
    expect(LABELLED_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(LABELLED_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const a = assess(c.snapshots, c.settings ?? settings(), NOW);
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
    const shown = a.flags.map((f) => `${f.id}:${f.severity}`).join(', ');
    expect(verdictOf(a), `${c.why}\nscore ${a.score} grade ${a.grade}; flags ${shown}`).toBe(c.verdict);
    for (const expected of c.flags ?? []) {
      const [id, severity] = typeof expected === 'string' ? [expected, undefined] : expected;
      const f = a.flags.find((x) => x.id === id);
      expect(f, `${id} (${shown})`).toBeDefined();
      if (severity) expect(f!.severity, id).toBe(severity);
    }
    for (const id of c.notFlags ?? []) expect(a.flags.map((f) => f.id), shown).not.toContain(id);
  });

  it('faked engagement never scores above the clean creator it was made from', () => {
    const clean = LABELLED_CASES.find((c) => c.name === 'healthy micro, 30K')!;
    const base = assess(clean.snapshots, settings(), NOW).score!;
    for (const name of ['comment pod, 1 comment per 3 likes', 'comment pod, 1 comment per 4 likes', 'bought likes, 25% of views at 30K', 'saves above likes']) {
      const c = LABELLED_CASES.find((x) => x.name === name)!;
      expect(assess(c.snapshots, settings(), NOW).score!, name).toBeLessThan(base);
    }
  });

  it('a wrong market names the setting that moved the score', () => {
    const c = LABELLED_CASES.find((x) => x.name === 'wrong market for the merchant')!;
    const a = assess(c.snapshots, c.settings!, NOW);
    expect(a.breakdown?.settingEffects).toEqual([expect.objectContaining({ setting: 'targetMarket', subScore: 'marketFit' })]);
    expect(a.breakdown!.settingEffects[0]!.points).toBeLessThan(0);
    const lines = explainAssessment(a, (key, params) => translate('en', key, params));
    expect(lines.some((l) => /^Your target market moved the score by −\d/.test(l))).toBe(true);
  });

  it('changed thresholds name themselves when they move the score', () => {
    const c = LABELLED_CASES.find((x) => x.name === 'quiet for 45 days')!;
    const strict = settings({ thresholds: { ...settings().thresholds, inactiveDays: 14 } });
    const a = assess(c.snapshots, strict, NOW);
    // 45 days without a post is more than 3 × 14: dormancy instead of a warning.
    expect(a.flags.find((f) => f.id === 'inactive')?.severity).toBe('risk');
    expect(a.breakdown?.settingEffects).toEqual([expect.objectContaining({ setting: 'thresholds' })]);
    expect(a.breakdown!.settingEffects[0]!.points).toBeLessThan(0);
    expect(assess(c.snapshots, settings(), NOW).breakdown?.settingEffects).toEqual([]);
  });
});
