import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Locale } from '@/lib/i18n';
import { localeFor } from '@/lib/i18n';
import { repairSettings } from '@/lib/background/settings-store';

/** The UI language for extension pages: the merchant's choice in Settings, else the browser's. */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(() => localeFor(navigator.language));
  useEffect(() => {
    const apply = (stored: unknown) => setLocale(localeFor(navigator.language, repairSettings(stored).uiLanguage));
    void browser.storage.local.get('settings').then((s) => apply(s['settings']));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes['settings']) apply(changes['settings'].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return locale;
}
