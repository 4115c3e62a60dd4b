import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, formatApproximate, LOCALES, uiLocale, translate } from '../../../lib/i18n';
import { overlayMessages } from '../../../lib/i18n/overlay';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  const en = CATALOGUES.en;
  const zh = CATALOGUES['zh-CN'];

  it('zh-CN and en have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const catalogue of [en, zh]) for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
  });

  it.each(Object.keys(CATALOGUES.en))('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(zh[key as keyof typeof zh])).toEqual(placeholders(en[key as keyof typeof en]));
  });

  it('follows the browser language unless the merchant chose one', () => {
    expect(uiLocale('auto', { languages: ['zh-TW'] })).toBe('zh-CN');
    expect(uiLocale('auto', { language: 'zh-CN' })).toBe('zh-CN');
    expect(uiLocale('auto', { languages: ['vi-VN', 'zh-CN'] })).toBe('en');
    expect(uiLocale('auto', {})).toBe('en');
    expect(uiLocale(undefined, { languages: ['zh-CN'] })).toBe('zh-CN');
    expect(uiLocale('en', { languages: ['zh-CN'] })).toBe('en');
    expect(uiLocale('zh-CN', { languages: ['en-US'] })).toBe('zh-CN');
    // The first preferred language decides, also when `language` (kept for older callers) disagrees.
    expect(uiLocale('auto', { language: 'en-US', languages: ['zh-CN', 'en-US'] })).toBe('zh-CN');
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'sidepanel.creators', { count: 12345 })).toBe('12,345 creators');
    expect(translate('zh-CN', 'overlay.added', { list: '<b>x</b>' })).toBe('已保存到 <b>x</b>');
  });
});

describe('formatApproximate', () => {
  it.each([
    ['en', 4_000_000, '≈4M'],
    ['en', 2_200_000, '≈2.2M'],
    ['en', 38_500, '≈38.5K'],
    ['en', 497, '497'],
    ['zh-CN', 5_000, '≈5,000'],
    ['zh-CN', 2_200_000, '≈220万'],
    ['zh-CN', 587_500_000, '≈5.9亿'],
  ] as const)('%s %d → %s', (locale, value, shown) => {
    expect(formatApproximate(locale, value)).toBe(shown);
  });
});

describe('the overlay catalogue (lib/i18n/overlay.ts)', () => {
  const sources = [
    'components/card/creator-card.tsx',
    'components/card/list-picker.tsx',
    'components/creator-summary.tsx',
    'components/recent-videos.tsx',
    'components/flag-list.tsx',
  ].map((file) => readFileSync(join(import.meta.dirname, '../../..', file), 'utf8'));

  it.each(LOCALES)('%s: every text is the full catalogue’s, and the card’s keys are all there', (locale) => {
    const messages = overlayMessages(locale);
    for (const [key, text] of Object.entries(messages)) expect(text).toBe(CATALOGUES[locale][key as keyof (typeof CATALOGUES)['en']]);
    const used = sources.flatMap((source) => [...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    for (const key of used) expect(Object.keys(messages)).toContain(key);
    // Keys built at run time or carried by the assessment: tiers, merchant tiers, confidence,
    // unreadable reasons, formulas, flags, caveats (the collaborations' flags, formulas and reasons too).
    for (const prefix of ['tier.', 'merchantTier.', 'confidence.', 'overlay.unreadable.', 'formula.', 'flag.', 'caveat.', 'collab.flag.', 'collab.formula.', 'collab.reason.']) {
      const full = Object.keys(CATALOGUES[locale]).filter((key) => key.startsWith(prefix));
      expect(full.length).toBeGreaterThan(0);
      for (const key of full) expect(messages[key]).toBe(CATALOGUES[locale][key as keyof (typeof CATALOGUES)['en']]);
    }
  });

  it('is a fraction of the full catalogue', () => {
    expect(Object.keys(overlayMessages('en')).length).toBeLessThan(Object.keys(CATALOGUES.en).length / 2);
  });
});
