import type { Market } from '../schemas/settings';

export interface RestrictedCategory {
  id: string;
  /** Words (en/zh) that identify the merchant's category. */
  keywords: readonly string[];
  /** Markets where it is restricted; 'all' = every market Vettok serves. */
  markets: readonly Market[] | 'all';
  ref: string;
}

/**
 * Restricted or invite-only product categories (informational; each market's Seller Center is
 * authoritative). Sources: the seed article ("部分类目（如药品、金融）受限") and research/market.md
 * §"Restricted / prohibited categories" (US SKU IQ summary, US healthcare listing rule, tik128
 * cross-border summary).
 */
export const RESTRICTED_CATEGORIES: readonly RestrictedCategory[] = [
  { id: 'pharma', keywords: ['pharma', 'medicine', 'medical', 'drug', '药', '医药', '药品'], markets: 'all', ref: 'seed FAQ 2 (药品、金融 受限)' },
  { id: 'finance', keywords: ['finance', 'financial', 'loan', 'insurance', 'crypto', '金融', '理财', '贷款'], markets: 'all', ref: 'seed FAQ 2 (药品、金融 受限)' },
  { id: 'supplements', keywords: ['supplement', 'vitamin', 'health & wellness', 'health', '保健', '营养', '维生素'], markets: 'all', ref: 'market.md: US health & wellness invite-only; vitamins need certification; tik128 health products' },
  { id: 'weight-loss', keywords: ['weight loss', 'weight-loss', 'slimming', 'diet', '减肥', '瘦身', '减重'], markets: 'all', ref: 'market.md: US weight-management claims banned; TH weight-management claims page; tik128 explicit weight-loss' },
  { id: 'alcohol-tobacco', keywords: ['alcohol', 'wine', 'beer', 'tobacco', 'vape', 'e-cigarette', '酒', '烟', '电子烟'], markets: 'all', ref: 'market.md: tik128 cross-border prohibited (alcohol/tobacco/vape)' },
  { id: 'food', keywords: ['food', 'snack', 'beverage', '食品', '零食'], markets: 'all', ref: 'market.md: tik128 all food for cross-border sellers; US pre-packaged food invite-only' },
  { id: 'baby', keywords: ['baby', 'infant', 'children', '母婴', '婴儿', '儿童'], markets: 'all', ref: "market.md: US children's products invite-only; tik128 baby products <3 yrs" },
  { id: 'beauty', keywords: ['beauty', 'cosmetic', 'skincare', 'personal care', '美妆', '护肤', '化妆品'], markets: ['US'], ref: 'market.md: SKU IQ summary (US) Beauty/Cosmetics/Personal care restricted' },
  { id: 'jewelry-watches', keywords: ['jewelry', 'jewellery', 'watch', '珠宝', '首饰', '手表'], markets: ['US'], ref: 'market.md: SKU IQ summary (US) Jewelry/Watches restricted' },
  { id: 'electronics', keywords: ['electronic', 'electrical', '3c', '电子', '数码'], markets: ['US'], ref: 'market.md: SKU IQ summary (US) Electricals/Electronics restricted' },
  { id: 'pet-food', keywords: ['pet food', 'pet medicine', '宠物食品', '宠物药'], markets: 'all', ref: 'market.md: SKU IQ (US) pet food restricted; tik128 pet food & medicine' },
];

const cache = new Map<string, readonly RestrictedCategory[]>();

/**
 * The restrictions on the merchant's category in their market (with no market chosen, those that
 * hold in every market). Shown once, in Settings and drafts: they are about the merchant, not a
 * creator.
 */
export function restrictedCategoriesFor(category: string, market: Market | null): readonly RestrictedCategory[] {
  const key = `${market ?? ''}\u0000${category}`;
  let found = cache.get(key);
  if (found === undefined) {
    const c = category.toLowerCase();
    found = RESTRICTED_CATEGORIES.filter(
      (r) => (r.markets === 'all' || (market !== null && r.markets.includes(market))) && r.keywords.some((k) => c.includes(k.toLowerCase())),
    );
    if (cache.size < 1_000) cache.set(key, found);
  }
  return found;
}
