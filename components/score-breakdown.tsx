import type { I18n } from '@/lib/i18n/format';
import type { Assessment } from '@/lib/schemas/assessment';
import { signedPoints } from '@/lib/scoring/explain';

/**
 * How the score adds up: each sub-score with its weight (unjudged ones said so), the weighted mean,
 * the caps that lowered it, the settings that moved it, and the share of the weight the data
 * covered. Hook-free, rendered by the card's DOM runtime and by React alike.
 */
export function ScoreBreakdown({ assessment, testId, i18n }: { assessment: Assessment; testId?: string; i18n: I18n }) {
  const { t } = i18n;
  const b = assessment.breakdown;
  if (!b || assessment.score === null) return null;
  return (
    <details className="vt-breakdown" data-testid={testId}>
      <summary>{t('breakdown.title')}</summary>
      <table className="vt-breakdown-table">
        <tbody>
          {assessment.subScores.map((s) => (
            <tr key={s.id} data-sub-score={s.id} data-value={s.score === null ? '' : String(Math.round(s.score))}>
              <th scope="row">{t(`subScore.${s.id}`)}</th>
              <td className="vt-muted">{t('breakdown.weight', { weight: s.weight })}</td>
              <td>{s.score === null ? <span className="vt-muted">{t('breakdown.notJudged')}</span> : Math.round(s.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('breakdown.base', { base: Math.round(b.base) })}</p>
      {b.caps.map((c) => (
        <p key={c.id} className="vt-cap" data-cap={c.id}>
          {t(`cap.${c.id}`, { limit: Math.round(c.limit) })}
        </p>
      ))}
      {b.settingEffects.map((e) => (
        <p key={e.setting} data-setting={e.setting}>
          {t(`setting.${e.setting}`, { points: signedPoints(e.points) })}
        </p>
      ))}
      <p className="vt-muted">{t('breakdown.coverage', { coverage: assessment.coverage ?? 0 })}</p>
      <p>
        <strong>{t('breakdown.final', { score: assessment.score })}</strong>
      </p>
    </details>
  );
}

