import { assessmentEn } from './assessment.en';
import { assessmentZhCN } from './assessment.zh-CN';
import { collaborationVerdictsEn } from './collaboration-verdicts.en';
import { collaborationVerdictsZhCN } from './collaboration-verdicts.zh-CN';
import type { Locale } from './format';
import { overlayEn } from './overlay.en';
import { overlayZhCN } from './overlay.zh-CN';

/**
 * The creator card's texts: its own (overlay.*.ts), the assessment's (formulas, flags, tiers,
 * confidence) and those of the collaborations that reach the assessment (collaboration-verdicts.*.ts:
 * their flags, formulas and reasons, for a creator the merchant stopped working with), in one language. The overlay scripts bundle these
 * instead of every surface's catalogue (lib/i18n/index.ts: the popup's and side panel's texts are
 * most of it), and build only the language shown, when the card first renders in it
 * (docs/performance.md). The keys are a subset of lib/i18n/index.ts's (tests/unit/i18n).
 */
const built: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};

export function overlayMessages(locale: Locale): Readonly<Record<string, string>> {
  return (built[locale] ??= locale === 'zh-CN' ? { ...overlayZhCN, ...assessmentZhCN, ...collaborationVerdictsZhCN } : { ...overlayEn, ...assessmentEn, ...collaborationVerdictsEn });
}
