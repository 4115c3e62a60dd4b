import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_LANGUAGES, LEXICONS, scanText, type ComplianceLanguage } from '../../../lib/compliance';

/** [text, entryId, phrase as found]. */
type Hit = readonly [string, string, string];

const first = (text: string, languages?: readonly ComplianceLanguage[]) => scanText(text, languages)[0];

function expectHit([text, entryId, phrase]: Hit, languages?: readonly ComplianceLanguage[]): void {
  const hit = first(text, languages);
  expect(hit, text).toBeDefined();
  expect(hit!.entryId).toBe(entryId);
  expect(hit!.phrase).toBe(phrase);
  expect(text.slice(hit!.start, hit!.end)).toBe(phrase);
}

describe('scanText: hits and near misses per language', () => {
  describe('zh (simplified and traditional)', () => {
    it.each<Hit>([
      ['这款面霜全网最低价！', 'zh.lowest-network', '全网最低价'],
      ['全網最低，快搶', 'zh.lowest-network', '全網最低'],
      ['全 网 最 低', 'zh.lowest-network', '全 网 最 低'],
      ['全*网*最*低', 'zh.lowest-network', '全*网*最*低'],
      ['销量第一的精华', 'zh.first-rank', '销量第一'],
      ['銷量第一', 'zh.first-rank', '銷量第一'],
      ['三天根治痘痘', 'zh.cure', '根治'],
      ['100%有效', 'zh.cure', '100%有效'],
      ['１００％有效', 'zh.cure', '１００％有效'],
      ['比拼多多还便宜', 'zh.other-platform', '比拼多多还便宜'],
      ['比 Shopee 更便宜', 'zh.other-platform', '比 Shopee 更便宜'],
      ['顶级面料', 'zh.best', '顶级'],
    ])('%s → %s', (text, entryId, phrase) => expectHit([text, entryId, phrase]));

    it.each(['第一次用这个面霜', '你最好早点来', '今天是第一天', '价格很低', '治疗师建议多休息', '我的最好的朋友', '比赛第一名的感觉'])('no hit: %s', (text) => {
      expect(scanText(text)).toEqual([]);
    });
  });

  describe('en', () => {
    it.each<Hit>([
      ['The No.1 serum in Asia', 'en.number-one', 'No.1'],
      ['ＮＯ．１ brand', 'en.number-one', 'ＮＯ．１'],
      ['NO1 SELLER', 'en.number-one', 'NO1'],
      ['No 1 brand in Singapore', 'en.number-one', 'No 1'],
      ['Number one product on TikTok', 'en.number-one', 'Number one'],
      ['#1 bestseller', 'en.hash-one', '#1'],
      ['This is THE BEST cream', 'en.the-best', 'THE BEST'],
      ['#thebest', 'en.the-best', 'thebest'],
      ['cheapest price anywhere', 'en.cheapest', 'cheapest'],
      ['Lowest-price guaranteed', 'en.cheapest', 'Lowest-price guaranteed'],
      ['100% effective in 7 days', 'en.guaranteed-efficacy', '100% effective'],
      ['It cures acne', 'en.cures', 'cures'],
      ['way cheaper than Shopee', 'en.other-platform', 'cheaper than Shopee'],
    ])('%s → %s', (text, entryId, phrase) => expectHit([text, entryId, phrase]));

    it.each([
      'I would bestow this on anyone',
      'my best friend',
      'No.10 tip for oily skin',
      'I am your number one fan',
      'number one rule of skincare: sunscreen',
      'No 1 cares lol',
      'part #1 of my routine',
      'Day #1 of 30',
      'All the best for your exams!',
      'the best day ever',
      'Cure the gel under the UV lamp',
      'manicure time',
      'cured ham board',
      'shopeefood delivery',
      '#10 in the list',
      'I try to do my best',
    ])('no hit: %s', (text) => {
      expect(scanText(text, ['en'])).toEqual([]);
    });
  });

  describe('id', () => {
    it.each<Hit>([
      ['Serum terbaik untuk kulit', 'id.terbaik-product', 'terbaik'],
      ['Serum terbaiknya cuma di sini', 'id.terbaik-product', 'terbaiknya'],
      ['Produk terbaik', 'id.terbaik', 'Produk terbaik'],
      ['Produk nomor 1 di Indonesia', 'id.number-one', 'Produk nomor 1'],
      ['Nomor satu di kelasnya', 'id.number-one', 'Nomor satu'],
      ['harga termurah', 'id.termurah', 'harga termurah'],
      ['Krim ini menyembuhkan jerawat', 'id.efficacy', 'menyembuhkan'],
      ['Lebih murah dari Shopee lho', 'id.other-platform', 'Lebih murah dari Shopee'],
    ])('%s → %s', (text, entryId, phrase) => expectHit([text, entryId, phrase]));

    it.each(['Produk ini baik sekali', 'Pertama kali coba', 'nomor 10 di antrian', 'harganya murah', 'sembuhkan luka hatimu? hehe'])('no hit: %s', (text) => {
      expect(scanText(text, ['id'])).toEqual([]);
    });
  });

  describe('ms', () => {
    it.each<Hit>([
      ['Produk nombor 1 di Malaysia', 'ms.number-one', 'nombor 1'],
      ['Harga paling murah!', 'ms.cheapest', 'paling murah'],
      ['100% berkesan', 'ms.efficacy', '100% berkesan'],
      ['Lebih murah daripada Lazada', 'ms.other-platform', 'Lebih murah daripada Lazada'],
    ])('%s → %s', (text, entryId, phrase) => expectHit([text, entryId, phrase], ['ms']));

    it('with every language, a word Malay shares with Indonesian is reported once, first language first', () => {
      expect(scanText('Harga paling murah!').map((h) => h.entryId)).toEqual(['id.termurah']);
    });

    it.each(['Nombor telefon saya', 'berkesan untuk saya', 'murah dan bagus', 'nombor 12'])('no hit: %s', (text) => {
      expect(scanText(text, ['ms'])).toEqual([]);
    });
  });

  describe('th (no spaces between words)', () => {
    it.each<Hit>([
      ['ครีมนี้ดีที่สุดในโลก', 'th.best', 'ดีที่สุดในโลก'],
      ['ราคาถูกที่สุดในไทย', 'th.cheapest', 'ราคาถูกที่สุด'],
      ['สิวหาย 100% ใน 3 วัน', 'th.efficacy', 'สิวหาย 100%'],
      ['อันดับ 1 ของไทย', 'th.number-one', 'อันดับ 1'],
      ['ถูกกว่าช้อปปี้', 'th.other-platform', 'ถูกกว่าช้อปปี้'],
    ])('%s → %s', (text, entryId, phrase) => expectHit([text, entryId, phrase]));

    it.each(['รักษาความสะอาดทุกวัน', 'อันดับ 10 ของเรา', 'ถูกต้องตามกฎหมาย', 'ใช้ดีมาก', 'พยายามทำดีที่สุด'])('no hit: %s', (text) => {
      expect(scanText(text, ['th'])).toEqual([]);
    });
  });

  describe('vi (with and without diacritics)', () => {
    it.each<Hit>([
      ['Kem dưỡng tốt nhất', 'vi.best', 'tốt nhất'],
      ['kem duong tot nhat', 'vi.best', 'tot nhat'],
      ['TỐT NHẤT', 'vi.best', 'TỐT NHẤT'],
      ['Số 1 thị trường', 'vi.number-one', 'Số 1'],
      ['giá rẻ nhất', 'vi.cheapest', 'giá rẻ nhất'],
      ['gia re nhat', 'vi.cheapest', 'gia re nhat'],
      ['chữa khỏi mụn', 'vi.efficacy', 'chữa khỏi'],
      ['rẻ hơn Shopee', 'vi.other-platform', 'rẻ hơn Shopee'],
      // decomposed (NFD) input: the indices still point into the original string
      ['tô\u0301t nhâ\u0301t', 'vi.best', 'tô\u0301t nhâ\u0301t'],
    ])('%s → %s', (text, entryId, phrase) => expectHit([text, entryId, phrase]));

    it.each(['so 1 day later', 'lần đầu tiên dùng', 'tốt lắm', 'nhất định phải thử', 'số 15 đường Lê Lợi', 'cố gắng làm tốt nhất'])('no hit: %s', (text) => {
      expect(scanText(text)).toEqual([]);
    });
  });
});

describe('scanText: API', () => {
  it('reports indices into the original text across mixed scripts and full-width characters', () => {
    const text = '🔥新品 ＮＯ．１ serum — 全 網 最 低 — tốt nhất!';
    const hits = scanText(text);
    expect(hits.map((h) => h.phrase)).toEqual(['ＮＯ．１', '全 網 最 低', 'tốt nhất']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.phrase);
    expect(hits.map((h) => h.language)).toEqual(['en', 'zh', 'vi']);
  });

  it('limits the scan to the given languages', () => {
    expect(scanText('the best 全网最低', ['zh']).map((h) => h.language)).toEqual(['zh']);
    expect(scanText('the best 全网最低', ['en']).map((h) => h.language)).toEqual(['en']);
  });

  it('reports a shared word once (terbaik is Indonesian and Malay)', () => {
    expect(scanText('paling terbaik', ['ms', 'id'])).toHaveLength(1);
  });

  it('each hit carries category, source and reference', () => {
    expect(first('Obat ini menyembuhkan diabetes')).toMatchObject({ category: 'efficacy', language: 'id', source: 'PRODUCT.md' });
    expect(first('Obat ini menyembuhkan diabetes')?.ref).toMatch(/PRODUCT\.md/);
  });

  it('a subject word counts within its clause only, and never across texts joined by U+FFFF', () => {
    // docs/assessment.md "Claims", limits: words, not grammar
    expect(scanText('serum untuk ayah terbaik').map((h) => h.entryId)).toEqual(['id.terbaik-product']);
    expect(scanText('Ayah terbaik, jual serum')).toEqual([]);
    expect(scanText('Ayah terbaik. Serum')).toEqual([]);
    // the assessment scans a creator's captions in one call, joined by U+FFFF
    expect(scanText('Ayah terbaik\uffffserum')).toEqual([]);
    expect(scanText('guaranteed\uffffresults')).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(scanText('')).toEqual([]);
  });

  it('property: hits are ordered, non-overlapping and index the original text', () => {
    const pieces = fc.constantFrom('the best', '全網最低', ' ', 'tốt nhất', 'ดีที่สุด', 'No.1', 'abc', '😀', 'e\u0301', 'ＡＢＣ', '\u200b', 'terbaik', '#1', 'part');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const hits = scanText(text);
        let end = 0;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(end);
          expect(h.end).toBeGreaterThan(h.start);
          expect(text.slice(h.start, h.end)).toBe(h.phrase);
          end = h.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('lexicons', () => {
  it('cover every language, with unique ids, a source and a reference on every entry', () => {
    const ids = new Set<string>();
    for (const language of COMPLIANCE_LANGUAGES) {
      const entries = LEXICONS[language];
      expect(entries.length, language).toBeGreaterThan(0);
      expect(new Set(entries.map((e) => e.category)).size, language).toBe(4);
      for (const e of entries) {
        expect(ids.has(e.id), e.id).toBe(false);
        ids.add(e.id);
        expect(e.id.startsWith(`${language}.`)).toBe(true);
        expect(['PRODUCT.md', 'research/market.md', 'seed', 'advertising-law']).toContain(e.source);
        expect(e.ref.length).toBeGreaterThan(0);
      }
    }
  });

  it('every phrase of every entry finds itself (next to each of its subject words, when it has them)', () => {
    for (const language of COMPLIANCE_LANGUAGES) {
      for (const e of LEXICONS[language]) {
        for (const phrase of e.phrases) {
          const texts = e.about ? e.about.words.map((word) => `${phrase} ${word}`) : [phrase];
          for (const text of texts) {
            const hits = scanText(text, [language]);
            expect(hits.length, `${e.id}: ${text}`).toBeGreaterThan(0);
            // another entry may report a longer phrase over the same words ("100% ampuh")
            expect(hits[0]!.start, `${e.id}: ${text}`).toBe(0);
            expect(hits[0]!.end, `${e.id}: ${text}`).toBeGreaterThanOrEqual(phrase.length);
          }
        }
      }
    }
  });

  it('a phrase with subject words alone is not a claim', () => {
    for (const language of COMPLIANCE_LANGUAGES) {
      for (const e of LEXICONS[language]) {
        if (!e.about) continue;
        for (const phrase of e.phrases) {
          expect(scanText(phrase, [language]).filter((h) => h.entryId === e.id), `${e.id}: ${phrase}`).toEqual([]);
        }
      }
    }
  });
});

describe('scanText: robustness', () => {
  it.each([
    ['full-width space between characters', '全\u3000网\u3000最\u3000低', 1],
    ['thin spaces between characters', '全\u2009网\u2009最\u2009低', 1],
    ['four separators are too many', '全 .. 网最低', 0],
    ['a run of hashes', '#'.repeat(5_000), 0],
    ['a run of 最', '最'.repeat(5_000), 0],
    ['the best, across a newline', 'the\nbest', 1],
    ['the best, separated by nine spaces (beyond any spacing variation)', `the${' '.repeat(9)}best`, 0],
  ])('%s', (_, text, hits) => {
    expect(scanText(text)).toHaveLength(hits);
  });
});
