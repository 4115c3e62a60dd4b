import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, MessageParams } from '@/lib/i18n';
import { translate, formatNumber } from '@/lib/i18n';

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** `t(key, params)` in the current UI language, plus number formatting. */
export function useI18n() {
  const locale = useContext(LocaleContext);
  return {
    locale,
    t: (key: string, params?: MessageParams) => translate(locale, key, params),
    n: (value: number) => formatNumber(locale, value),
  };
}
