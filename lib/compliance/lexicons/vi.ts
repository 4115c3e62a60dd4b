import type { LexiconEntry } from '../types';

const VN_WORDS = 'market.md §Content policy: VN comparative/exaggerating words "tốt hơn, tốt nhất, số một, đứng đầu" (thucblog.com 2022/03)';
const VN_ABSOLUTE = 'market.md §Content policy: VN "Absolute Claims" (seller-vn 6837770400581377)';
const PLATFORM = 'market.md §Content policy: VN no other platforms (Lazada, Shopee…) / comparisons (seller-vn 4924400659498754)';

/**
 * Vietnamese. Text without diacritics ("tot nhat") matches too, except short entries that would
 * collide with English once folded ("số 1" → "so 1", as in "so 1 day later"): those need the
 * diacritics. Bare "đầu tiên" (first) is left out: "lần đầu tiên" = "the first time".
 */
export const VI_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'vi.best',
    category: 'superlative',
    phrases: ['tốt nhất', 'đứng đầu', 'số một thị trường', 'top 1 thị trường', 'duy nhất trên thị trường'],
    exceptBefore: ['cố gắng', 'làm'],
    source: 'research/market.md',
    ref: VN_WORDS,
  },
  {
    id: 'vi.number-one',
    category: 'superlative',
    phrases: ['số 1', 'số một'],
    strictDiacritics: true,
    exceptAfter: ['lần', 'phút', 'giờ', 'ngày', 'tập', 'nhà'],
    source: 'research/market.md',
    ref: VN_WORDS,
  },
  {
    id: 'vi.cheapest',
    category: 'price',
    phrases: ['rẻ nhất', 'giá rẻ nhất', 'giá thấp nhất', 'rẻ nhất thị trường'],
    source: 'research/market.md',
    ref: VN_ABSOLUTE,
  },
  {
    id: 'vi.efficacy',
    category: 'efficacy',
    phrases: ['chữa khỏi', 'trị dứt điểm', 'khỏi hẳn', 'hiệu quả 100%', '100% hiệu quả', 'cam kết khỏi', 'không tác dụng phụ', 'trắng vĩnh viễn', 'hết mụn vĩnh viễn', 'thần dược'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${VN_ABSOLUTE}`,
  },
  {
    id: 'vi.other-platform',
    category: 'platform',
    phrases: ['rẻ hơn shopee', 'rẻ hơn lazada', 'rẻ hơn tiki', 'tốt hơn shopee', 'tốt hơn lazada'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
