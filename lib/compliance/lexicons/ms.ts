import type { LexiconEntry } from '../types';

const VN_ID_ABSOLUTE = 'market.md §Content policy: VN/ID "Absolute Claims" (seller-vn 6837770400581377) — same rule family, Malay wording';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754)';

/**
 * Bahasa Melayu. "terbaik"/"termurah" are shared with Indonesian and live in id.ts; when both
 * languages are scanned the same span is reported once (first language in the list wins).
 */
export const MS_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'ms.number-one',
    category: 'superlative',
    phrases: ['nombor 1', 'nombor satu', 'no 1 di malaysia', 'paling terbaik', 'terbaik di malaysia', 'satu-satunya produk'],
    exceptAfter: ['kali'],
    source: 'research/market.md',
    ref: VN_ID_ABSOLUTE,
  },
  {
    id: 'ms.cheapest',
    category: 'price',
    phrases: ['paling murah', 'harga paling rendah', 'harga terendah', 'termurah di malaysia', 'harga termurah'],
    source: 'research/market.md',
    ref: VN_ID_ABSOLUTE,
  },
  {
    id: 'ms.efficacy',
    category: 'efficacy',
    phrases: ['menyembuhkan', 'sembuh sepenuhnya', '100% berkesan', 'berkesan 100%', 'dijamin berkesan', 'dijamin sembuh', 'tanpa kesan sampingan', 'kesan segera', 'putih kekal', '100% semula jadi'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${VN_ID_ABSOLUTE}`,
  },
  {
    id: 'ms.other-platform',
    category: 'platform',
    phrases: ['lebih murah dari shopee', 'lebih murah daripada shopee', 'lebih murah dari lazada', 'lebih murah daripada lazada', 'beli di shopee', 'beli di lazada'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
