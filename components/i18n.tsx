import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { CATALOGUES, type Locale } from '@/lib/i18n';
import { translator, type I18n } from '@/lib/i18n/format';

const LocaleContext = createContext<Locale>('en');

/**
 * The UI language with every surface's texts, for popup, side panel and form helper. (The creator
 * card has no React: it builds its translator from its own, smaller catalogue, lib/i18n/overlay.ts.)
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** `t(key, params)` in the current UI language, plus number formatting. */
export function useI18n(): I18n {
  const locale = useContext(LocaleContext);
  return useMemo(() => translator(locale, CATALOGUES[locale]), [locale]);
}
