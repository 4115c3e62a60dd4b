import type { LexiconEntry } from '../types';

const TH_MISLEADING = 'market.md §Content policy: TH "Misleading Content" (seller-th 4881274146408193)';
const TH_LAW = 'market.md §Content policy: Thai cosmetic ad examples (thaiprintshop.com/marketing/misleading-ads-risk)';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754)';

/**
 * Thai (no spaces between words, so entries match as substrings; spacing inside is tolerated).
 * Bare รักษา is left out: it also means "keep/maintain" (รักษาความสะอาด, keep clean).
 */
export const TH_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'th.number-one',
    category: 'superlative',
    phrases: ['อันดับ 1', 'อันดับหนึ่ง', 'เบอร์ 1', 'เบอร์หนึ่ง', 'ที่ 1 ของ'],
    source: 'research/market.md',
    ref: TH_MISLEADING,
  },
  {
    id: 'th.best',
    category: 'superlative',
    phrases: ['ดีที่สุด', 'เจ๋งที่สุด', 'ดีที่สุดในโลก', 'หนึ่งเดียวในโลก'],
    exceptBefore: ['พยายาม', 'ทำให้', 'ทำ'],
    source: 'research/market.md',
    ref: TH_MISLEADING,
  },
  {
    id: 'th.cheapest',
    category: 'price',
    phrases: ['ถูกที่สุด', 'ราคาถูกที่สุด', 'ราคาต่ำที่สุด', 'ถูกสุดในไทย'],
    source: 'research/market.md',
    ref: TH_MISLEADING,
  },
  {
    id: 'th.efficacy',
    category: 'efficacy',
    phrases: ['รักษาหาย', 'หายขาด', 'สิวหาย 100%', 'หาย 100%', 'ผิวขาวถาวร', 'หน้าใสใน 3 วัน', 'ได้ผล 100%', 'เห็นผล 100%', 'ไม่มีผลข้างเคียง', 'เห็นผลทันที'],
    source: 'research/market.md',
    ref: TH_LAW,
  },
  {
    id: 'th.other-platform',
    category: 'platform',
    phrases: ['ถูกกว่า shopee', 'ถูกกว่า lazada', 'ถูกกว่าช้อปปี้', 'ถูกกว่าลาซาด้า', 'ช้อปปี้', 'ลาซาด้า'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
