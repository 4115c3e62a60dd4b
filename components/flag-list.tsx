import type { Flag } from '@/lib/schemas/assessment';
import type { I18n } from '@/lib/i18n/format';
import { flagLines } from '@/lib/scoring/explain';

/** Severity as a symbol as well as a colour (read by people who do not see the colour). */
const SEVERITY_ICON: Readonly<Record<Flag['severity'], string>> = { info: 'ⓘ', warn: '⚠', risk: '✖' };

/**
 * Pitfall flags with their evidence, as text: severity as icon and word, the pitfall's number and
 * name, the finding, and one line per part of its combined evidence. Hook-free (everything it shows
 * comes in as props): the creator card renders the same source with its DOM JSX runtime
 * (components/dom/jsx-runtime.ts).
 */
export function FlagList({ flags, testId, i18n }: { flags: readonly Flag[]; testId?: string; i18n: I18n }) {
  const { t } = i18n;
  return (
    <ul className="vt-flags" data-testid={testId}>
      {flags.length === 0 && <li className="vt-muted">{t('overlay.noFlags')}</li>}
      {flags.map((flag) => {
        const [message, ...parts] = flagLines(flag, t);
        return (
          <li
            key={flag.id}
            className={`vt-flag vt-flag-${flag.severity}`}
            data-flag-id={flag.id}
            data-pitfall={flag.pitfall}
            data-severity={flag.severity}
          >
            <span className="vt-severity">
              {SEVERITY_ICON[flag.severity]} {t(`severity.${flag.severity}`)}
            </span>{' '}
            <span className="vt-pitfall" title={t(`pitfall.${flag.pitfall}`)}>
              {flag.pitfall} {t(`pitfall.${flag.pitfall}`)}
            </span>{' '}
            {message}
            {parts.length > 0 && (
              <ul className="vt-flag-parts">
                {parts.map((part) => (
                  <li key={part}>{part}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
