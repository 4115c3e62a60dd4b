import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../../lib/invitations/compose';
import { draftToJson, parseDraftJson, type Draft } from '../../../lib/invitations/draft';
import { BreachActionSchema, MESSAGE_LANGUAGES, SampleShippingSchema, ShippingPayerSchema, UsageRightsSchema, type InvitationTerms } from '../../../lib/invitations/terms';

const count = fc.option(fc.nat({ max: 10_000 }), { nil: null });
const rate = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
const date = fc.option(
  fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

const terms: fc.Arbitrary<InvitationTerms> = fc.record({
  isTemplate: fc.boolean(),
  collaborationName: fc.string({ maxLength: 200 }),
  endDate: date,
  products: fc.array(
    fc.record({ id: fc.string({ maxLength: 64 }), name: fc.string({ maxLength: 200 }), commissionRate: rate, adsCommissionRate: rate }),
    { maxLength: 5 },
  ),
  freeSample: fc.boolean(),
  autoApproveSamples: fc.boolean(),
  sellerEmail: fc.string({ maxLength: 200 }),
  category: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
  language: fc.constantFrom(...MESSAGE_LANGUAGES),
  messageTemplate: fc.option(fc.string({ maxLength: 500 }), { nil: null }),
  videos: count,
  lives: count,
  postingWindowDays: count,
  samplePostingDays: count,
  reviewHours: count,
  usageRights: fc.option(fc.constantFrom(...UsageRightsSchema.options), { nil: null }),
  usageDays: count,
  breachAction: fc.option(fc.constantFrom(...BreachActionSchema.options), { nil: null }),
  stopLossRoi: rate,
  stopLossConsecutive: count,
  disclosure: fc.boolean(),
  flatFee: fc.option(
    fc.record({ feeUsd: rate, promotionDays: count, contentReview: fc.boolean(), editRounds: count, adsAuthorization: fc.boolean() }),
    { nil: null },
  ),
  brief: fc.record({
    sellingPoints: fc.string({ maxLength: 200 }),
    mustShow: fc.string({ maxLength: 200 }),
    hashtags: fc.string({ maxLength: 100 }),
    productLink: fc.string({ maxLength: 100 }),
    videoSeconds: count,
    postBy: date,
  }),
  sample: fc.record({
    quantity: count,
    shipping: fc.option(fc.constantFrom(...SampleShippingSchema.options), { nil: null }),
    shippingPaidBy: fc.option(fc.constantFrom(...ShippingPayerSchema.options), { nil: null }),
  }),
});

const draft: fc.Arbitrary<Draft> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  name: fc.string({ maxLength: 200 }),
  createdAt: fc.nat(),
  updatedAt: fc.nat(),
  terms,
});

describe('drafts, for any terms', () => {
  it('serialise → parse with the zod schema → equal', () => {
    fc.assert(fc.property(draft, (d) => {
          expect(parseDraftJson(draftToJson(d))).toEqual(d);
        }), { numRuns: 300 });
  });

  it('compose a message without throwing, and without placeholders of unset terms', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const message = composeMessage({ ...t, messageTemplate: null });
        expect(message).not.toMatch(/\{(videos|lives|usage|breach|email|endDate)\}/);
      }),
      { numRuns: 300 },
    );
  });
});
