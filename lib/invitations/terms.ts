import * as z from 'zod/mini';

/** Languages an invitation message can be written in (the creator's market language). */
export const MESSAGE_LANGUAGES = ['zh-CN', 'en', 'id', 'th', 'vi', 'ms'] as const;
export const MessageLanguageSchema = z.enum(MESSAGE_LANGUAGES);
export type MessageLanguage = z.infer<typeof MessageLanguageSchema>;

/** Backend limits (PRODUCT.md §5, research/market.md "Partner API" and "Flat-fee"). */
export const LIMITS = {
  commissionMin: 1,
  commissionMax: 80,
  creatorsPerInvitation: 50,
  productsPerInvitation: 100,
  flatFeeMinUsd: 20,
  flatFeeMaxUsd: 10_000,
  promotionMinDays: 120,
  promotionMaxDays: 365,
  editRoundsMax: 3,
  /** Flat-fee invitations take one product and pay for videos only. */
  flatFeeProducts: 1,
  /** Not published anywhere we found; the length is shown without a limit while this is null. */
  messageMaxChars: null as number | null,
} as const;

export const BreachActionSchema = z.enum(['pay-sample-cost', 'return-sample', 'end-collaboration']);
export type BreachAction = z.infer<typeof BreachActionSchema>;

export const UsageRightsSchema = z.enum(['none', 'organic', 'organic-and-ads']);
export type UsageRights = z.infer<typeof UsageRightsSchema>;

/**
 * How samples reach the creator: the Affiliate Center's free-sample request (the creator asks, the
 * seller approves and ships), shipped by the seller directly, or bought by the creator and refunded.
 */
export const SampleShippingSchema = z.enum(['sample-request', 'seller-ships', 'buy-and-refund']);
export type SampleShipping = z.infer<typeof SampleShippingSchema>;

/** Who pays the sample's shipping. */
export const ShippingPayerSchema = z.enum(['seller', 'creator']);
export type ShippingPayer = z.infer<typeof ShippingPayerSchema>;

const Count = z.nullable(z.number().check(z.int(), z.nonnegative()));
const Rate = z.nullable(z.number().check(z.nonnegative()));
const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * What the content should say and show. No backend field takes it: it travels in the message.
 * Stored as typed, half-written values included; `lib/invitations/brief-rules.ts` says what is valid.
 */
export const ContentBriefSchema = z.object({
  /** One selling point per line. */
  sellingPoints: z.string().check(z.maxLength(2000)),
  /** What the video must show, one item per line. */
  mustShow: z.string().check(z.maxLength(2000)),
  /** Hashtags as typed ("#glow #skincare" or "glow, skincare"). */
  hashtags: z.string().check(z.maxLength(500)),
  productLink: z.string().check(z.maxLength(2000)),
  /** Length of each video, seconds. */
  videoSeconds: Count,
  /** Last day to post, `YYYY-MM-DD`; null = not set. */
  postBy: z.nullable(Day),
});
export type ContentBrief = z.infer<typeof ContentBriefSchema>;

/** Samples: how many, how they ship, who pays the shipping. Travels in the message. */
export const SampleTermsSchema = z.object({
  quantity: Count,
  shipping: z.nullable(SampleShippingSchema),
  shippingPaidBy: z.nullable(ShippingPayerSchema),
});
export type SampleTerms = z.infer<typeof SampleTermsSchema>;

export function emptyBrief(): ContentBrief {
  return { sellingPoints: '', mustShow: '', hashtags: '', productLink: '', videoSeconds: null, postBy: null };
}

/** One unit through the Affiliate Center's sample request, shipping paid by the seller. */
export function defaultSampleTerms(): SampleTerms {
  return { quantity: 1, shipping: 'sample-request', shippingPaidBy: 'seller' };
}

export const ProductTermSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  name: z.string().check(z.maxLength(200)),
  /** Percent of GMV, 1–80 in the backend (the API unit is hundredths: 1500 = 15 %). */
  commissionRate: Rate,
  /** Shop Ads commission, percent; null = not offered. */
  adsCommissionRate: Rate,
});
export type ProductTerm = z.infer<typeof ProductTermSchema>;

export const FlatFeeSchema = z.object({
  feeUsd: Rate,
  promotionDays: Count,
  contentReview: z.boolean(),
  editRounds: Count,
  adsAuthorization: z.boolean(),
});
export type FlatFee = z.infer<typeof FlatFeeSchema>;

/**
 * Everything a Target collaboration invitation says. Backend fields first; the rest has no field
 * in the backend and travels in the message (PRODUCT.md §5, the seed article's pitfalls P3–P9).
 */
export const InvitationTermsSchema = z.object({
  isTemplate: z.boolean(),
  collaborationName: z.string().check(z.maxLength(200)),
  /** Last day of the collaboration, `YYYY-MM-DD`; null = not set. */
  endDate: z.nullable(Day),
  products: z.array(ProductTermSchema).check(z.maxLength(1000)),
  freeSample: z.boolean(),
  autoApproveSamples: z.boolean(),
  sellerEmail: z.string().check(z.maxLength(200)),
  /** Category key of the commission benchmarks (commission-ranges.ts); null = unknown. */
  category: z.nullable(z.string().check(z.maxLength(40))),
  language: MessageLanguageSchema,
  /** The merchant's own message template; null = the language's default template. */
  messageTemplate: z.nullable(z.string().check(z.maxLength(10_000))),
  videos: Count,
  lives: Count,
  postingWindowDays: Count,
  samplePostingDays: Count,
  reviewHours: Count,
  usageRights: z.nullable(UsageRightsSchema),
  usageDays: Count,
  breachAction: z.nullable(BreachActionSchema),
  stopLossRoi: Rate,
  stopLossConsecutive: Count,
  disclosure: z.boolean(),
  /** Flat-fee variant; null = commission only. */
  flatFee: z.nullable(FlatFeeSchema),
  // Added with the content brief: drafts, invitations and backups written before read the defaults.
  brief: z._default(ContentBriefSchema, emptyBrief),
  sample: z._default(SampleTermsSchema, defaultSampleTerms),
});
export type InvitationTerms = z.infer<typeof InvitationTermsSchema>;

/** A new draft's terms: the seed article's defaults (14-day sample posting, 48 h review, stop after 2). */
export function defaultTerms(language: MessageLanguage = 'en'): InvitationTerms {
  return {
    isTemplate: false,
    collaborationName: '',
    endDate: null,
    products: [],
    freeSample: true,
    autoApproveSamples: false,
    sellerEmail: '',
    category: null,
    language,
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
    brief: emptyBrief(),
    sample: defaultSampleTerms(),
  };
}

/** The message language of a target market (P8: write to creators in their market's language). */
export function marketLanguage(market: string | null, fallback: MessageLanguage): MessageLanguage {
  switch (market) {
    case 'ID':
      return 'id';
    case 'TH':
      return 'th';
    case 'VN':
      return 'vi';
    case 'MY':
      return 'ms';
    case 'PH':
    case 'SG':
    case 'GB':
    case 'US':
      return 'en';
    default:
      return fallback;
  }
}

export function defaultFlatFee(): FlatFee {
  return { feeUsd: null, promotionDays: 120, contentReview: true, editRounds: 1, adsAuthorization: false };
}

/** Terms from anything stored (an older or hand-edited record): defaults fill what is missing or invalid. */
export function repairTerms(stored: unknown): InvitationTerms {
  const parsed = InvitationTermsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const base = defaultTerms();
  if (!stored || typeof stored !== 'object') return base;
  const out: Record<string, unknown> = { ...base };
  const shape = InvitationTermsSchema.def.shape as Record<string, z.ZodMiniType>;
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    const field = shape[key];
    if (field && field.safeParse(value).success) out[key] = value;
  }
  return InvitationTermsSchema.parse(out);
}
