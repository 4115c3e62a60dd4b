import { describe, expect, it } from 'vitest';
import { briefProblems, splitHashtags } from '../../../lib/invitations/brief-rules';
import { composeBrief, composeMessage } from '../../../lib/invitations/compose';
import { apiBody, copyText } from '../../../lib/invitations/copy-formats';
import { DraftSchema, readStoredDraft, type Draft } from '../../../lib/invitations/draft';
import { lintTerms } from '../../../lib/invitations/lint';
import { TEMPLATES } from '../../../lib/invitations/templates';
import { defaultSampleTerms, defaultTerms, emptyBrief, MESSAGE_LANGUAGES, type ContentBrief, type InvitationTerms, type MessageLanguage } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';
import { testScanner } from './test-scanner';

const BRIEF: ContentBrief = {
  sellingPoints: 'Brightens in 7 days\n- Fragrance free',
  mustShow: 'Texture on the back of the hand',
  hashtags: 'glowserum, #skincare',
  productLink: 'https://shop.tiktok.com/view/product/1729384756',
  videoSeconds: 45,
  postBy: '2026-12-15',
};

/** Per language: the brief and sample lines the language's default template must produce (its own wording). */
const EXPECTED: Record<MessageLanguage, string[]> = {
  en: ['Content brief:', '- Selling points: Brightens in 7 days; Fragrance free', '- Video length: about 45 seconds', '- Please post by 2026-12-15', 'Samples:', '- 2 unit(s) per creator', '- Shipping: we ship the sample to you directly', '- Shipping cost: paid by us'],
  'zh-CN': ['内容要求：', '- 核心卖点：Brightens in 7 days；Fragrance free', '- 视频时长：约 45 秒', '- 请在 2026-12-15 前发布', '样品：', '- 每位达人 2 件', '- 寄样方式：我们直接寄样给你', '- 运费：由我们承担'],
  id: ['Brief konten:', '- Durasi video: sekitar 45 detik', 'Sampel:', '- 2 unit per kreator', '- Ongkos kirim: ditanggung oleh kami'],
  th: ['บรีฟคอนเทนต์:', '- ความยาววิดีโอ: ประมาณ 45 วินาที', 'สินค้าตัวอย่าง:', '- 2 ชิ้นต่อครีเอเตอร์', '- ค่าจัดส่ง: เราเป็นผู้ออก'],
  vi: ['Yêu cầu nội dung:', '- Độ dài video: khoảng 45 giây', 'Mẫu sản phẩm:', '- 2 sản phẩm cho mỗi nhà sáng tạo', '- Phí vận chuyển: chúng tôi chịu'],
  ms: ['Taklimat kandungan:', '- Tempoh video: kira-kira 45 saat', 'Sampel:', '- 2 unit bagi setiap pencipta', '- Kos penghantaran: ditanggung oleh kami'],
};

function briefed(language: MessageLanguage, overrides: Partial<InvitationTerms> = {}): InvitationTerms {
  return completeTerms(language, { brief: BRIEF, sample: { quantity: 2, shipping: 'seller-ships', shippingPaidBy: 'seller' }, ...overrides });
}

describe('content brief and sample terms in the message', () => {
  it.each(MESSAGE_LANGUAGES)('%s: every brief and sample term is said, in the language', (language) => {
    const message = composeMessage(briefed(language));
    for (const line of EXPECTED[language]) expect(message.split('\n')).toContain(line);
    expect(message).toContain('#glowserum #skincare');
    expect(message).toContain('https://shop.tiktok.com/view/product/1729384756');
    expect(message).toContain('Texture on the back of the hand');
    expect(message).not.toMatch(/\{\w+\}/);
    expect(lintTerms(briefed(language), { scanner: testScanner, today: '2026-11-24' }).ready).toBe(true);
  });

  it.each(MESSAGE_LANGUAGES)('%s: without a brief, neither its heading nor its lines appear; without samples, no sample lines', (language) => {
    const withBrief = composeMessage(briefed(language)).split('\n');
    const heading = EXPECTED[language][0]!;
    const plain = composeMessage(completeTerms(language, { brief: emptyBrief(), freeSample: false })).split('\n');
    expect(withBrief).toContain(heading);
    expect(plain).not.toContain(heading);
    for (const line of EXPECTED[language].slice(-3)) expect(plain).not.toContain(line);
  });

  it('copy: the brief alone, inside "all as text", and in the Partner API message', () => {
    const terms = briefed('en');
    const brief = copyText('brief', terms);
    expect(brief.split('\n')[0]).toBe('Content brief:');
    expect(brief).toContain('- Hashtags: #glowserum #skincare');
    expect(brief).toContain('- Shipping: we ship the sample to you directly');
    expect(brief).not.toContain('Summer serum launch');
    expect(copyText('all', terms)).toContain(`Content brief and samples:\n${brief}`);
    expect(apiBody(terms).message).toContain('- Product link: https://shop.tiktok.com/view/product/1729384756');
    expect(composeBrief(completeTerms('en', { brief: emptyBrief(), freeSample: false }))).toBe('');
  });
});

describe('brief rules (zod, lib/invitations/brief-rules.ts)', () => {
  it('splits hashtags however they are typed', () => {
    expect(splitHashtags('glow, #skincare  ＃汤\n#a_b')).toEqual(['#glow', '#skincare', '#汤', '#a_b']);
  });

  it('refuses each broken field by name, beside the field', () => {
    const broken = completeTerms('en', {
      brief: { ...BRIEF, hashtags: '#ok #not-ok', productLink: 'http://shop.example.com', videoSeconds: 7200 },
      sample: { ...defaultSampleTerms(), quantity: 0 },
    });
    const lint = lintTerms(broken, { scanner: testScanner, today: '2026-11-24' });
    const invalid = lint.issues.filter((i) => i.kind === 'invalid-field');
    expect(invalid.map((i) => [i.field, i.params['value']])).toEqual([
      ['brief.hashtags', '#not-ok'],
      ['brief.productLink', 'http://shop.example.com'],
      // TikTok takes uploads of at most 60 minutes = 3,600 s (VIDEO_SECONDS_MAX).
      ['brief.videoSeconds', '7200'],
      ['sample.quantity', '0'],
    ]);
    expect(lint.ready).toBe(false);
  });

  it('takes https links, Unicode hashtags and 1 s to 60 min', () => {
    expect(briefProblems({ ...BRIEF, hashtags: '#护肤 #สกินแคร์ #làm_đẹp', videoSeconds: 3600 }, defaultSampleTerms())).toEqual([]);
    expect(briefProblems({ ...BRIEF, productLink: 'https://localhost' }, defaultSampleTerms()).map((p) => p.field)).toEqual(['brief.productLink']);
    expect(briefProblems({ ...BRIEF, productLink: 'javascript:alert(1)' }, defaultSampleTerms()).map((p) => p.field)).toEqual(['brief.productLink']);
  });

  it('a post-by date must not have passed, nor fall after the end date', () => {
    const lintOn = (postBy: string) => lintTerms(briefed('en', { brief: { ...BRIEF, postBy } }), { scanner: testScanner, today: '2026-11-24' });
    expect(lintOn('2026-11-23').issues.map((i) => i.id)).toContain('post-by-past');
    expect(lintOn('2027-01-01').issues.find((i) => i.id === 'post-by-after-end')?.field).toBe('brief.postBy');
    expect(lintOn('2026-12-31').ready).toBe(true);
  });

  it('sample terms are required where samples are given, and only there', () => {
    const missing = completeTerms('en', { sample: { quantity: null, shipping: null, shippingPaidBy: null } });
    const ids = lintTerms(missing, { scanner: testScanner, today: '2026-11-24' }).issues.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['missing-term:sampleQuantity', 'missing-term:sampleShipping', 'missing-term:shippingPaidBy']));
    expect(lintTerms({ ...missing, freeSample: false }, { scanner: testScanner, today: '2026-11-24' }).ready).toBe(true);
  });

  it('a set brief term the edited template leaves out is warned, not refused', () => {
    const withoutHashtags = TEMPLATES.en.body.split('\n').filter((line) => !line.includes('{hashtags}')).join('\n');
    const terms = briefed('en', { messageTemplate: withoutHashtags });
    const lint = lintTerms(terms, { scanner: testScanner, today: '2026-11-24' });
    expect(lint.issues.filter((i) => i.id === 'term-not-in-message:hashtags')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'messageTemplate' }),
    ]);
    expect(lint.ready).toBe(true);
  });
});

describe('every error has a field to stand beside', () => {
  it('a new draft: each of its errors names its field', () => {
    const lint = lintTerms(defaultTerms(), { scanner: testScanner, today: '2026-11-24' });
    const errors = lint.issues.filter((i) => i.severity === 'error');
    // The issue's count: a new draft opened with 7 errors (collaboration name, end date, products,
    // email, usage rights, breach handling, stop-loss).
    expect(errors).toHaveLength(7);
    expect(errors.map((i) => i.field)).toEqual(['collaborationName', 'endDate', 'products', 'sellerEmail', 'usageRights', 'breachAction', 'stopLossRoi']);
  });

  it('errors of products, flat fee and the template name theirs', () => {
    const terms = completeTerms('en', {
      products: [{ id: 'p1', name: '', commissionRate: 90, adsCommissionRate: 0.5 }],
      flatFee: { feeUsd: 5, promotionDays: 30, contentReview: true, editRounds: 9, adsAuthorization: false },
      messageTemplate: '{creator} {oops}',
    });
    const fields = lintTerms(terms, { scanner: testScanner, today: '2026-11-24' }).issues.filter((i) => i.severity === 'error').map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['products.0.commissionRate', 'products.0.adsCommissionRate', 'flatFee.feeUsd', 'flatFee.promotionDays', 'flatFee.editRounds', 'messageTemplate']));
    expect(fields.every((f) => typeof f === 'string')).toBe(true);
  });
});

describe('drafts stored before the brief', () => {
  const old = { id: 'd1', name: 'Old', createdAt: 1, updatedAt: 2, terms: completeTerms('en') } as Draft;
  const { brief: _brief, sample: _sample, ...oldTerms } = old.terms;
  const stored = { ...old, terms: oldTerms } as unknown as Draft;

  it('read with an empty brief and the default sample terms, and still parse from a backup', () => {
    expect(readStoredDraft(stored).terms.brief).toEqual(emptyBrief());
    expect(readStoredDraft(stored).terms.sample).toEqual(defaultSampleTerms());
    expect(DraftSchema.parse(stored).terms.brief).toEqual(emptyBrief());
    expect(lintTerms(readStoredDraft(stored).terms, { scanner: testScanner, today: '2026-11-24' }).ready).toBe(true);
  });
});
