import type { LexiconEntry } from '../types';

const TH_MISLEADING = 'market.md §Content policy: TH "Misleading Content" (seller-th 4881274146408193)';
const TH_LAW = 'market.md §Content policy: Thai cosmetic ad examples (thaiprintshop.com/marketing/misleading-ads-risk)';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754)';

/** Effects a guarantee (รับประกัน, การันตี), a "ถาวร" or a "100%" can be about. ผล alone is left out: ผลไม้ (fruit). */
const EFFECTS = ['ได้ผล', 'เห็นผล', 'ผลลัพธ์', 'หาย', 'ขาว', 'ใส', 'ผอม', 'สิว', 'ฝ้า', 'กระ', 'จุดด่างดำ', 'ริ้วรอย'];

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
    phrases: ['ดีที่สุด', 'เจ๋งที่สุด', 'ดีที่สุดในโลก', 'หนึ่งเดียวในโลก', 'ได้ผลที่สุด', 'เห็นผลที่สุด', 'ปลอดภัยที่สุด'],
    // doing one's best and the best day/friend/mother are not claims
    exceptBefore: ['พยายาม', 'ทำให้', 'ทำ', 'วันที่', 'เพื่อนที่', 'แม่ที่', 'พ่อที่', 'แฟนที่', 'คนที่', 'เวลาที่', 'ความทรงจำที่'],
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
    phrases: ['รักษาหาย', 'หายขาด', 'สิวหาย 100%', 'หาย 100%', 'ผิวขาวถาวร', 'หน้าใสใน 3 วัน', 'ได้ผล 100%', 'เห็นผล 100%', 'ไม่มีผลข้างเคียง', 'เห็นผลทันที', 'ปลอดภัย 100%', '100% ปลอดภัย', 'ได้ผลแน่นอน', 'เห็นผลแน่นอน'],
    source: 'research/market.md',
    ref: TH_LAW,
  },
  {
    id: 'th.guarantee',
    category: 'efficacy',
    // a guarantee or "ถาวร" about an effect; รับประกันสินค้า (a product warranty) is not an efficacy claim
    phrases: ['รับประกัน', 'การันตี', 'ถาวร'],
    about: { words: EFFECTS, reach: 12 },
    source: 'research/market.md',
    ref: TH_LAW,
  },
  {
    id: 'th.hundred-percent',
    category: 'efficacy',
    phrases: ['100%', '100 %'],
    about: { words: [...EFFECTS, 'ปลอดภัย', 'ธรรมชาติ', 'ออร์แกนิค'], reach: 8 },
    source: 'research/market.md',
    ref: TH_LAW,
  },
  {
    id: 'th.days-to-effect',
    category: 'efficacy',
    phrases: [],
    patterns: [
      {
        // ขาวใน 7 วัน, สิวหายภายใน 3 วัน, ผอมใน 2 สัปดาห์ (ลดราคาใน 3 วัน — a sale — has no effect word)
        source: '(?:ขาว|ใส|หาย|ผอม|เห็นผล|ได้ผล|ลดน้ำหนัก\\s?\\d{1,3}\\s?(?:กิโล|กก|kg))[\\s]{0,2}(?:ภายใน|ใน)[\\s]{0,2}\\d{1,3}[\\s]{0,2}(?:วัน|สัปดาห์|อาทิตย์|ชั่วโมง)',
        first: ['ขาว', 'ใส', 'หาย', 'ผอม', 'เห็นผล', 'ได้ผล', 'ลดน้ำหนัก'],
      },
      {
        // 7 วันเห็นผล, 3 วันขาว
        source: '\\d{1,3}[\\s]{0,2}(?:วัน|สัปดาห์)[\\s]{0,2}(?:เห็นผล|ขาว|ใส|หาย|ผอม)',
        first: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        afterNumber: 'วส',
      },
    ],
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
