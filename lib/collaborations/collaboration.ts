import * as z from 'zod/mini';
import { HandleSchema, IdSchema, InstantSchema } from '../schemas/field-rules';

/**
 * One collaboration: a creator working on one invitation (P4 samples, P5 process, P9 stop-loss).
 * Every date is epoch ms or null (not happened / not entered). Money is in the result's currency,
 * in major units (12.5 = 12.50 USD).
 */

/** Where the collaboration stands. The dates, not the status, drive deadlines and reminders. */
export const CollaborationStatusSchema = z.enum([
  'invited',
  'accepted',
  'sample-requested',
  'sample-shipped',
  'sample-received',
  'content-submitted',
  'published',
  'settled',
  'terminated',
  'cancelled',
]);
export type CollaborationStatus = z.infer<typeof CollaborationStatusSchema>;

/** The pipeline in order, without the two ways out (terminated, cancelled). */
export const PIPELINE: readonly CollaborationStatus[] = [
  'invited',
  'accepted',
  'sample-requested',
  'sample-shipped',
  'sample-received',
  'content-submitted',
  'published',
  'settled',
];

export const TerminationReasonSchema = z.enum(['low-roi', 'sample-not-posted', 'content-issue', 'other']);
export type TerminationReason = z.infer<typeof TerminationReasonSchema>;

const Instant = z.nullable(InstantSchema);
const Amount = z.nullable(z.number().check(z.minimum(0)));
const Count = z.nullable(z.number().check(z.int(), z.minimum(0)));

/** A link to published content. Only https: anything else (javascript:, http:) is refused. */
export const ContentLinkSchema = z.url({ protocol: /^https$/ });

/** ISO 4217 code, e.g. USD, IDR, GBP. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/));

export const CostsSchema = z.object({
  /** Commission paid to the creator on this result's orders. */
  commission: Amount,
  /** Flat fee for this video or live. */
  fee: Amount,
  /** Cost of the sample(s) attributed to this result. */
  sample: Amount,
  shipping: Amount,
});
export type Costs = z.infer<typeof CostsSchema>;

/**
 * The merchant's figures for one published video or live. A null figure was not entered; it is
 * never read as zero except where metrics.ts says so (blank cost parts next to entered ones).
 */
export const CollaborationResultSchema = z.object({
  id: IdSchema,
  /**
   * Entry order within the collaboration: 1 for the first result entered, one more than the
   * highest held for each next one (since database version 8). Results of the same date are read
   * in this order. 0 = entered before version 8 (a backup made then): such results keep the order
   * in which the collaboration lists them, which is the order they were entered.
   */
  seq: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  /** When the video was published or the live took place. */
  date: InstantSchema,
  kind: z.enum(['video', 'live']),
  link: z.nullable(ContentLinkSchema),
  views: Count,
  orders: Count,
  gmv: Amount,
  /** Refunded and returned value, same currency as gmv. */
  refunds: Amount,
  costs: CostsSchema,
  currency: CurrencySchema,
});
export type CollaborationResult = z.infer<typeof CollaborationResultSchema>;

/** The stop-loss rule carried over from the invitation draft (P9). */
export const StopLossSchema = z.object({
  /** ROI below this is a miss; null = the draft set no threshold and the rule is off. */
  roiThreshold: z.nullable(z.number().check(z.minimum(0))),
  /** Consecutive misses that raise the terminate flag. */
  consecutiveCount: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(20)), 2),
});
export type StopLoss = z.infer<typeof StopLossSchema>;

export const CollaborationDatesSchema = z.object({
  invitedAt: Instant,
  acceptedAt: Instant,
  /** The creator asked for a sample: the merchant must approve or reject within 7 days. */
  sampleRequestedAt: Instant,
  /** The merchant approved or rejected the sample request. */
  sampleDecidedAt: Instant,
  sampleShippedAt: Instant,
  sampleReceivedAt: Instant,
  /** Latest submission for review; a resubmission after an edit round replaces it. */
  contentSubmittedAt: Instant,
  /** The merchant's latest review answer (approve or ask for edits). */
  contentReviewedAt: Instant,
  publishedAt: Instant,
  settledAt: Instant,
  /** The merchant filed the appeal against a disputed settlement. */
  appealedAt: Instant,
});
export type CollaborationDates = z.infer<typeof CollaborationDatesSchema>;

export const CollaborationSchema = z.object({
  id: IdSchema,
  creatorHandle: HandleSchema,
  /** TikTok's target collaboration id, once known. */
  invitationId: z.nullable(IdSchema),
  draftId: z.nullable(IdSchema),
  status: CollaborationStatusSchema,
  terminationReason: z.nullable(TerminationReasonSchema),
  dates: CollaborationDatesSchema,
  /** 0, or 7 once the creator's one 7-day posting extension is recorded. */
  sampleExtensionDays: z.literal([0, 7]),
  /** The merchant disputes the settlement: the 72 h appeal window runs from settledAt. */
  settlementDisputed: z.boolean(),
  carrier: z.nullable(z.string()),
  trackingNumber: z.nullable(z.string()),
  contentLinks: z.array(ContentLinkSchema),
  notes: z.string(),
  stopLoss: StopLossSchema,
  results: z.array(CollaborationResultSchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Collaboration = z.infer<typeof CollaborationSchema>;
/** What the schema accepts before defaults are filled in (stopLoss.consecutiveCount may be absent). */
export type CollaborationInput = z.input<typeof CollaborationSchema>;

export const EMPTY_DATES: CollaborationDates = {
  invitedAt: null,
  acceptedAt: null,
  sampleRequestedAt: null,
  sampleDecidedAt: null,
  sampleShippedAt: null,
  sampleReceivedAt: null,
  contentSubmittedAt: null,
  contentReviewedAt: null,
  publishedAt: null,
  settledAt: null,
  appealedAt: null,
};

export const DEFAULT_CONSECUTIVE_COUNT = 2;

/** A new collaboration for a creator, invited now; the stop-loss rule comes from the draft. */
export function newCollaboration(input: {
  id: string;
  creatorHandle: string;
  invitationId?: string | null;
  draftId?: string | null;
  roiThreshold?: number | null;
  consecutiveCount?: number;
  now: number;
}): Collaboration {
  return CollaborationSchema.parse({
    id: input.id,
    creatorHandle: input.creatorHandle,
    invitationId: input.invitationId ?? null,
    draftId: input.draftId ?? null,
    status: 'invited',
    terminationReason: null,
    dates: { ...EMPTY_DATES, invitedAt: input.now },
    sampleExtensionDays: 0,
    settlementDisputed: false,
    carrier: null,
    trackingNumber: null,
    contentLinks: [],
    notes: '',
    stopLoss: {
      roiThreshold: input.roiThreshold ?? null,
      consecutiveCount: input.consecutiveCount ?? DEFAULT_CONSECUTIVE_COUNT,
    },
    results: [],
    createdAt: input.now,
    updatedAt: input.now,
  });
}
