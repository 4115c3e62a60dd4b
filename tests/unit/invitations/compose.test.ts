import { describe, expect, it } from 'vitest';
import { composeMessage, unknownPlaceholders } from '../../../lib/invitations/compose';
import { TEMPLATES } from '../../../lib/invitations/templates';
import { marketLanguage, MESSAGE_LANGUAGES, type MessageLanguage } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';

/** Per language: what the complete terms must put in the message (numbers, names, localised phrases). */
const EXPECTED: Record<MessageLanguage, { greeting: string; generic: string; product: string; phrases: string[] }> = {
  'zh-CN': { product: 'Glow Serum 30ml（佣金 15%）', greeting: '@lina.beauty你好！', generic: '达人你好！', phrases: ['发布 2 条带货短视频', '收到样品后 14 天内发布', '48 小时内反馈', '期限 90 天', '需承担样品费用', '连续 2 条视频或直播 ROI 低于 1.5', '#广告'] },
  en: { product: 'Glow Serum 30ml (15%)', greeting: 'Hi @lina.beauty,', generic: 'Hi there,', phrases: ['2 short video(s)', 'within 14 days of receiving it', 'within 48 hours', 'as ads for 90 days', 'the sample cost is charged back', 'If 2 videos or LIVEs in a row return an ROI below 1.5', '#ad'] },
  id: { product: 'Glow Serum 30ml (komisi 15%)', greeting: 'Halo @lina.beauty,', generic: 'Halo Kak,', phrases: ['2 video pendek', 'dalam 14 hari setelah sampel diterima', 'dalam 48 jam', 'selama 90 hari', 'biaya sampel ditagihkan kembali', 'ROI di bawah 1.5', '#iklan'] },
  th: { product: 'Glow Serum 30ml (ค่าคอมมิชชัน 15%)', greeting: 'สวัสดีค่ะ @lina.beauty', generic: 'สวัสดีค่ะ ครีเอเตอร์', phrases: ['วิดีโอสั้น 2 คลิป', 'ภายใน 14 วันหลังได้รับสินค้า', 'ภายใน 48 ชั่วโมง', 'เป็นเวลา 90 วัน', 'เรียกเก็บค่าสินค้าตัวอย่างคืน', 'ROI ต่ำกว่า 1.5', '#โฆษณา'] },
  vi: { product: 'Glow Serum 30ml (hoa hồng 15%)', greeting: 'Chào @lina.beauty,', generic: 'Chào bạn,', phrases: ['2 video ngắn', 'trong vòng 14 ngày sau khi nhận mẫu', 'trong 48 giờ', 'trong 90 ngày', 'bạn hoàn lại chi phí mẫu', 'ROI dưới 1.5', '#quangcao'] },
  ms: { product: 'Glow Serum 30ml (komisen 15%)', greeting: 'Hai @lina.beauty,', generic: 'Hai anda,', phrases: ['2 video pendek', 'dalam masa 14 hari selepas menerima sampel', 'dalam masa 48 jam', 'selama 90 hari', 'kos sampel dicaj semula', 'ROI di bawah 1.5', '#iklan'] },
};

describe('composeMessage', () => {
  it.each(MESSAGE_LANGUAGES)('%s: fills every term and the handle', (language) => {
    const expected = EXPECTED[language];
    const message = composeMessage(completeTerms(language), { creatorHandle: 'lina.beauty' });
    expect(message.startsWith(expected.greeting)).toBe(true);
    for (const phrase of expected.phrases) expect(message).toContain(phrase);
    expect(message).toContain('Summer serum launch');
    expect(message).toContain(expected.product);
    expect(message).toContain('2026-12-31');
    expect(message).toContain('shop@example.com');
    expect(message).not.toMatch(/\{\w+\}/);
  });

  it.each(MESSAGE_LANGUAGES)('%s: a message for several creators greets them generically', (language) => {
    expect(composeMessage(completeTerms(language)).startsWith(EXPECTED[language].generic)).toBe(true);
  });

  it.each(MESSAGE_LANGUAGES)('%s: leaves out lines of unset terms (no LIVE, no flat fee, no sample)', (language) => {
    const message = composeMessage(completeTerms(language, { freeSample: false }));
    expect(message).not.toContain(' 0 ');
    expect(message).not.toContain('14');
    expect(message).not.toContain('USD');
    expect(message).not.toContain('{');
  });

  it.each(MESSAGE_LANGUAGES)('%s: the flat-fee variant adds fee, period and edit rounds', (language) => {
    const terms = completeTerms(language, {
      flatFee: { feeUsd: 300, promotionDays: 180, contentReview: true, editRounds: 3, adsAuthorization: true },
    });
    const message = composeMessage(terms);
    expect(message).toMatch(/300 (USD|美元)/);
    expect(message).toContain('180');
    expect(message).toMatch(/\b3\b/);
  });

  it.each(MESSAGE_LANGUAGES)('%s: the default template uses only known placeholders', (language) => {
    expect(unknownPlaceholders(TEMPLATES[language].body)).toEqual([]);
  });

  it("uses the merchant's edited template, keeping unknown placeholders visible", () => {
    const terms = completeTerms('en', { messageTemplate: 'Hey {creator}! {videos} videos for {products}. {oops}\nLives: {lives}' });
    expect(composeMessage(terms, { creatorHandle: 'a.b' })).toBe('Hey @a.b! 2 videos for Glow Serum 30ml (15%). {oops}');
  });

  it('names products by id when they have no name and shows the ads commission', () => {
    const terms = completeTerms('en', {
      messageTemplate: '{products}',
      products: [
        { id: '111', name: '', commissionRate: 12.5, adsCommissionRate: 5 },
        { id: '222', name: 'Mask', commissionRate: 10, adsCommissionRate: null },
      ],
    });
    expect(composeMessage(terms)).toBe('111 (12.5%, Ads 5%); Mask (10%)');
  });

  it('writes the rates in the message language: zh-CN says 佣金 and 广告佣金, not "Ads" (issue 17)', () => {
    const terms = completeTerms('zh-CN', {
      messageTemplate: '{products}',
      products: [
        { id: '111', name: '精华液', commissionRate: 20, adsCommissionRate: 10 },
        { id: '222', name: '面膜', commissionRate: 15, adsCommissionRate: null },
      ],
    });
    expect(composeMessage(terms)).toBe('精华液（佣金 20%，广告佣金 10%）；面膜（佣金 15%）');
  });
});

describe('marketLanguage', () => {
  it.each([
    ['ID', 'id'],
    ['TH', 'th'],
    ['VN', 'vi'],
    ['MY', 'ms'],
    ['PH', 'en'],
    ['SG', 'en'],
    ['GB', 'en'],
    ['US', 'en'],
    [null, 'zh-CN'],
  ] as const)('%s → %s', (market, language) => {
    expect(marketLanguage(market, 'zh-CN')).toBe(language);
  });
});
