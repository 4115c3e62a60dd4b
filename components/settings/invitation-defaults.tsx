import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { scanClaims } from '@/lib/invitations/claim-scanner';
import { COMMISSION_RANGES } from '@/lib/invitations/commission-ranges';
import { startingDefaults, type InvitationDefaults } from '@/lib/invitations/defaults';
import { lintDefaults } from '@/lib/invitations/defaults-draft';
import { defaultTerms, marketLanguage } from '@/lib/invitations/terms';
import type { Settings } from '@/lib/schemas/settings';
import { useI18n } from '../i18n';
import { NumberInput } from '../invitations/fields';
import { TermsEditor } from '../invitations/draft-editor';
import { problemsByField, useLintText } from '../invitations/lint-list';

const SAVE_DELAY_MS = 400;

/** Today in the merchant's time zone, `YYYY-MM-DD`. */
function localDay(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Settings → Invitation defaults: the terms every new draft starts from, with the problems a draft
 * made from them today would have, beside their fields. Saved a moment after the last change.
 * Testing contract: `settings-defaults` (`data-ready`), `settings-defaults-setup`,
 * `settings-defaults-end-days`, `settings-defaults-post-days`, `settings-defaults-clear`, and the
 * draft editor's field test ids inside.
 */
export function InvitationDefaultsSection({ settings, onSave }: { settings: Settings; onSave(defaults: InvitationDefaults | null): Promise<void> }) {
  const { t, locale } = useI18n();
  const lintText = useLintText();
  const [defaults, setDefaults] = useState<InvitationDefaults | null>(settings.invitationDefaults ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ value: InvitationDefaults | null } | null>(null);

  const onSaveRef = useRef(onSave);
  useEffect(() => {
    onSaveRef.current = onSave;
  }, [onSave]);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) void onSaveRef.current(next.value);
  }, []);
  // Whatever is still waiting is saved when Settings closes.
  useEffect(() => () => flush(), [flush]);

  const change = (next: InvitationDefaults | null, once = false) => {
    setDefaults(next);
    pending.current = { value: next };
    clearTimeout(timer.current);
    if (once) flush();
    else timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  const lint = useMemo(() => (defaults ? lintDefaults(defaults, localDay(), scanClaims) : null), [defaults]);
  const problems = useMemo(() => (lint ? problemsByField(lint, lintText) : undefined), [lint, lintText]);

  const setUp = () => {
    const terms = defaultTerms(marketLanguage(settings.targetMarket, locale));
    const category = settings.category;
    if (category && Object.prototype.hasOwnProperty.call(COMMISSION_RANGES, category)) terms.category = category;
    change(startingDefaults(terms), true);
  };

  const errors = lint?.issues.filter((i) => i.severity === 'error').length ?? 0;
  return (
    <details className="vt-defaults" data-testid="settings-defaults" data-ready={lint?.ready ? 'true' : 'false'} open>
      <summary>{t('settings.defaults.title')}</summary>
      <p className="vt-muted">{t('settings.defaults.help')}</p>
      {!defaults ? (
        <button type="button" className="vt-button vt-primary" data-testid="settings-defaults-setup" onClick={setUp}>
          {t('settings.defaults.setUp')}
        </button>
      ) : (
        <>
          <p data-testid="settings-defaults-status" className={lint?.ready ? 'vt-ok' : 'vt-error'} role="status">
            {lint?.ready ? t('settings.defaults.ready') : t('settings.defaults.notReady', { count: errors })}
          </p>
          <TermsEditor
            testId="settings-defaults-editor"
            terms={defaults.terms}
            problems={problems}
            onChange={(terms) => change({ ...defaults, terms })}
            endDateField={
              <NumberInput
                label={t('settings.defaults.endAfterDays')}
                testId="settings-defaults-end-days"
                min={0}
                step={1}
                value={defaults.endAfterDays}
                onChange={(endAfterDays) => change({ ...defaults, endAfterDays: endAfterDays === null ? null : Math.max(0, Math.round(endAfterDays)) })}
                field="endDate"
                problems={problems?.get('endDate')}
              />
            }
            postByField={
              <NumberInput
                label={t('settings.defaults.postWithinDays')}
                testId="settings-defaults-post-days"
                min={0}
                step={1}
                value={defaults.postWithinDays}
                onChange={(postWithinDays) => change({ ...defaults, postWithinDays: postWithinDays === null ? null : Math.max(0, Math.round(postWithinDays)) })}
                field="brief.postBy"
                problems={problems?.get('brief.postBy')}
              />
            }
          />
          <button type="button" className="vt-button" data-testid="settings-defaults-clear" onClick={() => change(null, true)}>
            {t('settings.defaults.clear')}
          </button>
        </>
      )}
    </details>
  );
}
