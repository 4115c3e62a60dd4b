import type { MessageLanguage } from '../terms';
import { en } from './en';
import { id } from './id';
import { ms } from './ms';
import type { LanguageTemplate } from './template';
import { th } from './th';
import { vi } from './vi';
import { zhCN } from './zh-CN';

export const TEMPLATES: Record<MessageLanguage, LanguageTemplate> = { 'zh-CN': zhCN, en, id, th, vi, ms };
export type { LanguageTemplate, Placeholder } from './template';
export { PLACEHOLDERS } from './template';
