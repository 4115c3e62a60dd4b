import { briefLines, splitHashtags } from './brief-rules';
import type { InvitationTerms, ProductTerm } from './terms';
import { PLACEHOLDERS, TEMPLATES, type Placeholder } from './templates';
import { BRIEF_PLACEHOLDERS, type BriefPlaceholder, type LanguageTemplate } from './templates/template';

export interface ComposeOptions {
  /** The creator's handle (without @); omitted when one message goes to several creators. */
  creatorHandle?: string | null;
}

const PLACEHOLDER_RE = /\{(\w+)\}/g;

function formatPercent(rate: number): string {
  return `${Number(rate.toFixed(2))}%`;
}

/** A product as {products} lists it, its rates in the template's language ("Serum（佣金 20%，广告佣金 10%）"). */
function productPhrase(product: ProductTerm, template: LanguageTemplate): string {
  const name = product.name.trim() || product.id.trim();
  const parts = product.commissionRate === null ? [] : [template.commissionRate.replace('{rate}', formatPercent(product.commissionRate))];
  if (product.adsCommissionRate !== null) parts.push(template.adsCommissionRate.replace('{rate}', formatPercent(product.adsCommissionRate)));
  return parts.length ? template.productWithRates.replace('{name}', () => name).replace('{rates}', () => parts.join(template.rateSeparator)) : name;
}

const count = (value: number | null) => (value === null || value <= 0 ? '' : String(value));

/** The value of every placeholder for these terms; '' means "not set: leave the line out". */
export function placeholderValues(terms: InvitationTerms, options: ComposeOptions = {}): Record<Placeholder, string> {
  const template = TEMPLATES[terms.language];
  const handle = options.creatorHandle?.trim();
  const flat = terms.flatFee;
  const usage =
    terms.usageRights === null
      ? ''
      : terms.usageRights === 'none'
        ? template.usage.none
        : terms.usageDays === null
          ? ''
          : template.usage[terms.usageRights].replace('{days}', String(terms.usageDays));
  return {
    creator: handle ? `@${handle}` : template.genericCreator,
    collaboration: terms.collaborationName.trim(),
    products: terms.products.filter((p) => p.name.trim() || p.id.trim()).map((p) => productPhrase(p, template)).join(template.listSeparator),
    endDate: terms.endDate ?? '',
    videos: count(terms.videos),
    lives: count(terms.lives),
    postingWindowDays: count(terms.postingWindowDays),
    samplePostingDays: terms.freeSample ? count(terms.samplePostingDays) : '',
    reviewHours: count(terms.reviewHours),
    flatFeeUsd: flat?.feeUsd ? String(flat.feeUsd) : '',
    promotionDays: flat ? count(flat.promotionDays) : '',
    editRounds: flat?.contentReview ? count(flat.editRounds) : '',
    usage,
    breach: terms.breachAction ? template.breach[terms.breachAction] : '',
    stopLossConsecutive: count(terms.stopLossConsecutive),
    stopLossRoi: terms.stopLossRoi === null || terms.stopLossRoi <= 0 ? '' : String(terms.stopLossRoi),
    disclosureTag: terms.disclosure ? template.disclosureTag : '',
    email: terms.sellerEmail.trim(),
    ...briefValues(terms),
  };
}

/** The content brief and the sample terms; a section's heading only when something in it is set. */
function briefValues(terms: InvitationTerms): Record<BriefPlaceholder, string> {
  const template = TEMPLATES[terms.language];
  const { brief, sample } = terms;
  const briefPart = {
    sellingPoints: briefLines(brief.sellingPoints).join(template.listSeparator),
    mustShow: briefLines(brief.mustShow).join(template.listSeparator),
    hashtags: splitHashtags(brief.hashtags).join(' '),
    productLink: brief.productLink.trim(),
    videoSeconds: count(brief.videoSeconds),
    postBy: brief.postBy ?? '',
  };
  // Sample terms are said only where samples are given.
  const samplePart = {
    sampleQuantity: terms.freeSample ? count(sample.quantity) : '',
    sampleShipping: terms.freeSample && sample.shipping ? template.shipping[sample.shipping] : '',
    shippingPaidBy: terms.freeSample && sample.shippingPaidBy ? template.shippingPaidBy[sample.shippingPaidBy] : '',
  };
  return {
    briefHeading: Object.values(briefPart).some(Boolean) ? template.briefHeading : '',
    ...briefPart,
    sampleHeading: Object.values(samplePart).some(Boolean) ? template.sampleHeading : '',
    ...samplePart,
  };
}

/** The merchant's template for these terms, or the language's default. */
export function templateBody(terms: InvitationTerms): string {
  return terms.messageTemplate ?? TEMPLATES[terms.language].body;
}

/** Placeholders used in a template that the composer does not know (typos such as {vidoes}). */
export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...body.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!))].filter((name) => !known.has(name));
}

/** Placeholders a template uses. */
export function usedPlaceholders(body: string): Set<string> {
  return new Set([...body.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!));
}

/**
 * The creator-facing message: the template with its placeholders filled. A line whose placeholder
 * has no value is left out, so unset terms never show as blanks; unknown placeholders stay as typed.
 */
export function composeMessage(terms: InvitationTerms, options: ComposeOptions = {}): string {
  const values = placeholderValues(terms, options);
  const lines: string[] = [];
  for (const line of templateBody(terms).split(/\r?\n/)) {
    let empty = false;
    const filled = line.replace(PLACEHOLDER_RE, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
      const value = values[name as Placeholder];
      if (value === '') empty = true;
      return value;
    });
    if (!empty) lines.push(filled);
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const BRIEF_NAMES: ReadonlySet<string> = new Set(BRIEF_PLACEHOLDERS);

/**
 * The content brief and sample terms alone, in the message language: the lines of the language's
 * default template that carry them, filled like the message. '' when none is set.
 */
export function composeBrief(terms: InvitationTerms): string {
  const section = TEMPLATES[terms.language].body
    .split('\n')
    .filter((line) => [...line.matchAll(PLACEHOLDER_RE)].some((m) => BRIEF_NAMES.has(m[1]!)))
    .join('\n');
  return composeMessage({ ...terms, messageTemplate: section });
}
