import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RestrictedCategoryNote } from '../../../components/restricted-category-note';
import { CATALOGUES } from '../../../lib/i18n';
import { translator } from '../../../lib/i18n/format';

const zh = translator('zh-CN', CATALOGUES['zh-CN']);
const en = translator('en', CATALOGUES.en);

describe('the restricted-category note (Settings and drafts)', () => {
  it('names the restriction and a readable source in the UI language, with no internal note or English inside the Chinese', () => {
    const html = renderToStaticMarkup(<RestrictedCategoryNote category="supplements" market="US" i18n={zh} />);
    expect(html).toContain('保健品');
    expect(html).toContain('美国');
    expect(html).toContain('来源：');
    expect(html).not.toMatch(/market\.md|seed FAQ|restricted\.|Source/);
  });

  it('beauty is restricted in the US only (market.md: SKU IQ summary)', () => {
    expect(renderToStaticMarkup(<RestrictedCategoryNote category="beauty" market="US" i18n={en} />)).toContain('Beauty, cosmetics');
    expect(renderToStaticMarkup(<RestrictedCategoryNote category="beauty" market="VN" i18n={en} />)).toBe('');
  });

  it('shows nothing without a category or for an unrestricted one', () => {
    expect(renderToStaticMarkup(<RestrictedCategoryNote category={null} market="US" i18n={en} />)).toBe('');
    expect(renderToStaticMarkup(<RestrictedCategoryNote category="books" market="US" i18n={en} />)).toBe('');
  });
});
