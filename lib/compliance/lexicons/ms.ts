import type { LexiconEntry } from '../types';

const VN_ID_ABSOLUTE = 'market.md §Content policy: VN/ID "Absolute Claims" (seller-vn 6837770400581377) — same rule family, Malay wording';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754)';
const TIMELINE = 'market.md §Content policy: "unrealistic timelines" (seller-th 4881274146408193; same rule family, Malay wording)';

/** Effects a guarantee, a "kekal" or a "100%" can be about. */
const EFFECTS = ['berkesan', 'berhasil', 'sembuh', 'menyembuhkan', 'putih', 'memutihkan', 'cerah', 'mencerahkan', 'hasil', 'kurus', 'langsing', 'hilang', 'menghilangkan', 'mujarab', 'licin', 'jerawat', 'jeragat'];

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
    // travel advice ("cara paling murah ke Langkawi") is not a shop's price claim
    exceptBefore: ['cara', 'jalan', 'percutian', 'penerbangan'],
    source: 'research/market.md',
    ref: VN_ID_ABSOLUTE,
  },
  {
    id: 'ms.efficacy',
    category: 'efficacy',
    phrases: ['menyembuhkan', 'sembuh sepenuhnya', '100% berkesan', 'berkesan 100%', 'dijamin berkesan', 'dijamin sembuh', 'tanpa kesan sampingan', 'kesan segera', 'putih kekal', '100% semula jadi', 'paling berkesan', 'paling mujarab', '100% selamat', 'selamat 100%', 'dijamin selamat'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${VN_ID_ABSOLUTE}`,
  },
  {
    id: 'ms.guarantee',
    category: 'efficacy',
    // about an effect: "cinta kekal", "dijamin original", "jaminan penghantaran" are not efficacy claims
    phrases: ['dijamin', 'jaminan', 'kekal'],
    about: { words: EFFECTS },
    source: 'research/market.md',
    ref: VN_ID_ABSOLUTE,
  },
  {
    id: 'ms.hundred-percent',
    category: 'efficacy',
    phrases: ['100%', '100 %', '100 peratus'],
    about: { words: [...EFFECTS, 'semula jadi', 'organik', 'selamat'], reach: 12 },
    source: 'research/market.md',
    ref: VN_ID_ABSOLUTE,
  },
  {
    id: 'ms.days-to-effect',
    category: 'efficacy',
    phrases: [],
    patterns: [
      {
        // "putih dalam 7 hari", "nampak hasil dalam masa 3 hari"
        source:
          '(?:hasil(?:nya)?|putih|cerah|licin|bersih|hilang|kurus|langsing|sembuh|turun \\d{1,3} ?kg)(?: nampak| kelihatan)? dalam (?:masa )?(?:(?:\\d{1,3}|satu|dua|tiga|tujuh|sepuluh) (?:hari|minggu|jam|malam)|seminggu|sehari|semalam)(?![\\p{L}])',
        first: ['hasil', 'putih', 'cerah', 'licin', 'bersih', 'hilang', 'kurus', 'langsing', 'sembuh', 'turun '],
      },
    ],
    source: 'research/market.md',
    ref: TIMELINE,
  },
  {
    id: 'ms.other-platform',
    category: 'platform',
    phrases: ['lebih murah dari shopee', 'lebih murah daripada shopee', 'lebih murah dari lazada', 'lebih murah daripada lazada', 'beli di shopee', 'beli di lazada'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
