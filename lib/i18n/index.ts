import { assessmentEn } from './assessment.en';
import { assessmentZhCN } from './assessment.zh-CN';
import { collaborationsEn } from './collaborations.en';
import { collaborationsZhCN } from './collaborations.zh-CN';
import { uiEn } from './ui.en';
import { uiZhCN } from './ui.zh-CN';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const en = { ...uiEn, ...assessmentEn, ...collaborationsEn };
export type MessageKey = keyof typeof en;
const zhCN: Record<MessageKey, string> = { ...uiZhCN, ...assessmentZhCN, ...collaborationsZhCN };

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** The UI locale for a browser language: any Chinese → zh-CN, anything else → en. */
export function localeFor(browserLanguage: string | undefined, choice: 'auto' | Locale = 'auto'): Locale {
  if (choice !== 'auto') return choice;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type MessageParams = Record<string, string | number | null | boolean>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Looks up a message; numbers are formatted for the locale. Unknown keys fall back to the key. */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = isMessageKey(key) ? CATALOGUES[locale][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(locale, value);
    return String(value);
  });
}

export function formatNumber(locale: Locale, value: number): string {
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return value.toLocaleString(locale, { maximumFractionDigits: digits });
}
