import { planBatches } from './batching';
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
  | 'message-length';

export interface LintIssue {
  /** Unique within one lint result; stable for the same problem (the testing contract's data-lint-id). */
  id: string;
  kind: LintKind;
  severity: LintSeverity;
  params: Record<string, string | number>;
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
const REQUIRED: readonly { term: string; placeholder: Placeholder | null; missing: (t: InvitationTerms) => boolean }[] = [
  { term: 'collaborationName', placeholder: 'collaboration', missing: (t) => !t.collaborationName.trim() },
  { term: 'endDate', placeholder: 'endDate', missing: (t) => !t.endDate },
  { term: 'products', placeholder: 'products', missing: (t) => !t.products.some((p) => p.id.trim()) },
  { term: 'sellerEmail', placeholder: 'email', missing: (t) => !t.sellerEmail.trim() },
  { term: 'content', placeholder: null, missing: (t) => !(t.videos ?? 0) && !(t.lives ?? 0) },
  { term: 'postingWindowDays', placeholder: 'postingWindowDays', missing: (t) => !t.postingWindowDays },
  { term: 'samplePostingDays', placeholder: 'samplePostingDays', missing: (t) => t.freeSample && !t.samplePostingDays },
  { term: 'reviewHours', placeholder: 'reviewHours', missing: (t) => !t.reviewHours },
  {
    term: 'usageRights',
    placeholder: 'usage',
    missing: (t) => t.usageRights === null || (t.usageRights !== 'none' && !t.usageDays),
  },
  { term: 'breachAction', placeholder: 'breach', missing: (t) => t.breachAction === null },
  { term: 'stopLoss', placeholder: 'stopLossRoi', missing: (t) => !t.stopLossRoi || !t.stopLossConsecutive },
  { term: 'disclosure', placeholder: 'disclosureTag', missing: (t) => !t.disclosure },
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
      add({ id: `commission-out-of-range:${index}`, kind: 'commission-out-of-range', severity: 'error', params: { product: label, rate: rate ?? '—', min: LIMITS.commissionMin, max: LIMITS.commissionMax } });
    } else if (rate > highCommissionThreshold(terms.category)) {
      add({ id: `commission-high:${index}`, kind: 'commission-high', severity: 'warning', params: { product: label, rate, threshold: highCommissionThreshold(terms.category), category: terms.category ?? '—' } });
    }
    const ads = product.adsCommissionRate;
    if (ads !== null && (ads < LIMITS.commissionMin || ads > LIMITS.commissionMax)) {
      add({ id: `ads-commission-out-of-range:${index}`, kind: 'ads-commission-out-of-range', severity: 'error', params: { product: label, rate: ads, min: LIMITS.commissionMin, max: LIMITS.commissionMax } });
    }
  });

  context.scanner(message).forEach((hit, index) => {
    add({
      id: `banned-claim:${index}`,
      kind: 'banned-claim',
      severity: 'error',
      params: { phrase: hit.phrase, language: hit.language, category: hit.category },
      range: { start: hit.start, end: hit.end },
    });
  });

  const used = usedPlaceholders(templateBody(terms));
  for (const rule of REQUIRED) {
    if (rule.missing(terms)) {
      add({ id: `missing-term:${rule.term}`, kind: 'missing-term', severity: 'error', params: { term: rule.term } });
    } else if (rule.placeholder && !used.has(rule.placeholder)) {
      add({ id: `term-not-in-message:${rule.term}`, kind: 'term-not-in-message', severity: 'warning', params: { term: rule.term, placeholder: `{${rule.placeholder}}` } });
    }
  }
  for (const name of unknownPlaceholders(templateBody(terms))) {
    add({ id: `unknown-placeholder:${name}`, kind: 'unknown-placeholder', severity: 'error', params: { placeholder: `{${name}}` } });
  }

  if (terms.sellerEmail.trim() && !EMAIL_RE.test(terms.sellerEmail.trim())) {
    add({ id: 'invalid-email', kind: 'invalid-email', severity: 'error', params: { email: terms.sellerEmail.trim() } });
  }
  if (terms.endDate && context.today && terms.endDate < context.today) {
    add({ id: 'end-date-past', kind: 'end-date-past', severity: 'error', params: { date: terms.endDate } });
  }

  const flat = terms.flatFee;
  if (flat) {
    if (flat.feeUsd === null || flat.feeUsd < LIMITS.flatFeeMinUsd || flat.feeUsd > LIMITS.flatFeeMaxUsd) {
      add({ id: 'flat-fee-out-of-range', kind: 'flat-fee-out-of-range', severity: 'error', params: { fee: flat.feeUsd ?? '—', min: LIMITS.flatFeeMinUsd, max: LIMITS.flatFeeMaxUsd } });
    }
    if (flat.promotionDays === null || flat.promotionDays < LIMITS.promotionMinDays || flat.promotionDays > LIMITS.promotionMaxDays) {
      add({ id: 'promotion-out-of-range', kind: 'promotion-out-of-range', severity: 'error', params: { days: flat.promotionDays ?? '—', min: LIMITS.promotionMinDays, max: LIMITS.promotionMaxDays } });
    }
    const products = terms.products.filter((p) => p.id.trim()).length;
    if (products > LIMITS.flatFeeProducts) {
      add({ id: 'flat-fee-one-product', kind: 'flat-fee-one-product', severity: 'error', params: { count: products, max: LIMITS.flatFeeProducts } });
    }
    if ((terms.lives ?? 0) > 0) {
      add({ id: 'flat-fee-video-only', kind: 'flat-fee-video-only', severity: 'warning', params: { lives: terms.lives ?? 0 } });
    }
    if (flat.contentReview && (flat.editRounds === null || flat.editRounds > LIMITS.editRoundsMax)) {
      add({ id: 'edit-rounds-out-of-range', kind: 'edit-rounds-out-of-range', severity: 'error', params: { rounds: flat.editRounds ?? '—', max: LIMITS.editRoundsMax } });
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
