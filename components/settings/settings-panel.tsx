import { useEffect, useRef, useState } from 'react';
import { COMMISSION_RANGES } from '@/lib/invitations/commission-ranges';
import type { InvitationDefaults } from '@/lib/invitations/defaults';
import { send } from '@/lib/messaging/client';
import { DEFAULT_SETTINGS, MarketSchema, type Market, type Settings, type UiLanguage } from '@/lib/schemas/settings';
import { useI18n } from '../i18n';
import { RestrictedCategoryNote } from '../restricted-category-note';
import { CardStartSetting } from './card-start-setting';
import { useErrorText } from '../use-send';
import { InvitationDefaultsSection } from './invitation-defaults';

type ThresholdKey = 'headMin' | 'waistMin' | 'tailMin' | 'inactiveDays' | 'massFollowing' | 'followersPerVideoMax' | 'likesPerFollowerMin';
/** The thresholds a merchant is most likely to tune; the rest keep their cited defaults. */
const THRESHOLDS: readonly ThresholdKey[] = ['headMin', 'waistMin', 'tailMin', 'inactiveDays', 'massFollowing', 'followersPerVideoMax', 'likesPerFollowerMin'];

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Settings: UI language, target market, category and the scoring thresholds. */
export function SettingsPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const errorText = useErrorText();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    send('settings.get', {})
      .then(setSettings)
      .catch((error: unknown) => setStatus({ kind: 'failed', message: errorText(error) }));
  }, [errorText]);

  async function save(next: Settings) {
    setSettings(next);
    setStatus({ kind: 'saving' });
    try {
      setSettings(await send('settings.save', { settings: next }));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error) });
    }
  }

  // The defaults keep their own copy while the merchant types; they merge into the latest settings.
  const latest = useRef(settings);
  useEffect(() => {
    latest.current = settings;
  }, [settings]);
  async function saveDefaults(invitationDefaults: InvitationDefaults | null) {
    const current = latest.current;
    if (current) await save({ ...current, invitationDefaults });
  }

  if (!settings) return <p className="vt-muted">{status.kind === 'failed' ? status.message : t('overlay.loading')}</p>;
  const threshold = (key: ThresholdKey, value: string) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) return;
    void save({ ...settings, thresholds: { ...settings.thresholds, [key]: n } });
  };
  return (
    <section className="vt-settings" data-testid="settings">
      <label>
        <span>{t('settings.language')}</span>
        <select
          data-testid="settings-language"
          value={settings.uiLanguage}
          onChange={(e) => void save({ ...settings, uiLanguage: e.target.value as UiLanguage })}
        >
          <option value="auto">{t('settings.language.auto')}</option>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <CardStartSetting />
      <label>
        <span>{t('settings.market')}</span>
        <select
          data-testid="settings-market"
          value={settings.targetMarket ?? ''}
          onChange={(e) => void save({ ...settings, targetMarket: e.target.value ? (e.target.value as Market) : null })}
        >
          <option value="">{t('settings.market.none')}</option>
          {MarketSchema.options.map((m) => (
            <option key={m} value={m}>
              {t(`market.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('settings.category')}</span>
        <select
          data-testid="settings-category"
          value={settings.category ?? ''}
          onChange={(e) => void save({ ...settings, category: e.target.value || null })}
        >
          <option value="">{t('settings.category.none')}</option>
          {Object.keys(COMMISSION_RANGES).map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <RestrictedCategoryNote category={settings.category} market={settings.targetMarket} i18n={i18n} />
      <fieldset>
        <legend>{t('settings.thresholds')}</legend>
        {THRESHOLDS.map((key) => (
          <label key={key}>
            <span>{t(`settings.threshold.${key}`)}</span>
            <input
              type="number"
              min={0}
              step="any"
              data-testid={`settings-threshold-${key}`}
              defaultValue={settings.thresholds[key]}
              onBlur={(e) => threshold(key, e.target.value)}
            />
          </label>
        ))}
      </fieldset>
      <InvitationDefaultsSection settings={settings} onSave={(invitationDefaults) => saveDefaults(invitationDefaults)} />
      <div className="vt-actions">
        <button
          type="button"
          className="vt-button"
          data-testid="settings-reset"
          onClick={() => void save({ ...DEFAULT_SETTINGS, uiLanguage: settings.uiLanguage, invitationDefaults: settings.invitationDefaults ?? null })}
        >
          {t('settings.reset')}
        </button>
        <span className="vt-status" data-testid="settings-status" data-state={status.kind}>
          {status.kind === 'saved' && t('settings.saved')}
          {status.kind === 'failed' && status.message}
        </span>
      </div>
      <p className="vt-muted">{t('settings.note')}</p>
    </section>
  );
}
