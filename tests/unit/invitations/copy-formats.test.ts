import { describe, expect, it } from 'vitest';
import { planBatches } from '../../../lib/invitations/batching';
import { apiBody, copyText, endTimeSeconds, toApiRate } from '../../../lib/invitations/copy-formats';
import { draftToJson, DraftSchema, newDraft, parseDraftJson } from '../../../lib/invitations/draft';
import { defaultTerms, MESSAGE_LANGUAGES, repairTerms } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';

describe('copy formats', () => {
  it.each([
    [15, 1500],
    [1, 100],
    [80, 8000],
    [12.5, 1250],
    [0.07 * 100, 700],
  ])('%s%% is %s hundredths of a percent', (percent, api) => {
    expect(toApiRate(percent)).toBe(api);
  });

  it('ends the end date at 23:59:59 in the shop time zone', () => {
    expect(endTimeSeconds('2026-12-31')).toBe(Date.UTC(2026, 11, 31, 23, 59, 59) / 1000);
    expect(endTimeSeconds('2026-12-31', 420)).toBe(Date.UTC(2026, 11, 31, 16, 59, 59) / 1000);
  });

  it('builds the Partner API body', () => {
    const terms = completeTerms('id', { autoApproveSamples: true });
    const body = apiBody(terms, { creatorOpenIds: ['open-1'] });
    expect(body).toEqual({
      name: 'Summer serum launch',
      message: expect.stringContaining('Halo Kak,'),
      end_time: String(Date.UTC(2026, 11, 31, 23, 59, 59) / 1000),
      products: [{ id: '1729384756', target_commission_rate: 1500 }],
      creator_user_open_ids: ['open-1'],
      seller_contact_info: { email: 'shop@example.com' },
      free_sample_rule: { has_free_sample: true, is_sample_approval_exempt: true },
    });
    expect(JSON.parse(copyText('api', terms))).toMatchObject({ end_time: body.end_time, creator_user_open_ids: [] });
  });

  it('never exempts approval when there is no free sample', () => {
    const body = apiBody(completeTerms('en', { freeSample: false, autoApproveSamples: true }));
    expect(body.free_sample_rule).toEqual({ has_free_sample: false, is_sample_approval_exempt: false });
  });

  it('copies each field and all of them as text', () => {
    const terms = completeTerms('en', {
      products: [
        { id: '1', name: 'A', commissionRate: 15, adsCommissionRate: 5 },
        { id: '2', name: 'B', commissionRate: 10, adsCommissionRate: null },
      ],
    });
    expect(copyText('name', terms)).toBe('Summer serum launch');
    expect(copyText('productIds', terms)).toBe('1\n2');
    expect(copyText('commission', terms)).toBe('1\t15%\tAds 5%\n2\t10%');
    expect(copyText('email', terms)).toBe('shop@example.com');
    expect(copyText('endDate', terms)).toBe('2026-12-31');
    expect(copyText('freeSample', terms)).toBe('on / auto-approve off');
    const all = copyText('all', terms, { labels: { name: '邀约名称' } });
    expect(all).toContain('邀约名称:\nSummer serum launch');
    expect(all).toContain(copyText('message', terms));
  });
});

describe('batches', () => {
  it.each([
    [0, 1, []],
    [1, 1, [1]],
    [50, 1, [50]],
    [51, 1, [50, 1]],
    [120, 1, [50, 50, 20]],
    [2, 101, [2, 2]],
  ])('%s creators × %s products → creator counts %o', (creators, products, sizes) => {
    const handles = Array.from({ length: creators }, (_, i) => `c${i}`);
    const productIds = Array.from({ length: products }, (_, i) => `p${i}`);
    const batches = planBatches(handles, productIds);
    expect(batches.map((b) => b.handles.length)).toEqual(sizes);
    expect(batches.every((b) => b.productIds.length <= 100 && b.handles.length <= 50)).toBe(true);
    expect(batches.map((b) => b.index)).toEqual(sizes.map((_, i) => i + 1));
  });

  it('sends a creator once even when selected twice', () => {
    expect(planBatches(['a', 'b', 'a'], ['p'])).toEqual([{ index: 1, handles: ['a', 'b'], productIds: ['p'] }]);
  });
});

describe('draft JSON', () => {
  it.each(MESSAGE_LANGUAGES)('%s: a draft round-trips through JSON and the zod schema', (language) => {
    const draft = newDraft('d1', 'Serum', Date.UTC(2026, 10, 24), language, completeTerms(language, {
      flatFee: { feeUsd: 300, promotionDays: 180, contentReview: true, editRounds: 2, adsAuthorization: true },
      messageTemplate: 'Hi {creator} 你好 ✓',
    }));
    const parsed = parseDraftJson(draftToJson(draft));
    expect(parsed).toEqual(draft);
    expect(DraftSchema.parse(parsed)).toEqual(draft);
  });

  it('a new draft round-trips too', () => {
    const draft = newDraft('d2', '', 1);
    expect(parseDraftJson(draftToJson(draft))).toEqual(draft);
  });

  it('refuses a draft whose commission is not a number', () => {
    const bad = JSON.parse(draftToJson(newDraft('d3', 'x', 1, 'en', completeTerms())));
    bad.terms.products[0].commissionRate = '15';
    expect(() => parseDraftJson(JSON.stringify(bad))).toThrow();
  });

  it('repairs stored terms: keeps valid fields, fills the rest with defaults', () => {
    expect(repairTerms({})).toEqual(defaultTerms());
    expect(repairTerms(null)).toEqual(defaultTerms());
    const repaired = repairTerms({ collaborationName: 'Old', videos: 'three', language: 'th' });
    expect(repaired).toEqual({ ...defaultTerms(), collaborationName: 'Old', language: 'th' });
  });
});
