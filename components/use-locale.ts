import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { uiLocale } from '@/lib/i18n';
import { settingsFrom, settingsItem } from '@/lib/platform/settings-item';

/** The UI language for extension pages: the merchant's choice in Settings, else the browser's (lib/i18n uiLocale). */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(() => uiLocale('auto', navigator));
  useEffect(() => {
    const apply = (stored: unknown) => setLocale(uiLocale(settingsFrom(stored).uiLanguage, navigator));
    void settingsItem.getValue().then(apply);
    return settingsItem.watch(apply);
  }, []);
  return locale;
}
