import type { Transaction } from 'dexie';
import * as z from 'zod/mini';

/*
 * Version 2 → 3: every invitation draft gets complete, typed terms and a name. A frozen copy of the
 * terms' shape and defaults as this upgrade writes them: the live schema (lib/invitations/terms.ts)
 * may grow, but what an old database becomes on its way to version 3 must not change with it
 * (later versions add their own upgrade instead).
 */

const Count = z.nullable(z.number().check(z.int(), z.nonnegative()));
const Rate = z.nullable(z.number().check(z.nonnegative()));

const TermsV3 = z.object({
  isTemplate: z.boolean(),
  collaborationName: z.string().check(z.maxLength(200)),
  endDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  products: z
    .array(z.object({ id: z.string().check(z.maxLength(64)), name: z.string().check(z.maxLength(200)), commissionRate: Rate, adsCommissionRate: Rate }))
    .check(z.maxLength(1000)),
  freeSample: z.boolean(),
  autoApproveSamples: z.boolean(),
  sellerEmail: z.string().check(z.maxLength(200)),
  category: z.nullable(z.string().check(z.maxLength(40))),
  language: z.enum(['zh-CN', 'en', 'id', 'th', 'vi', 'ms']),
  messageTemplate: z.nullable(z.string().check(z.maxLength(10_000))),
  videos: Count,
  lives: Count,
  postingWindowDays: Count,
  samplePostingDays: Count,
  reviewHours: Count,
  usageRights: z.nullable(z.enum(['none', 'organic', 'organic-and-ads'])),
  usageDays: Count,
  breachAction: z.nullable(z.enum(['pay-sample-cost', 'return-sample', 'end-collaboration'])),
  stopLossRoi: Rate,
  stopLossConsecutive: Count,
  disclosure: z.boolean(),
  flatFee: z.nullable(
    z.object({ feeUsd: Rate, promotionDays: Count, contentReview: z.boolean(), editRounds: Count, adsAuthorization: z.boolean() }),
  ),
});

const DEFAULT_TERMS_V3 = {
  isTemplate: false,
  collaborationName: '',
  endDate: null,
  products: [],
  freeSample: true,
  autoApproveSamples: false,
  sellerEmail: '',
  category: null,
  language: 'en',
  messageTemplate: null,
  videos: 1,
  lives: 0,
  postingWindowDays: 30,
  samplePostingDays: 14,
  reviewHours: 48,
  usageRights: null,
  usageDays: null,
  breachAction: null,
  stopLossRoi: null,
  stopLossConsecutive: 2,
  disclosure: true,
  flatFee: null,
} as const;

/** Stored terms as version 3 keeps them: valid terms as they are, else the defaults with every valid field kept. */
export function repairTermsV3(stored: unknown): z.infer<typeof TermsV3> {
  const parsed = TermsV3.safeParse(stored);
  if (parsed.success) return parsed.data;
  const out: Record<string, unknown> = structuredClone({ ...DEFAULT_TERMS_V3 });
  if (stored && typeof stored === 'object') {
    const shape = TermsV3.def.shape as Record<string, z.ZodMiniType>;
    for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
      if (shape[key]?.safeParse(value).success) out[key] = value;
    }
  }
  return TermsV3.parse(out);
}

export function upgradeDraftsToV3(tx: Transaction) {
  return tx
    .table('invitationDrafts')
    .toCollection()
    .modify((draft: Record<string, unknown>) => {
      draft['terms'] = repairTermsV3(draft['terms']);
      if (typeof draft['name'] !== 'string') draft['name'] = '';
    });
}
