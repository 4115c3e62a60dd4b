import type { LexiconEntry } from '../types';

const ID_GUIDE = 'market.md §Content policy: TikTok Shop Pedoman Konten ("Produk nomor 1", "…terbaik", "satu-satunya"; maznara.com)';
const ID_ABSOLUTE = 'market.md §Content policy: ID "Exaggerated Claims" (seller-id 4843034870187792, 6835094312912642)';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754)';
const ID_HUNDRED = 'market.md §Content policy: ID "Exaggerated Product Descriptions" — "100% Natural / 100% Organic" without proof (seller-id 6835094312912642)';
const TIMELINE = 'market.md §Content policy: "unrealistic timelines" (seller-id 7753797661492993, same text as seller-th 4881274146408193)';

/** What a bare superlative must be about to be a claim: a product, its price, quality or effect. */
const PRODUCT_WORDS = ['produk', 'serum', 'krim', 'cream', 'skincare', 'bodycare', 'sabun', 'lotion', 'masker', 'toner', 'sunscreen', 'sunblock', 'moisturizer', 'pelembab', 'parfum', 'lipstik', 'lip tint', 'bedak', 'foundation', 'cushion', 'obat', 'suplemen', 'vitamin', 'brand', 'merek', 'merk', 'kualitas', 'harga', 'hasil', 'hasilnya', 'formula', 'bahan', 'efek', 'khasiat', 'barang'];
/** Effects a guarantee, a "permanen" or a "100%" can be about. */
const EFFECTS = ['ampuh', 'berhasil', 'sembuh', 'menyembuhkan', 'putih', 'memutihkan', 'cerah', 'mencerahkan', 'hasil', 'hasilnya', 'glowing', 'kurus', 'langsing', 'hilang', 'menghilangkan', 'efektif', 'manjur', 'mulus', 'jerawat', 'flek'];

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
    phrases: ['produk terbaik', 'kualitas terbaik', 'terbaik di indonesia', 'terbaik se-indonesia', 'terbaik sedunia', 'terbaik di dunia', 'terbaik se-asia', 'terbaik di tiktok', 'paling bagus', 'paling ampuh', 'paling efektif', 'paling manjur', 'paling aman', 'satu-satunya produk', 'satu-satunya brand', 'satu satunya produk', 'produk pertama di', 'pertama di indonesia'],
    suffixes: ['nya'],
    source: 'research/market.md',
    ref: ID_GUIDE,
  },
  {
    id: 'id.terbaik-product',
    category: 'superlative',
    // bare "terbaik" only about a product, price or effect: "ibu terbaik", "terbaik buat keluarga" are not claims
    phrases: ['terbaik'],
    suffixes: ['nya'],
    about: { words: PRODUCT_WORDS },
    source: 'research/market.md',
    ref: ID_GUIDE,
  },
  {
    id: 'id.termurah',
    category: 'price',
    phrases: ['termurah', 'paling murah', 'harga terendah', 'harga paling rendah', 'harga termurah'],
    suffixes: ['nya'],
    // travel advice ("cara termurah ke Bali") is not a shop's price claim
    exceptBefore: ['cara', 'rute', 'jalur', 'liburan', 'wisata', 'traveling', 'penerbangan'],
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'id.efficacy',
    category: 'efficacy',
    phrases: ['menyembuhkan', 'sembuh total', 'ampuh 100%', '100% ampuh', 'dijamin ampuh', 'dijamin sembuh', 'dijamin berhasil', 'tanpa efek samping', 'hasil instan', 'putih permanen', 'memutihkan permanen', '100% alami', '100% organik', 'obat segala penyakit', '100% aman', 'aman 100%', 'dijamin aman'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${ID_ABSOLUTE}`,
  },
  {
    id: 'id.guarantee',
    category: 'efficacy',
    // "dijamin" / "permanen" / "100%" about an effect; "dijamin original", "100% katun" are not efficacy claims
    phrases: ['dijamin', 'garansi', 'permanen'],
    about: { words: EFFECTS },
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'id.hundred-percent',
    category: 'efficacy',
    phrases: ['100%', '100 %', '100 persen'],
    about: { words: [...EFFECTS, 'alami', 'natural', 'organik', 'aman', 'tanpa efek samping'], reach: 12 },
    source: 'research/market.md',
    ref: ID_HUNDRED,
  },
  {
    id: 'id.days-to-effect',
    category: 'efficacy',
    phrases: [],
    patterns: [
      {
        // "putih dalam 7 hari", "hasil terlihat dalam 3 hari", "turun 5 kg dalam seminggu"
        source:
          '(?:hasil(?:nya)?|putih|cerah|glowing|mulus|bersih|hilang|kurus|langsing|sembuh|turun \\d{1,3} ?kg)(?: terlihat| kelihatan| nyata)? (?:dalam|dlm|cuma|hanya) (?:waktu )?(?:(?:\\d{1,3}|satu|dua|tiga|tujuh|sepuluh) (?:hari|minggu|jam|malam)|seminggu|sehari|semalam)(?![\\p{L}])',
        first: ['hasil', 'putih', 'cerah', 'glowing', 'mulus', 'bersih', 'hilang', 'kurus', 'langsing', 'sembuh', 'turun '],
      },
      {
        // "7 hari langsung putih", "3 hari jerawat hilang"
        source: '(?:\\d{1,3}|tiga|tujuh) (?:hari|minggu|malam) (?:langsung |udah |sudah |auto )?(?:putih|glowing|cerah|kinclong|mulus|kurus|langsing|jerawat hilang|flek hilang|terlihat hasil(?:nya)?)(?![\\p{L}])',
        first: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'tiga ', 'tujuh '],
        afterNumber: 'hm',
      },
    ],
    source: 'research/market.md',
    ref: TIMELINE,
  },
  {
    id: 'id.other-platform',
    category: 'platform',
    phrases: ['lebih murah dari shopee', 'lebih murah dari tokopedia', 'lebih murah dari lazada', 'lebih murah daripada shopee', 'cek shopee', 'beli di shopee', 'beli di lazada', 'beli di tokopedia'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
