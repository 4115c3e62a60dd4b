import * as z from 'zod/mini';
import type { Assessment, Flag } from '../schemas/assessment';
import { PitfallSchema, SeveritySchema, TierSchema } from '../schemas/assessment';
import type { CreatorSnapshot } from '../schemas/creator-snapshot';
import { HandleSchema } from '../schemas/field-rules';
import { flagLines } from '../scoring/explain';
import type { ListKind } from './list-kinds';

/**
 * What a chip beside a creator on a list page shows, worked out by the background from the stored
 * assessment: score (or "provisional", or nothing to judge), tier, the most serious flag, and the
 * evidence lines shown on hover or focus, already in the merchant's language. The content script
 * only renders these as text.
 */
export const ChipViewSchema = z.object({
  handle: HandleSchema,
  /** 0–100; null when the data cannot support a number. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  provisional: z.boolean(),
  tier: z.nullable(TierSchema),
  topFlag: z.nullable(z.object({ id: z.string().check(z.maxLength(80)), pitfall: PitfallSchema, severity: SeveritySchema })),
  flagCount: z.number().check(z.int(), z.nonnegative()),
  /** The chip's own text ("72 · Mid · P1", "Provisional · Mid"). */
  label: z.string().check(z.maxLength(120)),
  /** Lines shown on hover/focus. */
  evidence: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(16)),
});
export type ChipView = z.infer<typeof ChipViewSchema>;

type Translate = (key: string, params?: Record<string, string | number | boolean | null>) => string;

const SEVERITY_RANK = { risk: 0, warn: 1, info: 2 } as const;

/** The most serious flag (risk before warn before info; the assessment's order within a severity). */
export function topFlagOf(flags: readonly Flag[]): Flag | null {
  let top: Flag | null = null;
  for (const f of flags) if (!top || SEVERITY_RANK[f.severity] < SEVERITY_RANK[top.severity]) top = f;
  return top;
}

function countLine(t: Translate, key: string, count: CreatorSnapshot['followers']): string | null {
  if (!count) return null;
  return count.exact ? t(`scout.evidence.${key}`, { count: count.value }) : t(`scout.evidence.${key}Rounded`, { count: count.value });
}

const MAX_FLAG_LINES = 6;

/** The chip of one creator, from their latest read on the list and the stored assessment. */
export function chipView(snapshot: CreatorSnapshot, assessment: Assessment, kind: ListKind, t: Translate): ChipView {
  const top = topFlagOf(assessment.flags);
  const tierText = assessment.tier ? t(`tier.${assessment.tier}`) : null;
  const verdict =
    assessment.status === 'insufficient'
      ? t('scout.chip.noVerdict')
      : assessment.provisional || assessment.score === null
        ? t('scout.chip.provisional')
        : String(assessment.score);
  const label = [verdict, tierText, top ? top.pitfall : null].filter((p): p is string => p !== null).join(' · ');

  const evidence: string[] = [];
  const heading = snapshot.nickname ? `${snapshot.nickname} (@${snapshot.handle})` : `@${snapshot.handle}`;
  evidence.push(heading.slice(0, 600));
  for (const line of [
    countLine(t, 'followers', snapshot.followers),
    countLine(t, 'likes', snapshot.likes),
    countLine(t, 'videos', snapshot.videos),
    snapshot.commerce?.unitsSold != null ? t('scout.evidence.unitsSold', { count: snapshot.commerce.unitsSold }) : null,
    snapshot.commerce?.videosLast30Days != null ? t('scout.evidence.posts30d', { count: snapshot.commerce.videosLast30Days }) : null,
    snapshot.region ? t('scout.evidence.region', { region: snapshot.region }) : null,
  ]) {
    if (line) evidence.push(line);
  }
  if (assessment.status === 'insufficient') evidence.push(t(`insufficient.${assessment.insufficientReason ?? 'nothing-judgeable'}`));
  else if (assessment.provisional) for (const r of assessment.provisionalReasons ?? []) evidence.push(t(`provisional.${r}`));
  const flags = [...assessment.flags].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  for (const f of flags.slice(0, MAX_FLAG_LINES)) evidence.push(`${f.pitfall} · ${flagLines(f, t).join(' ')}`);
  evidence.push(t(`scout.evidence.source.${kind}`));
  evidence.push(t('scout.evidence.open'));

  return {
    handle: snapshot.handle,
    score: assessment.status === 'insufficient' ? null : assessment.score,
    provisional: assessment.status !== 'insufficient' && (assessment.provisional === true || assessment.score === null),
    tier: assessment.tier,
    topFlag: top ? { id: top.id, pitfall: top.pitfall, severity: top.severity } : null,
    flagCount: assessment.flags.length,
    label: label.slice(0, 120),
    evidence: evidence.slice(0, 16).map((l) => l.slice(0, 600)),
  };
}
