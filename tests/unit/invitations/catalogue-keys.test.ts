import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../lib/i18n';
import { CATEGORIES } from '../../../lib/invitations/commission-ranges';
import { COPY_FIELDS } from '../../../lib/invitations/copy-formats';
import { lintTerms } from '../../../lib/invitations/lint';
import { BreachActionSchema, defaultTerms, MESSAGE_LANGUAGES, UsageRightsSchema } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';
import { testScanner } from './test-scanner';

/** Keys the invitations UI builds at run time must all be in the catalogue. */
describe('invitation UI texts', () => {
  const kinds = new Set<string>();
  const terms = new Set<string>();
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
    completeTerms('en', {
      lives: 2,
      flatFee: { feeUsd: 300, promotionDays: 180, contentReview: false, editRounds: null, adsAuthorization: false },
    }),
  ];
  for (const probe of probes) {
    for (const issue of lintTerms(probe, { scanner: testScanner, today: '2026-11-24', creatorCount: 51 }).issues) {
      kinds.add(issue.kind);
      if (typeof issue.params['term'] === 'string') terms.add(issue.params['term']);
    }
  }

  const keys = [
    ...[...kinds].map((k) => `inv.lint.${k}`),
    ...[...terms].map((k) => `inv.term.${k}`),
    ...CATEGORIES.map((c) => `inv.category.${c}`),
    ...MESSAGE_LANGUAGES.map((l) => `inv.language.${l}`),
    ...COPY_FIELDS.map((f) => `inv.copy.${f}`),
    ...UsageRightsSchema.options.map((u) => `inv.usage.${u}`),
    ...BreachActionSchema.options.map((b) => `inv.breach.${b}`),
    ...['error', 'warning', 'info'].map((s) => `inv.severity.${s}`),
    ...['saved', 'pending', 'saving'].map((s) => `inv.save.${s}`),
  ];

  it('the probes reach every lint kind', () => {
    expect(kinds.size).toBe(17);
    expect(terms.size).toBe(12);
  });

  it.each(keys)('%s is in the catalogue', (key) => {
    expect(isMessageKey(key)).toBe(true);
  });
});
