import { describe, expect, it } from 'vitest';
import { scanText, type ClaimCategory, type ComplianceLanguage } from '../../../lib/compliance';

/**
 * Claims and their look-alikes, per language. The rule a careful analyst applies (docs/assessment.md
 * "Claims"): a superlative, a "first", a guarantee, a "permanently" or a "100%" is a claim when it
 * is about a product, its price or its effect, and an everyday word otherwise. Every pair is scanned
 * with all six languages, as bios, captions and invitation messages are.
 *
 * Sources named in `why`:
 * - TT-ID: TikTok Shop ID "Exaggerated Claims or Descriptions" (seller-id 4843034870187792) and
 *   "Exaggerated Product Descriptions" (seller-id 6835094312912642), research/market.md §Content policy;
 * - TT-VN: TikTok Shop VN/ID "Exaggerated Descriptions or Absolute Claims" (seller-vn 6837770400581377);
 * - TT-TH: TikTok Shop TH "Misleading Content": exaggerated claims, unrealistic timelines (seller-th 4881274146408193);
 * - CN-9: 《广告法》第九条（三） “国家级”“最高级”“最佳”; CN-16/18: 第十六条、第十八条 功效、安全性的断言或者保证;
 * - VN-8.11: Luật Quảng cáo 2012 Điều 8 khoản 11 ("nhất", "duy nhất", "tốt nhất", "số một");
 * - DY: 抖音 不规范用语 list (maijiaw.com/article/548952), research/market.md §Content policy;
 * - TH-LAW: Thai cosmetic ad examples "หน้าใสใน 3 วัน", "สิวหาย 100%", "ผิวขาวถาวร" (research/market.md).
 */
interface Pair {
  claim: string;
  category: ClaimCategory;
  lookAlike: string;
  why: string;
}

const PAIRS: Readonly<Record<ComplianceLanguage, readonly Pair[]>> = {
  zh: [
    { claim: '这款精华效果第一', category: 'superlative', lookAlike: '第一次用精华，记录一下', why: '效果第一 ranks the product’s effect (DY “第一”); 第一次 is “the first time”' },
    { claim: '国家级配方，放心用', category: 'superlative', lookAlike: '国家级运动员，退役后做健身分享', why: '国家级 about a product is banned (CN-9); as an athlete’s title it is a credential' },
    { claim: '孕妇也能用，绝对安全', category: 'efficacy', lookAlike: '出门在外安全第一', why: '绝对安全 asserts safety (CN-16/18); 安全第一 is a motto, not a ranking' },
    { claim: '同价位里最有效的面膜', category: 'superlative', lookAlike: '你最好早点睡', why: '最有效 is a superlative of effect (DY “最”); 最好 + verb is “had better”' },
    { claim: '7天见效，无效退款', category: 'efficacy', lookAlike: '支持7天无理由退货', why: 'an effect promised in a time (TT-TH unrealistic timelines); a 7-day return policy promises no effect' },
    { claim: '三天祛痘不留印', category: 'efficacy', lookAlike: '三天两夜的旅行vlog', why: 'an effect in three days (TT-TH); a three-day trip is not an effect' },
    { claim: '全网最低价', category: 'price', lookAlike: '全网同名，认准本号', why: 'an absolute price claim (seed 常见坑 #2); 全网同名 says the handle is the same on every platform' },
    { claim: '永久美白不反弹', category: 'efficacy', lookAlike: '永久居民身份办好了', why: 'a permanent effect (CN-16/18; TH-LAW “ผิวขาวถาวร”); permanent residence is not an effect' },
    { claim: '100%有效', category: 'efficacy', lookAlike: '电量100%出门', why: '“100%” inside an effect claim (TT-VN); a full battery is a fact' },
  ],
  en: [
    { claim: 'The cheapest serum on TikTok Shop', category: 'price', lookAlike: 'The cheapest way to travel Europe', why: 'a price claim about a product (TT-ID “cheapest in…”); travel advice names no shop price' },
    { claim: 'No.1 serum in Asia', category: 'superlative', lookAlike: 'No.1 fan of BTS 💜', why: 'a ranking of the product (TT-ID “Number 1 product in Asia”); a fan’s self-description' },
    { claim: 'The most effective retinol you can buy', category: 'superlative', lookAlike: 'The most fun I had this year', why: 'a superlative of effect (TT-VN “the best…”); fun is not a product’s effect' },
    { claim: 'Results guaranteed or your money back', category: 'efficacy', lookAlike: 'Satisfaction guaranteed on every order', why: 'a guaranteed effect (TT-VN miracle/guaranteed claims); a satisfaction policy promises no effect' },
    { claim: 'Permanently removes dark spots', category: 'efficacy', lookAlike: 'Permanent makeup artist in KL', why: 'a permanent effect (TH-LAW “ผิวขาวถาวร”); “permanent makeup” is a trade’s name' },
    { claim: '100% safe for babies', category: 'efficacy', lookAlike: '100% cotton tee, size M', why: '“100%” inside a safety claim (TT-ID “100% …” without proof); fabric content is a label fact' },
    { claim: 'Visible results in 7 days', category: 'efficacy', lookAlike: 'Exam results in 3 days 😭', why: 'an effect in a time (TT-TH unrealistic timelines); exam results are news' },
    { claim: 'Bestselling serum of 2026', category: 'superlative', lookAlike: 'NYT bestselling author', why: '“top selling product” (TT-ID); an author’s credential' },
    { claim: 'This is the best cream ever', category: 'superlative', lookAlike: 'The best way to pack a carry-on', why: '“the best…” about a product (TT-ID); advice about packing' },
  ],
  id: [
    { claim: 'Serum terbaik untuk kulit berminyak', category: 'superlative', lookAlike: 'Ayah terbaik buat keluarga', why: '“…terbaik” about a product (TikTok Shop Pedoman Konten, maznara; TT-ID); about a father it is praise' },
    { claim: 'Dijamin putih dalam 7 hari', category: 'efficacy', lookAlike: 'Dijamin original, bukan KW', why: 'a guaranteed effect in a time (TT-VN; TT-TH timelines); authenticity is not an effect' },
    { claim: 'Hasil permanen, jerawat hilang', category: 'efficacy', lookAlike: 'Tato permanen di Bali', why: 'a permanent effect (TT-VN); a permanent tattoo is a fact of the service' },
    { claim: '100% ampuh hilangkan flek', category: 'efficacy', lookAlike: '100% katun, adem dipakai', why: '“100%” inside an effect claim (TT-ID “100% …”); fabric content' },
    { claim: 'Produk nomor 1 di Indonesia', category: 'superlative', lookAlike: 'Pertama kali coba cushion ini', why: '“Produk nomor 1” (Pedoman Konten); pertama kali is “the first time”' },
    { claim: 'Harga termurah se-Indonesia', category: 'price', lookAlike: 'Cara termurah ke Bali dari Jakarta', why: 'a price claim (TT-ID “cheapest in…”); travel advice' },
    { claim: 'Serum paling efektif untuk jerawat', category: 'superlative', lookAlike: 'Liburan paling seru tahun ini', why: 'a superlative of effect (Pedoman Konten “…terbaik”); a holiday is not a product' },
  ],
  ms: [
    { claim: 'Krim ini putih kekal', category: 'efficacy', lookAlike: 'Cinta kekal abadi 💕', why: 'a permanent effect (TT-VN, Malay wording); eternal love' },
    { claim: 'Dijamin berkesan dalam seminggu', category: 'efficacy', lookAlike: 'Jaminan penghantaran dalam seminggu', why: 'a guaranteed effect in a time (TT-VN; TT-TH timelines); a delivery promise' },
    { claim: '100% selamat untuk ibu mengandung', category: 'efficacy', lookAlike: 'Bateri 100% sebelum live', why: '“100%” inside a safety claim (TT-VN); a full battery' },
    { claim: 'Nampak hasil dalam masa 3 hari', category: 'efficacy', lookAlike: 'Penghantaran dalam masa 3 hari', why: 'an effect in a time (TT-TH timelines); a delivery time' },
    { claim: 'Harga paling murah di Malaysia', category: 'price', lookAlike: 'Cara paling murah ke Langkawi', why: 'a price claim (TT-ID “cheapest in…”); travel advice' },
    { claim: 'Produk nombor 1 di Malaysia', category: 'superlative', lookAlike: 'Nombor telefon saya di bio', why: 'a ranking of the product (TT-VN “No.1 product”); a phone number' },
  ],
  th: [
    { claim: 'ครีมนี้ดีที่สุดในโลก', category: 'superlative', lookAlike: 'วันที่ดีที่สุดของฉัน', why: 'a superlative about the product (TT-TH exaggerated claims); “my best day”' },
    { claim: 'ขาวใน 7 วัน', category: 'efficacy', lookAlike: 'ลดราคาใน 3 วันนี้เท่านั้น', why: 'an effect in a time (TH-LAW “หน้าใสใน 3 วัน”); a three-day sale' },
    { claim: 'รับประกันผลลัพธ์ ไม่ได้ผลคืนเงิน', category: 'efficacy', lookAlike: 'รับประกันสินค้า 1 ปี', why: 'a guaranteed effect (TT-TH); a product warranty' },
    { claim: 'ปลอดภัย 100% ไม่มีสารเคมี', category: 'efficacy', lookAlike: 'แบต 100% พร้อมไลฟ์', why: '“100%” inside a safety claim (TH-LAW “สิวหาย 100%”); a full battery' },
    { claim: 'หน้าขาวถาวร', category: 'efficacy', lookAlike: 'พนักงานประจำถาวร', why: 'a permanent effect (TH-LAW “ผิวขาวถาวร”); a permanent job' },
    { claim: 'อันดับ 1 ของไทย', category: 'superlative', lookAlike: 'อันดับ 10 ของเรา', why: 'a ranking (TT-TH); tenth place claims nothing' },
  ],
  vi: [
    { claim: 'Kem dưỡng tốt nhất', category: 'superlative', lookAlike: 'Người bạn tốt nhất của mình', why: '“tốt nhất” about a product (VN-8.11); a best friend' },
    { claim: 'Cam kết hiệu quả sau 7 ngày', category: 'efficacy', lookAlike: 'Cam kết chính hãng 100%', why: 'a guaranteed effect (TT-VN); a guarantee of authenticity is not an effect' },
    { claim: 'Trắng da sau 7 ngày', category: 'efficacy', lookAlike: 'Giao hàng sau 3 ngày', why: 'an effect in a time (TT-TH timelines); a delivery time' },
    { claim: '100% thiên nhiên, an toàn', category: 'efficacy', lookAlike: 'Áo cotton 100%', why: '“100% natural” (TT-VN); fabric content' },
    { claim: 'Thương hiệu hàng đầu Việt Nam', category: 'superlative', lookAlike: 'Sức khỏe là ưu tiên hàng đầu', why: '“hàng đầu” about a brand (VN-8.11, “từ ngữ có ý nghĩa tương tự”); “top priority”' },
    { claim: 'Sản phẩm đầu tiên tại Việt Nam', category: 'superlative', lookAlike: 'Lần đầu tiên dùng thử', why: '“the first…” about a product (TT-VN); “the first time”' },
    { claim: 'An toàn tuyệt đối cho bà bầu', category: 'efficacy', lookAlike: 'Tuyệt đối không bỏ cuộc', why: 'an absolute safety claim (TT-VN); “never give up”' },
    { claim: 'Hết mụn vĩnh viễn', category: 'efficacy', lookAlike: 'Kỷ niệm vĩnh viễn', why: 'a permanent effect (TT-VN); a memory kept forever' },
  ],
};

describe.each(Object.entries(PAIRS) as [ComplianceLanguage, readonly Pair[]][])('tricky pairs: %s', (_language, pairs) => {
  it.each(pairs)('$claim is a claim; $lookAlike is not', ({ claim, category, lookAlike }) => {
    const hits = scanText(claim);
    expect(hits.length, claim).toBeGreaterThan(0);
    expect(hits.map((h) => h.category), claim).toContain(category);
    expect(scanText(lookAlike), lookAlike).toEqual([]);
  });
});
