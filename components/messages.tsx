import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type I18n, type Locale } from '@/lib/i18n/format';

/**
 * The UI language and its texts for the components below. No catalogue is imported here: the
 * provider is given one (`LocaleProvider` in ./i18n.tsx: every surface's texts, for popup, side
 * panel and form helper; the overlay passes only its own, lib/i18n/overlay.ts), so the components
 * the overlay shares with the side panel do not bundle the side panel's texts into the overlay.
 */
const MessagesContext = createContext<{ locale: Locale; messages: Readonly<Record<string, string>> }>({ locale: 'en', messages: {} });

export function MessagesProvider({ locale, messages, children }: { locale: Locale; messages: Readonly<Record<string, string>>; children: ReactNode }) {
  return <MessagesContext.Provider value={{ locale, messages }}>{children}</MessagesContext.Provider>;
}

/** `t(key, params)` in the current UI language, plus number formatting. */
export function useI18n(): I18n {
  const { locale, messages } = useContext(MessagesContext);
  return useMemo(() => translator(locale, messages), [locale, messages]);
}
