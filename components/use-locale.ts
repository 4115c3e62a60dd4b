import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { localeFor } from '@/lib/i18n';
import { settingsFrom, settingsItem } from '@/lib/platform/settings-item';

/** The UI language for extension pages: the merchant's choice in Settings, else the browser's. */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(() => localeFor(navigator.language));
  useEffect(() => {
    const apply = (stored: unknown) => setLocale(localeFor(navigator.language, settingsFrom(stored).uiLanguage));
    void settingsItem.getValue().then(apply);
    return settingsItem.watch(apply);
  }, []);
  return locale;
}
