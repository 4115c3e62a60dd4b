import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Locale } from '@/lib/i18n';
import { uiLocale } from '@/lib/i18n';
import { repairSettings } from '@/lib/background/settings-store';

/** The UI language for extension pages: the merchant's choice in Settings, else the browser's. */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(() => uiLocale('auto', navigator));
  useEffect(() => {
    const apply = (stored: unknown) => setLocale(uiLocale(repairSettings(stored).uiLanguage, navigator));
    void browser.storage.local.get('settings').then((s) => apply(s['settings']));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes['settings']) apply(changes['settings'].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return locale;
}
