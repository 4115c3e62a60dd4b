import type { Assessment, Flag } from '../schemas/assessment';

type Translate = (key: string, params?: Record<string, string | number | boolean | null>) => string;

/** "+7.6" / "−7.6": which way a setting moved the score. */
export function signedPoints(points: number): string {
  return `${points < 0 ? '−' : '+'}${Math.round(Math.abs(points) * 10) / 10}`;
}

/** The lines of one flag: its message, then one line per part of its combined evidence. */
export function flagLines(f: Flag, t: Translate): string[] {
  const parts = typeof f.evidence['parts'] === 'string' ? f.evidence['parts'].split(',').filter((p) => p.length > 0) : [];
  return [t(f.messageKey, f.evidence), ...parts.map((p) => t(`flagPart.${p}`, f.evidence))];
}

/**
 * The assessment as lines a person reads: the verdict (or what a provisional one is missing), each
 * sub-score with its weight, the caps and settings that moved the score, and every flag with its
 * evidence. The CLI's `--explain` prints these; the card shows the same texts.
 */
export function explainAssessment(a: Assessment, t: Translate): string[] {
  const lines: string[] = [];
  if (a.status === 'insufficient') return [t(`insufficient.${a.insufficientReason ?? 'nothing-judgeable'}`)];
  if (a.provisional) {
    lines.push(t('provisional.title'));
    for (const r of a.provisionalReasons ?? []) lines.push(t(`provisional.${r}`));
  }
  for (const s of a.subScores) {
    const label = `${t(`subScore.${s.id}`)} (${t('breakdown.weight', { weight: s.weight })})`;
    lines.push(`${label}: ${s.score === null ? t('breakdown.notJudged') : Math.round(s.score)}`);
  }
  if (a.breakdown) {
    lines.push(t('breakdown.base', { base: Math.round(a.breakdown.base) }));
    for (const c of a.breakdown.caps) lines.push(t(`cap.${c.id}`, { limit: Math.round(c.limit) }));
    for (const e of a.breakdown.settingEffects) lines.push(t(`setting.${e.setting}`, { points: signedPoints(e.points) }));
  }
  lines.push(t('breakdown.coverage', { coverage: a.coverage ?? 0 }));
  if (a.score !== null) lines.push(t('breakdown.final', { score: a.score }));
  for (const f of a.flags) {
    const [first, ...rest] = flagLines(f, t);
    lines.push(`[${t(`severity.${f.severity}`)}] ${f.pitfall} ${t(`pitfall.${f.pitfall}`)}: ${first}`, ...rest.map((r) => `  – ${r}`));
  }
  return lines;
}
