import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../lib/i18n';
import { foreignLatinWords } from './zh-latin-words';

describe('zh-CN catalogue: no English left in Chinese text (issue 17)', () => {
  it('every zh-CN text, placeholders removed, has no Latin word outside the allowlist', () => {
    const found: string[] = [];
    for (const [key, text] of Object.entries(CATALOGUES['zh-CN'])) {
      const words = foreignLatinWords(text.replace(/\{[^}]*\}/g, ' '));
      if (words.length > 0) found.push(`${key}: ${words.join(' ')} — ${text}`);
    }
    expect(found).toEqual([]);
  });
});
