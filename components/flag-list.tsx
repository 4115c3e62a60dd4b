import type { Flag } from '@/lib/schemas/assessment';
import type { I18n } from '@/lib/i18n/format';

/**
 * Pitfall flags with their evidence, as text. Hook-free (everything it shows comes in as props): the
 * creator card renders the same source with its DOM JSX runtime (components/dom/jsx-runtime.ts).
 */
export function FlagList({ flags, testId, i18n }: { flags: readonly Flag[]; testId?: string; i18n: I18n }) {
  const { t } = i18n;
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
