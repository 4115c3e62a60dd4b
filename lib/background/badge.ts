import type { Assessment } from '../schemas/assessment';

/** The toolbar badge for a tab: the score, coloured by grade; "?" when the creator can't be judged. */
export function badgeFor(assessment: Assessment | null): { text: string; color: string } {
  if (!assessment) return { text: '', color: '#666666' };
  if (assessment.score === null) return { text: '?', color: '#6b7280' };
  const color = { A: '#15803d', B: '#4d7c0f', C: '#b45309', D: '#c2410c', E: '#b91c1c' }[assessment.grade ?? 'E'];
  return { text: String(Math.round(assessment.score)), color };
}
