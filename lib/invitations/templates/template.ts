import type { BreachAction, MessageLanguage, SampleShipping, ShippingPayer, UsageRights } from '../terms';

/**
 * A message template in one language. `body` is edited by the merchant; each line holding a
 * placeholder whose term is not set is left out of the message. Placeholders:
 * {creator} {collaboration} {products} {endDate} {videos} {lives} {postingWindowDays}
 * {samplePostingDays} {reviewHours} {flatFeeUsd} {promotionDays} {editRounds} {usage} {breach}
 * {stopLossConsecutive} {stopLossRoi} {disclosureTag} {email}; the content brief {briefHeading}
 * {sellingPoints} {mustShow} {hashtags} {productLink} {videoSeconds} {postBy}; samples
 * {sampleHeading} {sampleQuantity} {sampleShipping} {shippingPaidBy}. A heading is left out with
 * its section when nothing in the section is set.
 */
export interface LanguageTemplate {
  language: MessageLanguage;
  body: string;
  /** Said instead of a handle when the message goes to several creators. */
  genericCreator: string;
  listSeparator: string;
  /**
   * A product with its rates in {products}: `{name}` and `{rates}` are filled; `rates` joins the
   * commission (`{rate}`, e.g. "20%") and the Shop Ads commission phrases with `rateSeparator`.
   */
  productWithRates: string;
  commissionRate: string;
  adsCommissionRate: string;
  rateSeparator: string;
  /** Phrases for {usage}; `{days}` is replaced by the duration. */
  usage: Record<UsageRights, string>;
  breach: Record<BreachAction, string>;
  disclosureTag: string;
  /** The line above the content brief ("Content brief:"). */
  briefHeading: string;
  /** The line above the sample terms ("Samples:"). */
  sampleHeading: string;
  shipping: Record<SampleShipping, string>;
  /** Phrases for {shippingPaidBy}. */
  shippingPaidBy: Record<ShippingPayer, string>;
}

/** The placeholders of the content brief and the sample terms (their lines can be copied alone). */
export const BRIEF_PLACEHOLDERS = [
  'briefHeading',
  'sellingPoints',
  'mustShow',
  'hashtags',
  'productLink',
  'videoSeconds',
  'postBy',
  'sampleHeading',
  'sampleQuantity',
  'sampleShipping',
  'shippingPaidBy',
] as const;
export type BriefPlaceholder = (typeof BRIEF_PLACEHOLDERS)[number];

export const PLACEHOLDERS = [
  'creator',
  'collaboration',
  'products',
  'endDate',
  'videos',
  'lives',
  'postingWindowDays',
  'samplePostingDays',
  'reviewHours',
  'flatFeeUsd',
  'promotionDays',
  'editRounds',
  'usage',
  'breach',
  'stopLossConsecutive',
  'stopLossRoi',
  'disclosureTag',
  'email',
  ...BRIEF_PLACEHOLDERS,
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
