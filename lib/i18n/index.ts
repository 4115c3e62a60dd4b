import { assessmentEn } from './assessment.en';
import { assessmentZhCN } from './assessment.zh-CN';
import { collaborationsEn } from './collaborations.en';
import { collaborationsZhCN } from './collaborations.zh-CN';
import { draftsEn } from './drafts.en';
import { draftsZhCN } from './drafts.zh-CN';
import { fillMessage, type Locale, type MessageParams } from './format';
import { overlayEn } from './overlay.en';
import { overlayZhCN } from './overlay.zh-CN';
import { scoutEn } from './scout.en';
import { scoutZhCN } from './scout.zh-CN';
import { uiEn } from './ui.en';
import { uiZhCN } from './ui.zh-CN';

export * from './format';

/**
 * Every surface's texts in both languages, for the popup, the side panel, the background and the
 * Affiliate Center form helper. The overlay scripts use lib/i18n/overlay.ts instead.
 */
const en = { ...uiEn, ...overlayEn, ...assessmentEn, ...collaborationsEn, ...draftsEn, ...scoutEn };
export type MessageKey = keyof typeof en;
const zhCN: Record<MessageKey, string> = { ...uiZhCN, ...overlayZhCN, ...assessmentZhCN, ...collaborationsZhCN, ...draftsZhCN, ...scoutZhCN };

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Looks up a message; numbers are formatted for the locale. Unknown keys fall back to the key. */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  return fillMessage(locale, CATALOGUES[locale], key, params);
}
