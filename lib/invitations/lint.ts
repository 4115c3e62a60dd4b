import { planBatches } from './batching';
import { briefProblems } from './brief-rules';
import { highCommissionThreshold } from './commission-ranges';
import { composeMessage, templateBody, unknownPlaceholders, usedPlaceholders } from './compose';
import type { Placeholder } from './templates';
import { LIMITS, type InvitationTerms } from './terms';

/** A banned-claim match in a text (same shape as lib/compliance's hits, minus provenance). */
export interface ClaimHit {
  phrase: string;
  start: number;
  end: number;
  language: string;
  category: string;
}
/** The banned-claims checker, passed in (the app wires lib/compliance through claim-scanner.ts). */
export type ClaimScanner = (text: string) => readonly ClaimHit[];

export type LintSeverity = 'error' | 'warning' | 'info';

export type LintKind =
  | 'commission-out-of-range'
  | 'ads-commission-out-of-range'
  | 'commission-high'
  | 'banned-claim'
  | 'missing-term'
  | 'term-not-in-message'
  | 'unknown-placeholder'
  | 'invalid-email'
  | 'end-date-past'
  | 'flat-fee-out-of-range'
  | 'promotion-out-of-range'
  | 'edit-rounds-out-of-range'
  | 'flat-fee-one-product'
  | 'flat-fee-video-only'
  | 'product-batches'
  | 'creator-batches'
  | 'message-length'
  | 'invalid-field'
  | 'post-by-past'
  | 'post-by-after-end';

export interface LintIssue {
  /** Unique within one lint result; stable for the same problem (the testing contract's data-lint-id). */
  id: string;
  kind: LintKind;
  severity: LintSeverity;
  params: Record<string, string | number>;
  /**
   * The field the problem belongs to, where it has one: a term's name (`sellerEmail`), a product's
   * (`products.0.commissionRate`), a brief or sample field (`brief.productLink`, `sample.quantity`),
   * or `messageTemplate`. The editor shows the problem beside that field.
   */
  field?: string;
  /** For banned claims: where the phrase is in the composed message. */
  range?: { start: number; end: number };
}

export interface LintResult {
  message: string;
  issues: LintIssue[];
  /** No errors: the draft may be applied. */
  ready: boolean;
}

export interface LintContext {
  scanner: ClaimScanner;
  /** Today, `YYYY-MM-DD` (in the merchant's time zone); an end date before it is refused. */
  today?: string;
  /** How many creators the draft is about to be applied to. */
  creatorCount?: number;
}

/** Terms the seed article insists on, each with the placeholder that carries it into the message. */
const REQUIRED: readonly {
  term: string;
  placeholder: Placeholder | null;
  missing: (t: InvitationTerms) => boolean;
  field: (t: InvitationTerms) => string;
  /** Whether the term is said at all (sample terms only where samples are given); always when absent. */
  applies?: (t: InvitationTerms) => boolean;
}[] = [
  { term: 'collaborationName', placeholder: 'collaboration', missing: (t) => !t.collaborationName.trim(), field: () => 'collaborationName' },
  { term: 'endDate', placeholder: 'endDate', missing: (t) => !t.endDate, field: () => 'endDate' },
  { term: 'products', placeholder: 'products', missing: (t) => !t.products.some((p) => p.id.trim()), field: () => 'products' },
  { term: 'sellerEmail', placeholder: 'email', missing: (t) => !t.sellerEmail.trim(), field: () => 'sellerEmail' },
  { term: 'content', placeholder: null, missing: (t) => !(t.videos ?? 0) && !(t.lives ?? 0), field: () => 'videos' },
  { term: 'postingWindowDays', placeholder: 'postingWindowDays', missing: (t) => !t.postingWindowDays, field: () => 'postingWindowDays' },
  { term: 'samplePostingDays', placeholder: 'samplePostingDays', missing: (t) => t.freeSample && !t.samplePostingDays, field: () => 'samplePostingDays' },
  { term: 'reviewHours', placeholder: 'reviewHours', missing: (t) => !t.reviewHours, field: () => 'reviewHours' },
  {
    term: 'usageRights',
    placeholder: 'usage',
    missing: (t) => t.usageRights === null || (t.usageRights !== 'none' && !t.usageDays),
    field: (t) => (t.usageRights === null ? 'usageRights' : 'usageDays'),
  },
  { term: 'breachAction', placeholder: 'breach', missing: (t) => t.breachAction === null, field: () => 'breachAction' },
  { term: 'stopLoss', placeholder: 'stopLossRoi', missing: (t) => !t.stopLossRoi || !t.stopLossConsecutive, field: (t) => (t.stopLossRoi ? 'stopLossConsecutive' : 'stopLossRoi') },
  { term: 'disclosure', placeholder: 'disclosureTag', missing: (t) => !t.disclosure, field: () => 'disclosure' },
  // Samples: how many, how they travel and who pays the shipping, wherever samples are given.
  { term: 'sampleQuantity', placeholder: 'sampleQuantity', applies: (t) => t.freeSample, missing: (t) => t.sample.quantity === null, field: () => 'sample.quantity' },
  { term: 'sampleShipping', placeholder: 'sampleShipping', applies: (t) => t.freeSample, missing: (t) => t.sample.shipping === null, field: () => 'sample.shipping' },
  { term: 'shippingPaidBy', placeholder: 'shippingPaidBy', applies: (t) => t.freeSample, missing: (t) => t.sample.shippingPaidBy === null, field: () => 'sample.shippingPaidBy' },
];

/** The content brief: optional, but once a part is set the message must say it. */
const BRIEF_TERMS: readonly { term: string; placeholder: Placeholder; isSet: (t: InvitationTerms) => boolean }[] = [
  { term: 'sellingPoints', placeholder: 'sellingPoints', isSet: (t) => Boolean(t.brief.sellingPoints.trim()) },
  { term: 'mustShow', placeholder: 'mustShow', isSet: (t) => Boolean(t.brief.mustShow.trim()) },
  { term: 'hashtags', placeholder: 'hashtags', isSet: (t) => Boolean(t.brief.hashtags.trim()) },
  { term: 'productLink', placeholder: 'productLink', isSet: (t) => Boolean(t.brief.productLink.trim()) },
  { term: 'videoSeconds', placeholder: 'videoSeconds', isSet: (t) => Boolean(t.brief.videoSeconds) },
  { term: 'postBy', placeholder: 'postBy', isSet: (t) => t.brief.postBy !== null },
];

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every problem of a draft, errors first. Pure: the scanner and "today" come in as parameters. */
export function lintTerms(terms: InvitationTerms, context: LintContext): LintResult {
  const issues: LintIssue[] = [];
  const add = (issue: LintIssue) => issues.push(issue);
  const message = composeMessage(terms);

  terms.products.forEach((product, index) => {
    const label = product.name.trim() || product.id.trim() || `#${index + 1}`;
    const rate = product.commissionRate;
    if (rate === null || rate < LIMITS.commissionMin || rate > LIMITS.commissionMax) {
      add({ id: `commission-out-of-range:${index}`, kind: 'commission-out-of-range', severity: 'error', field: `products.${index}.commissionRate`, params: { product: label, rate: rate ?? '—', min: LIMITS.commissionMin, max: LIMITS.commissionMax } });
    } else if (rate > highCommissionThreshold(terms.category)) {
      add({ id: `commission-high:${index}`, kind: 'commission-high', severity: 'warning', field: `products.${index}.commissionRate`, params: { product: label, rate, threshold: highCommissionThreshold(terms.category), category: terms.category ?? '—' } });
    }
    const ads = product.adsCommissionRate;
    if (ads !== null && (ads < LIMITS.commissionMin || ads > LIMITS.commissionMax)) {
      add({ id: `ads-commission-out-of-range:${index}`, kind: 'ads-commission-out-of-range', severity: 'error', field: `products.${index}.adsCommissionRate`, params: { product: label, rate: ads, min: LIMITS.commissionMin, max: LIMITS.commissionMax } });
    }
  });

  context.scanner(message).forEach((hit, index) => {
    add({
      id: `banned-claim:${index}`,
      kind: 'banned-claim',
      severity: 'error',
      field: 'messageTemplate',
      params: { phrase: hit.phrase, language: hit.language, category: hit.category },
      range: { start: hit.start, end: hit.end },
    });
  });

  const used = usedPlaceholders(templateBody(terms));
  for (const rule of REQUIRED) {
    if (rule.applies && !rule.applies(terms)) continue;
    if (rule.missing(terms)) {
      add({ id: `missing-term:${rule.term}`, kind: 'missing-term', severity: 'error', field: rule.field(terms), params: { term: rule.term } });
    } else if (rule.placeholder && !used.has(rule.placeholder)) {
      add({ id: `term-not-in-message:${rule.term}`, kind: 'term-not-in-message', severity: 'warning', field: 'messageTemplate', params: { term: rule.term, placeholder: `{${rule.placeholder}}` } });
    }
  }
  for (const rule of BRIEF_TERMS) {
    if (rule.isSet(terms) && !used.has(rule.placeholder)) {
      add({ id: `term-not-in-message:${rule.term}`, kind: 'term-not-in-message', severity: 'warning', field: 'messageTemplate', params: { term: rule.term, placeholder: `{${rule.placeholder}}` } });
    }
  }
  for (const name of unknownPlaceholders(templateBody(terms))) {
    add({ id: `unknown-placeholder:${name}`, kind: 'unknown-placeholder', severity: 'error', field: 'messageTemplate', params: { placeholder: `{${name}}` } });
  }

  if (terms.sellerEmail.trim() && !EMAIL_RE.test(terms.sellerEmail.trim())) {
    add({ id: 'invalid-email', kind: 'invalid-email', severity: 'error', field: 'sellerEmail', params: { email: terms.sellerEmail.trim() } });
  }
  if (terms.endDate && context.today && terms.endDate < context.today) {
    add({ id: 'end-date-past', kind: 'end-date-past', severity: 'error', field: 'endDate', params: { date: terms.endDate } });
  }

  for (const problem of briefProblems(terms.brief, terms.sample)) {
    // Sample terms are checked only where samples are given: otherwise the message leaves them out.
    if (problem.field.startsWith('sample.') && !terms.freeSample) continue;
    add({ id: `invalid-field:${problem.field}`, kind: 'invalid-field', severity: 'error', field: problem.field, params: { field: problem.field, value: problem.value } });
  }
  const postBy = terms.brief.postBy;
  if (postBy && context.today && postBy < context.today) {
    add({ id: 'post-by-past', kind: 'post-by-past', severity: 'error', field: 'brief.postBy', params: { date: postBy } });
  } else if (postBy && terms.endDate && postBy > terms.endDate) {
    add({ id: 'post-by-after-end', kind: 'post-by-after-end', severity: 'error', field: 'brief.postBy', params: { date: postBy, end: terms.endDate } });
  }

  const flat = terms.flatFee;
  if (flat) {
    if (flat.feeUsd === null || flat.feeUsd < LIMITS.flatFeeMinUsd || flat.feeUsd > LIMITS.flatFeeMaxUsd) {
      add({ id: 'flat-fee-out-of-range', kind: 'flat-fee-out-of-range', severity: 'error', field: 'flatFee.feeUsd', params: { fee: flat.feeUsd ?? '—', min: LIMITS.flatFeeMinUsd, max: LIMITS.flatFeeMaxUsd } });
    }
    if (flat.promotionDays === null || flat.promotionDays < LIMITS.promotionMinDays || flat.promotionDays > LIMITS.promotionMaxDays) {
      add({ id: 'promotion-out-of-range', kind: 'promotion-out-of-range', severity: 'error', field: 'flatFee.promotionDays', params: { days: flat.promotionDays ?? '—', min: LIMITS.promotionMinDays, max: LIMITS.promotionMaxDays } });
    }
    const products = terms.products.filter((p) => p.id.trim()).length;
    if (products > LIMITS.flatFeeProducts) {
      add({ id: 'flat-fee-one-product', kind: 'flat-fee-one-product', severity: 'error', field: 'products', params: { count: products, max: LIMITS.flatFeeProducts } });
    }
    if ((terms.lives ?? 0) > 0) {
      add({ id: 'flat-fee-video-only', kind: 'flat-fee-video-only', severity: 'warning', field: 'lives', params: { lives: terms.lives ?? 0 } });
    }
    if (flat.contentReview && (flat.editRounds === null || flat.editRounds > LIMITS.editRoundsMax)) {
      add({ id: 'edit-rounds-out-of-range', kind: 'edit-rounds-out-of-range', severity: 'error', field: 'flatFee.editRounds', params: { rounds: flat.editRounds ?? '—', max: LIMITS.editRoundsMax } });
    }
  }

  const productIds = terms.products.map((p) => p.id).filter((id) => id.trim());
  if (productIds.length > LIMITS.productsPerInvitation) {
    add({ id: 'product-batches', kind: 'product-batches', severity: 'info', params: { count: productIds.length, batches: Math.ceil(productIds.length / LIMITS.productsPerInvitation), max: LIMITS.productsPerInvitation } });
  }
  if (context.creatorCount && context.creatorCount > LIMITS.creatorsPerInvitation) {
    const batches = planBatches(Array.from({ length: context.creatorCount }, (_, i) => String(i)), productIds).length;
    add({ id: 'creator-batches', kind: 'creator-batches', severity: 'info', params: { count: context.creatorCount, batches, max: LIMITS.creatorsPerInvitation } });
  }

  const limit = LIMITS.messageMaxChars;
  add({
    id: 'message-length',
    kind: 'message-length',
    severity: limit !== null && message.length > limit ? 'error' : 'info',
    params: { length: message.length, limit: limit ?? '?' },
  });

  const order: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };
  issues.sort((a, b) => order[a.severity] - order[b.severity]);
  return { message, issues, ready: !issues.some((i) => i.severity === 'error') };
}
