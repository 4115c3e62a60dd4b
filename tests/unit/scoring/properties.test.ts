import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../lib/i18n';
import { assess, gradeOf } from '../../../lib/scoring/assess';
import { AssessmentSchema } from '../../../lib/schemas/assessment';
import { historyArb, settingsArb, snapshotArb } from './arbitraries';
import { count, NOW } from './helpers';

const RUNS = { numRuns: 400 };

describe('assess properties (fast-check)', () => {
  it('never throws and always returns a schema-valid, self-consistent Assessment', () => {
    fc.assert(
      fc.property(historyArb, settingsArb, (snaps, settings) => {
        const a = assess(snaps, settings, NOW);
        const parsed = AssessmentSchema.safeParse(a);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        expect(a.status === 'ok').toBe(a.score !== null);
        if (a.score !== null) {
          expect(Number.isInteger(a.score)).toBe(true);
          // A provisional verdict has a score but no grade, and names what is missing.
          expect(a.grade).toBe(a.provisional ? null : gradeOf(a.score));
          expect(a.provisional).toBe((a.provisionalReasons ?? []).length > 0);
          expect(a.confidence).not.toBe('none');
        } else {
          expect(a.grade).toBeNull();
          expect(a.insufficientReason).toBeDefined();
        }
        for (const f of a.figures) expect(f.value === null || Number.isFinite(f.value)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every figure, flag and caveat has an en and a zh-CN text whose placeholders its evidence fills', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((m) => m[1]!);
    fc.assert(
      fc.property(historyArb, settingsArb, (snaps, settings) => {
        const a = assess(snaps, settings, NOW);
        const items = [
          ...a.figures.map((f) => [f.formulaKey, f.inputs] as const),
          ...a.flags.map((f) => [f.messageKey, f.evidence] as const),
          ...a.flags.flatMap((f) => String(f.evidence['parts'] ?? '').split(',').filter((p) => p).map((p) => [`flagPart.${p}`, f.evidence] as const)),
          ...(a.provisionalReasons ?? []).map((r) => [`provisional.${r}`, {}] as const),
          ...(a.breakdown?.caps ?? []).map((c) => [`cap.${c.id}`, { limit: c.limit }] as const),
          ...(a.caveats ?? []).map((c) => [c.messageKey, c.evidence] as const),
        ];
        if (a.insufficientReason) items.push([`insufficient.${a.insufficientReason}`, {}]);
        for (const [key, values] of items) {
          for (const locale of ['en', 'zh-CN'] as const) {
            const text = (CATALOGUES[locale] as Record<string, string>)[key];
            expect(text, `${locale} ${key}`).toBeTypeOf('string');
            for (const p of placeholders(text!)) expect(values, `${locale} ${key} {${p}}`).toHaveProperty(p);
          }
        }
      }),
      RUNS,
    );
  });

  it('adding a banned claim to the bio never raises the score', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, fc.constantFrom('\n全网最低价', ' | Obat ini menyembuhkan diabetes', ' ✦ No.1 serum'), (s, settings, claim) => {
        fc.pre(s.bio !== null && s.followers !== null && s.followers.high > 0);
        const before = assess([s], settings, NOW);
        const after = assess([{ ...s, bio: `${s.bio}${claim}` }], settings, NOW);
        expect(after.flags.some((f) => f.pitfall === 'P2')).toBe(true);
        if (before.score !== null && after.score !== null) expect(after.score).toBeLessThanOrEqual(before.score);
      }),
      RUNS,
    );
  });

  it('turning an account into a mass-follower never raises the score', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (s, settings) => {
        const base = { ...s, following: count(100) };
        const before = assess([base], settings, NOW);
        const after = assess([{ ...base, following: count(9_000) }], settings, NOW);
        if (before.score !== null) expect(after.score!).toBeLessThanOrEqual(before.score);
      }),
      RUNS,
    );
  });

  it('collapsing lifetime likes (a risk flag) never raises the score', () => {
    fc.assert(
      fc.property(snapshotArb, settingsArb, (s, settings) => {
        fc.pre(s.followers !== null && s.followers.low >= 1_000 && s.likes !== null);
        const before = assess([s], settings, NOW);
        const after = assess([{ ...s, likes: count(0) }], settings, NOW);
        expect(after.flags.some((f) => f.id === 'followers-outrun-audience' && f.severity === 'risk' && String(f.evidence['parts']).includes('likesPerFollower'))).toBe(true);
        if (before.score !== null) expect(after.score!).toBeLessThanOrEqual(before.score);
      }),
      RUNS,
    );
  });

  it('tier and merchant tier depend only on the newest visit', () => {
    fc.assert(
      fc.property(historyArb, settingsArb, (snaps, settings) => {
        fc.pre(snaps.length > 0);
        const all = assess(snaps, settings, NOW);
        const last = assess(snaps.slice(-1), settings, NOW);
        expect(all.tier).toBe(last.tier);
        expect(all.merchantTier).toBe(last.merchantTier);
      }),
      RUNS,
    );
  });
});

describe('flag ids', () => {
  it('are unique within an assessment', () => {
    fc.assert(
      fc.property(historyArb, settingsArb, (snaps, settings) => {
        const ids = assess(snaps, settings, NOW).flags.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });
});
