import type { Assessment } from '../schemas/assessment';

/** The toolbar badge for a tab: the score, coloured by grade (grey when provisional: no grade yet); "?" when the creator can't be judged. */
export function badgeFor(assessment: Assessment | null): { text: string; color: string } {
  if (!assessment) return { text: '', color: '#666666' };
  if (assessment.score === null) return { text: '?', color: '#6b7280' };
  if (assessment.grade === null) return { text: String(Math.round(assessment.score)), color: '#6b7280' };
  const color = { A: '#15803d', B: '#4d7c0f', C: '#b45309', D: '#c2410c', E: '#b91c1c' }[assessment.grade];
  return { text: String(Math.round(assessment.score)), color };
}

/**
 * The badge of a tab without a creator (and the global badge): the number of overdue collaboration
 * deadlines in red, or nothing. A tab showing a creator keeps the creator's score.
 */
export function overdueBadge(count: number): { text: string; color: string } {
  if (count <= 0) return { text: '', color: '#666666' };
  return { text: count > 99 ? '99+' : String(count), color: '#dc2626' };
}

/**
 * The global badge (and that of a tab without a creator): "!" on red while the team workspace
 * fails, else the overdue count. Once the error clears, the overdue count is back.
 */
export function globalBadge(overdue: number, teamError: boolean): { text: string; color: string } {
  if (teamError) return { text: '!', color: '#b42318' };
  return overdueBadge(overdue);
}
