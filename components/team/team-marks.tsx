import type { TeamMarks } from '@/lib/schemas/records';
import { useI18n } from '../i18n';

/** On an entry of a team list: who added it, who changed it last, and the two-seat note marker. */
export function TeamMarksLine({ marks }: { marks: TeamMarks | undefined }) {
  const { t, locale } = useI18n();
  if (!marks) return null;
  const when = (at: number) => new Date(at).toLocaleString(locale);
  return (
    <p className="vt-team-marks" data-testid="team-marks">
      <span data-testid="team-added-by">{t('team.addedBy', { name: marks.addedBy, date: when(marks.addedAt) })}</span>
      {' · '}
      <span data-testid="team-edited-by">{t('team.editedBy', { name: marks.editedBy, date: when(marks.editedAt) })}</span>
      {marks.twoSeats && (
        <strong className="vt-team-two-seats" data-testid="team-two-seats" title={t('team.twoSeats.hint')}>
          {' '}
          {t('team.twoSeats')}
        </strong>
      )}
    </p>
  );
}
