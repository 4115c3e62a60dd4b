import type { LexiconEntry } from '../types';

const ID_GUIDE = 'market.md §Content policy: TikTok Shop Pedoman Konten ("Produk nomor 1", "…terbaik", "satu-satunya"; maznara.com)';
const ID_ABSOLUTE = 'market.md §Content policy: ID "Exaggerated Claims" (seller-id 4843034870187792, 6835094312912642)';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754)';

/** Bahasa Indonesia. Bare "pertama" (first) is left out: "pertama kali" = "the first time". */
export const ID_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'id.number-one',
    category: 'superlative',
    phrases: ['nomor 1', 'nomor satu', 'no 1 di', 'produk nomor 1', 'peringkat 1', 'top 1 di'],
    exceptAfter: ['kali'],
    source: 'research/market.md',
    ref: ID_GUIDE,
  },
  {
    id: 'id.terbaik',
    category: 'superlative',
    phrases: ['terbaik', 'paling bagus', 'paling ampuh', 'satu-satunya produk', 'satu-satunya brand', 'satu satunya produk'],
    suffixes: ['nya'],
    source: 'research/market.md',
    ref: ID_GUIDE,
  },
  {
    id: 'id.termurah',
    category: 'price',
    phrases: ['termurah', 'paling murah', 'harga terendah', 'harga paling rendah', 'harga termurah'],
    suffixes: ['nya'],
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'id.efficacy',
    category: 'efficacy',
    phrases: ['menyembuhkan', 'sembuh total', 'ampuh 100%', '100% ampuh', 'dijamin ampuh', 'dijamin sembuh', 'dijamin berhasil', 'tanpa efek samping', 'hasil instan', 'putih permanen', 'memutihkan permanen', '100% alami', '100% organik', 'obat segala penyakit'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${ID_ABSOLUTE}`,
  },
  {
    id: 'id.other-platform',
    category: 'platform',
    phrases: ['lebih murah dari shopee', 'lebih murah dari tokopedia', 'lebih murah dari lazada', 'lebih murah daripada shopee', 'cek shopee', 'beli di shopee', 'beli di lazada', 'beli di tokopedia'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
