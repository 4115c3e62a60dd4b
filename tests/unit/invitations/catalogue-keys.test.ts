import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../lib/i18n';
import { CATEGORIES } from '../../../lib/invitations/commission-ranges';
import { COPY_FIELDS } from '../../../lib/invitations/copy-formats';
import { lintTerms } from '../../../lib/invitations/lint';
import { BreachActionSchema, defaultTerms, emptyBrief, MESSAGE_LANGUAGES, SampleShippingSchema, ShippingPayerSchema, UsageRightsSchema } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';
import { testScanner } from './test-scanner';

/** Keys the invitations UI builds at run time must all be in the catalogue. */
describe('invitation UI texts', () => {
  const kinds = new Set<string>();
  const terms = new Set<string>();
  const fields = new Set<string>();
  const probes = [
    defaultTerms(),
    completeTerms('en', { messageTemplate: '{creator} cheapest {oops}', sellerEmail: 'x', endDate: '2020-01-01' }),
    completeTerms('en', {
      products: Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, name: '', commissionRate: i === 0 ? 90 : 50, adsCommissionRate: 99 })),
      flatFee: { feeUsd: 1, promotionDays: 1, contentReview: true, editRounds: 9, adsAuthorization: false },
      videos: 0,
      lives: 0,
      disclosure: false,
    }),
    // Every brief and sample rule broken, and a template that says none of them.
    completeTerms('en', {
      messageTemplate: '{creator} {collaboration} {products} {endDate} {email}',
      brief: { sellingPoints: 'Glow', mustShow: 'Texture', hashtags: '#ok not-a-tag', productLink: 'http://shop', videoSeconds: 99_999, postBy: '2020-01-01' },
      sample: { quantity: 0, shipping: null, shippingPaidBy: null },
    }),
    completeTerms('en', { brief: { ...emptyBrief(), postBy: '2027-02-01' }, sample: { quantity: 1, shipping: 'seller-ships', shippingPaidBy: null } }),
    completeTerms('en', {
      lives: 2,
      flatFee: { feeUsd: 300, promotionDays: 180, contentReview: false, editRounds: null, adsAuthorization: false },
    }),
  ];
  for (const probe of probes) {
    for (const issue of lintTerms(probe, { scanner: testScanner, today: '2026-11-24', creatorCount: 51 }).issues) {
      kinds.add(issue.kind);
      if (typeof issue.params['term'] === 'string') terms.add(issue.params['term']);
      if (issue.kind === 'invalid-field') fields.add(String(issue.params['field']));
    }
  }

  const keys = [
    ...[...kinds].map((k) => `inv.lint.${k}`),
    ...[...terms].map((k) => `inv.term.${k}`),
    ...[...fields].map((f) => `inv.lint.invalid-field.${f}`),
    ...SampleShippingSchema.options.map((v) => `inv.shipping.${v}`),
    ...ShippingPayerSchema.options.map((v) => `inv.shippingPaidBy.${v}`),
    ...CATEGORIES.map((c) => `inv.category.${c}`),
    ...MESSAGE_LANGUAGES.map((l) => `inv.language.${l}`),
    ...COPY_FIELDS.map((f) => `inv.copy.${f}`),
    ...UsageRightsSchema.options.map((u) => `inv.usage.${u}`),
    ...BreachActionSchema.options.map((b) => `inv.breach.${b}`),
    ...['error', 'warning', 'info'].map((s) => `inv.severity.${s}`),
    ...['saved', 'pending', 'saving'].map((s) => `inv.save.${s}`),
  ];

  it('the probes reach every lint kind', () => {
    // 17 kinds before the brief, + invalid-field, post-by-past, post-by-after-end (lint.ts LintKind).
    expect(kinds.size).toBe(20);
    // 12 required terms, 3 sample terms, 6 brief terms (lint.ts REQUIRED and BRIEF_TERMS).
    expect(terms.size).toBe(21);
    // brief.hashtags, brief.productLink, brief.videoSeconds, sample.quantity (brief-rules.ts).
    expect(fields.size).toBe(4);
  });

  it.each(keys)('%s is in the catalogue', (key) => {
    expect(isMessageKey(key)).toBe(true);
  });
});
