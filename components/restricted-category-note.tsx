import { useEffect, useState } from 'react';
import type { I18n } from '@/lib/i18n/format';
import { send } from '@/lib/messaging/client';
import type { Market } from '@/lib/schemas/settings';
import { restrictedCategoriesFor } from '@/lib/scoring/restricted-categories';
import { useI18n } from './i18n';

/**
 * The merchant's category when it is restricted or invite-only in their market: shown once, in
 * Settings and in drafts (never as a flag on every creator), in the UI language, with its source.
 */
export function RestrictedCategoryNote({ category, market, i18n }: { category: string | null; market: Market | null; i18n: I18n }) {
  const { t } = i18n;
  if (!category) return null;
  const found = restrictedCategoriesFor(category, market);
  if (found.length === 0) return null;
  const categoryLabel = t(`category.${category}`);
  return (
    <div className="vt-restricted" data-testid="restricted-category" data-category={category}>
      <p>
        {t('restricted.title', {
          category: categoryLabel.startsWith('category.') ? category : categoryLabel,
          market: market ? t('restricted.inMarket', { market: t(`market.${market}`) }) : '',
        })}
      </p>
      <ul>
        {found.map((r) => (
          <li key={r.id} data-restriction={r.id}>
            {t(`restricted.${r.id}`)} <span className="vt-muted">{t('restricted.source', { source: t(`restrictedSource.${r.id}`) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same note in a draft: the draft's category, the market from the merchant's settings. */
export function DraftRestrictedCategoryNote({ category }: { category: string | null }) {
  const i18n = useI18n();
  const [market, setMarket] = useState<Market | null>(null);
  useEffect(() => {
    send('settings.get', {})
      .then((s) => setMarket(s.targetMarket))
      .catch(() => setMarket(null));
  }, []);
  return <RestrictedCategoryNote category={category} market={market} i18n={i18n} />;
}
