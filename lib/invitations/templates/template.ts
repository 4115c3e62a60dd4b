import type { BreachAction, MessageLanguage, UsageRights } from '../terms';

/**
 * A message template in one language. `body` is edited by the merchant; each line holding a
 * placeholder whose term is not set is left out of the message. Placeholders:
 * {creator} {collaboration} {products} {endDate} {videos} {lives} {postingWindowDays}
 * {samplePostingDays} {reviewHours} {flatFeeUsd} {promotionDays} {editRounds} {usage} {breach}
 * {stopLossConsecutive} {stopLossRoi} {disclosureTag} {email}
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
}

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
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
