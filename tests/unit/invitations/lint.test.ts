import { describe, expect, it } from 'vitest';
import { scanClaims } from '../../../lib/invitations/claim-scanner';
import { lintTerms } from '../../../lib/invitations/lint';
import { defaultTerms, MESSAGE_LANGUAGES, type MessageLanguage } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';
import { testScanner } from './test-scanner';

const ids = (terms: Parameters<typeof lintTerms>[0], extra: Partial<Parameters<typeof lintTerms>[1]> = {}) =>
  lintTerms(terms, { scanner: testScanner, today: '2026-11-24', ...extra }).issues.map((i) => i.id);

/** A banned claim in each language, typed by the merchant into the template. */
const CLAIMS: Record<MessageLanguage, string> = {
  'zh-CN': '全网最低',
  en: 'cheapest',
  id: 'terbaik',
  th: 'ดีที่สุด',
  vi: 'tốt nhất',
  ms: 'paling murah',
};

describe('lintTerms', () => {
  it.each(MESSAGE_LANGUAGES)('%s: complete terms with the default template are ready', (language) => {
    const result = lintTerms(completeTerms(language), { scanner: testScanner, today: '2026-11-24' });
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(result.ready).toBe(true);
  });

  it.each(MESSAGE_LANGUAGES)("%s: the app's own scanner finds nothing in the default template", (language) => {
    expect(scanClaims(lintTerms(completeTerms(language), { scanner: scanClaims }).message)).toEqual([]);
  });

  it.each(MESSAGE_LANGUAGES)('%s: a banned claim blocks the draft and is located in the message', (language) => {
    const claim = CLAIMS[language];
    const terms = completeTerms(language, { messageTemplate: `{creator} — ${claim}! {products}\n{videos} {postingWindowDays} {samplePostingDays} {reviewHours} {usage} {breach} {stopLossRoi} {disclosureTag} {email} {collaboration} {endDate}` });
    const result = lintTerms(terms, { scanner: testScanner });
    const hit = result.issues.find((i) => i.kind === 'banned-claim');
    expect(hit).toBeDefined();
    expect(result.message.slice(hit!.range!.start, hit!.range!.end)).toBe(claim);
    expect(hit!.params['phrase']).toBe(claim);
    expect(result.ready).toBe(false);
  });

  it.each([
    [0, 'commission-out-of-range:0'],
    [0.5, 'commission-out-of-range:0'],
    [80.5, 'commission-out-of-range:0'],
    [null, 'commission-out-of-range:0'],
    [41, 'commission-high:0'],
    [40, null],
    [1, null],
    [15, null],
  ])('beauty commission %s%% → %s', (rate, expected) => {
    const terms = completeTerms('en', { products: [{ id: '1', name: 'P', commissionRate: rate, adsCommissionRate: null }] });
    const found = ids(terms).filter((id) => id.startsWith('commission'));
    expect(found).toEqual(expected ? [expected] : []);
  });

  it.each([
    ['electronics', 26, true],
    ['electronics', 25, false],
    ['supplements', 41, true],
    [null, 41, true],
    [null, 39, false],
    ['digital', 60, false],
  ])('category %s at %s%% warned: %s', (category, rate, warned) => {
    const terms = completeTerms('en', { category, products: [{ id: '1', name: 'P', commissionRate: rate, adsCommissionRate: null }] });
    const result = lintTerms(terms, { scanner: testScanner });
    expect(result.issues.some((i) => i.kind === 'commission-high')).toBe(warned);
    expect(result.ready).toBe(true);
  });

  it('refuses an ads commission outside 1–80 %', () => {
    const terms = completeTerms('en', { products: [{ id: '1', name: 'P', commissionRate: 10, adsCommissionRate: 90 }] });
    expect(ids(terms)).toContain('ads-commission-out-of-range:0');
  });

  it('lists every missing term of a new draft', () => {
    const missing = ids(defaultTerms('en')).filter((id) => id.startsWith('missing-term:'));
    expect(missing.sort()).toEqual(
      ['breachAction', 'collaborationName', 'endDate', 'products', 'sellerEmail', 'stopLoss', 'usageRights'].map((t) => `missing-term:${t}`).sort(),
    );
  });

  it.each([
    [{ videos: 0, lives: 0 }, 'missing-term:content'],
    [{ postingWindowDays: null }, 'missing-term:postingWindowDays'],
    [{ samplePostingDays: null }, 'missing-term:samplePostingDays'],
    [{ reviewHours: null }, 'missing-term:reviewHours'],
    [{ usageRights: 'organic' as const, usageDays: null }, 'missing-term:usageRights'],
    [{ disclosure: false }, 'missing-term:disclosure'],
    [{ stopLossRoi: 0 }, 'missing-term:stopLoss'],
    [{ sellerEmail: 'not-an-email' }, 'invalid-email'],
    [{ endDate: '2026-01-01' }, 'end-date-past'],
  ])('%o → %s', (overrides, expected) => {
    expect(ids(completeTerms('en', overrides))).toContain(expected);
  });

  it('does not ask for a sample deadline when there is no free sample', () => {
    expect(ids(completeTerms('en', { freeSample: false, samplePostingDays: null }))).not.toContain('missing-term:samplePostingDays');
  });

  it('warns when a set term has no place in an edited template', () => {
    const terms = completeTerms('en', { messageTemplate: 'Hi {creator}, {products}' });
    const found = ids(terms);
    expect(found).toContain('term-not-in-message:stopLoss');
    expect(found).toContain('term-not-in-message:reviewHours');
    expect(lintTerms(terms, { scanner: testScanner }).ready).toBe(true);
  });

  it('refuses unknown placeholders', () => {
    expect(ids(completeTerms('en', { messageTemplate: '{creator} {vidoes}' }))).toContain('unknown-placeholder:vidoes');
  });

  it.each([
    [{ feeUsd: 19, promotionDays: 120, contentReview: true, editRounds: 1, adsAuthorization: false }, 'flat-fee-out-of-range'],
    [{ feeUsd: 10_001, promotionDays: 120, contentReview: true, editRounds: 1, adsAuthorization: false }, 'flat-fee-out-of-range'],
    [{ feeUsd: 300, promotionDays: 119, contentReview: true, editRounds: 1, adsAuthorization: false }, 'promotion-out-of-range'],
    [{ feeUsd: 300, promotionDays: 366, contentReview: true, editRounds: 1, adsAuthorization: false }, 'promotion-out-of-range'],
    [{ feeUsd: 300, promotionDays: 200, contentReview: true, editRounds: 4, adsAuthorization: false }, 'edit-rounds-out-of-range'],
  ])('flat fee %o → %s', (flatFee, expected) => {
    expect(ids(completeTerms('en', { flatFee }))).toContain(expected);
  });

  it('a flat-fee invitation takes one product and covers videos only', () => {
    const flatFee = { feeUsd: 300, promotionDays: 180, contentReview: false, editRounds: null, adsAuthorization: false };
    const two = [
      { id: '1', name: 'A', commissionRate: 10, adsCommissionRate: null },
      { id: '2', name: 'B', commissionRate: 10, adsCommissionRate: null },
    ];
    expect(ids(completeTerms('en', { flatFee, products: two }))).toContain('flat-fee-one-product');
    const live = lintTerms(completeTerms('en', { flatFee, lives: 1 }), { scanner: testScanner });
    expect(live.issues.find((i) => i.id === 'flat-fee-video-only')?.severity).toBe('warning');
    expect(live.ready).toBe(true);
  });

  it('accepts the flat-fee bounds', () => {
    for (const [feeUsd, promotionDays] of [[20, 120], [10_000, 365]] as const) {
      const terms = completeTerms('en', { flatFee: { feeUsd, promotionDays, contentReview: true, editRounds: 3, adsAuthorization: true } });
      expect(lintTerms(terms, { scanner: testScanner }).ready).toBe(true);
    }
  });

  it('announces batches above 50 creators and 100 products', () => {
    const products = Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, commissionRate: 10, adsCommissionRate: null }));
    const result = lintTerms(completeTerms('en', { products }), { scanner: testScanner, creatorCount: 120 });
    const product = result.issues.find((i) => i.id === 'product-batches');
    const creator = result.issues.find((i) => i.id === 'creator-batches');
    expect(product?.params).toMatchObject({ count: 101, batches: 2 });
    expect(creator?.params).toMatchObject({ count: 120, batches: 6 });
    expect(result.ready).toBe(true);
  });

  it('always reports the message length (the backend limit is not published)', () => {
    const result = lintTerms(completeTerms('en'), { scanner: testScanner });
    expect(result.issues.find((i) => i.id === 'message-length')?.params).toEqual({ length: result.message.length, limit: '?' });
  });

  it('gives every issue a unique id, errors first', () => {
    const result = lintTerms(defaultTerms('zh-CN'), { scanner: testScanner });
    const all = result.issues.map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    const ranks = result.issues.map((i) => ({ error: 0, warning: 1, info: 2 })[i.severity]);
    expect(ranks).toEqual([...ranks].sort());
  });
});
