import type { ReactNode } from 'react';
import { CATALOGUES, type Locale } from '@/lib/i18n';
import { MessagesProvider } from './messages';

export { useI18n } from './messages';

/** The UI language with every surface's texts (popup, side panel, form helper). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <MessagesProvider locale={locale} messages={CATALOGUES[locale]}>
      {children}
    </MessagesProvider>
  );
}
