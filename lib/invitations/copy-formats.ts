import { composeBrief, composeMessage } from './compose';
import type { InvitationTerms } from './terms';

/** Fields the merchant can copy one by one (the testing contract's `data-field` values). */
export const COPY_FIELDS = ['name', 'message', 'endDate', 'productIds', 'commission', 'email', 'freeSample', 'brief', 'all', 'api'] as const;
export type CopyField = (typeof COPY_FIELDS)[number];

/** Commission in the Partner API's unit: hundredths of a percent (15 % → 1500). */
export function toApiRate(percent: number): number {
  return Math.round(percent * 100);
}

/**
 * End of the end date (23:59:59) as Unix epoch seconds, in the shop's time zone given as an offset
 * from UTC in minutes (Jakarta +420, London 0).
 */
export function endTimeSeconds(endDate: string, utcOffsetMinutes = 0): number {
  const [y, m, d] = endDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 23, 59, 59) / 1000 - utcOffsetMinutes * 60;
}

/** Body of the Partner API's CreateTargetCollaboration (research/market.md, "Partner API"). */
export interface TargetCollaborationBody {
  name: string;
  message: string;
  end_time: string;
  products: { id: string; target_commission_rate: number }[];
  creator_user_open_ids: string[];
  seller_contact_info: { email: string };
  free_sample_rule: { has_free_sample: boolean; is_sample_approval_exempt: boolean };
}

export interface CopyOptions {
  /** Partner API open ids of the creators, where known; TikTok handles are not open ids. */
  creatorOpenIds?: readonly string[];
  utcOffsetMinutes?: number;
  /** Labels for the "all as text" form, in the merchant's UI language. */
  labels?: Partial<Record<Exclude<CopyField, 'all' | 'api'>, string>>;
  yes?: string;
  no?: string;
  autoApproveLabel?: string;
}

export function apiBody(terms: InvitationTerms, options: CopyOptions = {}): TargetCollaborationBody {
  return {
    name: terms.collaborationName.trim(),
    message: composeMessage(terms),
    end_time: terms.endDate ? String(endTimeSeconds(terms.endDate, options.utcOffsetMinutes)) : '',
    products: terms.products
      .filter((p) => p.id.trim())
      .map((p) => ({ id: p.id.trim(), target_commission_rate: toApiRate(p.commissionRate ?? 0) })),
    creator_user_open_ids: [...(options.creatorOpenIds ?? [])],
    seller_contact_info: { email: terms.sellerEmail.trim() },
    free_sample_rule: { has_free_sample: terms.freeSample, is_sample_approval_exempt: terms.freeSample && terms.autoApproveSamples },
  };
}

const DEFAULT_LABELS: Record<Exclude<CopyField, 'all' | 'api'>, string> = {
  name: 'Collaboration name',
  message: 'Message',
  endDate: 'End date',
  productIds: 'Product IDs',
  commission: 'Commission',
  email: 'Seller contact email',
  freeSample: 'Free samples',
  brief: 'Content brief and samples',
};

/** The text one copy button puts on the clipboard. */
export function copyText(field: CopyField, terms: InvitationTerms, options: CopyOptions = {}): string {
  const yes = options.yes ?? 'on';
  const no = options.no ?? 'off';
  const products = terms.products.filter((p) => p.id.trim());
  switch (field) {
    case 'name':
      return terms.collaborationName.trim();
    case 'message':
      return composeMessage(terms);
    case 'endDate':
      return terms.endDate ?? '';
    case 'productIds':
      return products.map((p) => p.id.trim()).join('\n');
    case 'commission':
      return products
        .map((p) => `${p.id.trim()}\t${p.commissionRate ?? ''}%${p.adsCommissionRate === null ? '' : `\tAds ${p.adsCommissionRate}%`}`)
        .join('\n');
    case 'email':
      return terms.sellerEmail.trim();
    case 'freeSample':
      return `${terms.freeSample ? yes : no} / ${options.autoApproveLabel ?? 'auto-approve'} ${terms.freeSample && terms.autoApproveSamples ? yes : no}`;
    case 'brief':
      return composeBrief(terms);
    case 'api':
      return JSON.stringify(apiBody(terms, options), null, 2);
    case 'all': {
      const labels = { ...DEFAULT_LABELS, ...options.labels };
      const parts = (['name', 'endDate', 'productIds', 'commission', 'email', 'freeSample'] as const).map(
        (f) => `${labels[f]}:\n${copyText(f, terms, options)}`,
      );
      const brief = composeBrief(terms);
      if (brief) parts.push(`${labels.brief}:\n${brief}`);
      parts.push(`${labels.message}:\n${composeMessage(terms)}`);
      return parts.join('\n\n');
    }
  }
}
