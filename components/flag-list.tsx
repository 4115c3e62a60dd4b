import type { Flag } from '@/lib/schemas/assessment';
import { useI18n } from './messages';

/** Pitfall flags with their evidence, as text. */
export function FlagList({ flags, testId }: { flags: readonly Flag[]; testId?: string }) {
  const { t } = useI18n();
  return (
    <ul className="vt-flags" data-testid={testId}>
      {flags.length === 0 && <li className="vt-muted">{t('overlay.noFlags')}</li>}
      {flags.map((flag) => (
        <li
          key={flag.id}
          className={`vt-flag vt-flag-${flag.severity}`}
          data-flag-id={flag.id}
          data-pitfall={flag.pitfall}
          data-severity={flag.severity}
        >
          <span className="vt-pitfall">{flag.pitfall}</span> {t(flag.messageKey, flag.evidence)}
        </li>
      ))}
    </ul>
  );
}
