import type { LexiconEntry } from '../types';

const VN_WORDS = 'market.md §Content policy: VN comparative/exaggerating words "tốt hơn, tốt nhất, số một, đứng đầu" (thucblog.com 2022/03)';
const VN_ABSOLUTE = 'market.md §Content policy: VN "Absolute Claims" (seller-vn 6837770400581377)';
const PLATFORM = 'market.md §Content policy: VN no other platforms (Lazada, Shopee…) / comparisons (seller-vn 4924400659498754)';
const VN_LAW = 'Luật Quảng cáo 2012 (16/2012/QH13) Điều 8 khoản 11: cấm "nhất", "duy nhất", "tốt nhất", "số một" hoặc từ ngữ tương tự khi không có tài liệu hợp pháp chứng minh (Thông tư 10/2013/TT-BVHTTDL Điều 2)';

/** Effects a guarantee (cam kết, đảm bảo), a "vĩnh viễn" or a "100%" can be about. */
const EFFECTS = ['hiệu quả', 'khỏi', 'trắng', 'trắng da', 'hết mụn', 'sạch mụn', 'giảm cân', 'giảm mỡ', 'mờ thâm', 'mờ nám', 'kết quả', 'triệt lông', 'mọc tóc'];

/**
 * Vietnamese. Text without diacritics ("tot nhat") matches too, except short entries that would
 * collide with English once folded ("số 1" → "so 1", as in "so 1 day later"): those need the
 * diacritics. Bare "đầu tiên" (first) is left out: "lần đầu tiên" = "the first time".
 */
export const VI_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'vi.best',
    category: 'superlative',
    phrases: ['tốt nhất', 'đứng đầu', 'số một thị trường', 'top 1 thị trường', 'duy nhất trên thị trường', 'hiệu quả nhất', 'an toàn nhất', 'sản phẩm duy nhất', 'thương hiệu duy nhất', 'sản phẩm đầu tiên', 'thương hiệu đầu tiên', 'đầu tiên tại việt nam'],
    // doing one's best and the best friend/thing/person are not claims
    exceptBefore: ['cố gắng', 'làm', 'bạn', 'người bạn', 'điều', 'người', 'mẹ', 'bố', 'chồng', 'vợ'],
    source: 'research/market.md',
    ref: VN_WORDS,
  },
  {
    id: 'vi.leading',
    category: 'superlative',
    // "hàng đầu" about a brand or market; "ưu tiên hàng đầu" (top priority) is not a claim
    phrases: ['hàng đầu'],
    about: { words: ['thương hiệu', 'sản phẩm', 'nhãn hàng', 'brand', 'việt nam', 'thị trường', 'thế giới', 'châu á'] },
    source: 'advertising-law',
    ref: VN_LAW,
  },
  {
    id: 'vi.number-one',
    category: 'superlative',
    phrases: ['số 1', 'số một'],
    strictDiacritics: true,
    exceptAfter: ['lần', 'phút', 'giờ', 'ngày', 'tập', 'nhà'],
    source: 'advertising-law',
    ref: `${VN_LAW}; ${VN_WORDS}`,
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
    phrases: ['chữa khỏi', 'trị dứt điểm', 'khỏi hẳn', 'hiệu quả 100%', '100% hiệu quả', 'cam kết khỏi', 'không tác dụng phụ', 'trắng vĩnh viễn', 'hết mụn vĩnh viễn', 'thần dược', 'an toàn tuyệt đối', 'tuyệt đối an toàn', 'an toàn 100%', '100% an toàn', 'hiệu quả tức thì', 'hiệu quả ngay lập tức'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${VN_ABSOLUTE}`,
  },
  {
    id: 'vi.guarantee',
    category: 'efficacy',
    // a guarantee about an effect; "cam kết chính hãng" (guaranteed genuine) is not an efficacy claim
    phrases: ['cam kết', 'đảm bảo', 'vĩnh viễn'],
    about: { words: EFFECTS },
    source: 'research/market.md',
    ref: VN_ABSOLUTE,
  },
  {
    id: 'vi.hundred-percent',
    category: 'efficacy',
    phrases: ['100%', '100 %', '100 phần trăm'],
    about: { words: [...EFFECTS, 'tự nhiên', 'thiên nhiên', 'thảo dược', 'organic', 'an toàn'], reach: 12 },
    source: 'research/market.md',
    ref: VN_ABSOLUTE,
  },
  {
    id: 'vi.days-to-effect',
    category: 'efficacy',
    phrases: [],
    patterns: [
      {
        // "trắng da sau 7 ngày", "sạch mụn chỉ trong 3 ngày", "giảm 5kg trong 1 tuần" (over the diacritic-free text)
        source:
          '(?:trang(?: da)?|sach mun|het mun|hieu qua|mo tham|mo nam|giam \\d{1,3} ?kg|giam can|khoi benh|thay doi ro ret)(?: ro ret| ro)? (?:chi )?(?:sau|trong|sau khi dung) (?:\\d{1,3}|mot|hai|ba|bay|muoi) (?:ngay|tuan|gio|dem)(?![\\p{L}])',
        first: ['trang', 'sach mun', 'het mun', 'hieu qua', 'mo tham', 'mo nam', 'giam ', 'khoi benh', 'thay doi'],
      },
      {
        // "7 ngày trắng da", "3 ngày hết mụn"
        source: '\\d{1,3} (?:ngay|tuan) (?:la |se |da )?(?:trang da|sach mun|het mun|giam \\d{1,3} ?kg|mo tham|mo nam)(?![\\p{L}])',
        first: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        afterNumber: 'nt',
      },
    ],
    source: 'research/market.md',
    ref: `${VN_ABSOLUTE}; market.md §Content policy: "unrealistic timelines" (seller-th 4881274146408193)`,
  },
  {
    id: 'vi.other-platform',
    category: 'platform',
    phrases: ['rẻ hơn shopee', 'rẻ hơn lazada', 'rẻ hơn tiki', 'tốt hơn shopee', 'tốt hơn lazada'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
