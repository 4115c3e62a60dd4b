import { defaultTerms, type InvitationTerms, type MessageLanguage } from '../../../lib/invitations/terms';

/** Complete terms: every term the seed article insists on is set. */
export function completeTerms(language: MessageLanguage = 'en', overrides: Partial<InvitationTerms> = {}): InvitationTerms {
  return {
    ...defaultTerms(language),
    collaborationName: 'Summer serum launch',
    endDate: '2026-12-31',
    products: [{ id: '1729384756', name: 'Glow Serum 30ml', commissionRate: 15, adsCommissionRate: null }],
    sellerEmail: 'shop@example.com',
    category: 'beauty',
    videos: 2,
    lives: 0,
    usageRights: 'organic-and-ads',
    usageDays: 90,
    breachAction: 'pay-sample-cost',
    stopLossRoi: 1.5,
    stopLossConsecutive: 2,
    ...overrides,
  };
}
