import * as z from 'zod/mini';
import { InvitationTermsSchema, type InvitationTerms } from './terms';

const Days = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(3650)));

/**
 * The terms every new draft starts from, set once in Settings. Dates cannot be fixed in advance,
 * so they are kept as days after the day a draft is made: the end date, and the brief's post-by day.
 * `terms.endDate` and `terms.brief.postBy` are not used.
 */
export const InvitationDefaultsSchema = z.object({
  terms: InvitationTermsSchema,
  endAfterDays: Days,
  postWithinDays: Days,
});
export type InvitationDefaults = z.infer<typeof InvitationDefaultsSchema>;

/** `day` (`YYYY-MM-DD`) plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Defaults for a merchant who has set none: the given terms, 30 days to the end, no post-by day. */
export function startingDefaults(terms: InvitationTerms): InvitationDefaults {
  return { terms: { ...terms, isTemplate: false, endDate: null, brief: { ...terms.brief, postBy: null } }, endAfterDays: 30, postWithinDays: null };
}

/** A new draft's terms made on `today` from the defaults: the dates counted from today. */
export function termsFromDefaults(defaults: InvitationDefaults, today: string): InvitationTerms {
  const { terms, endAfterDays, postWithinDays } = defaults;
  return {
    ...structuredClone(terms),
    isTemplate: false,
    endDate: endAfterDays === null ? null : addDays(today, endAfterDays),
    brief: { ...terms.brief, postBy: postWithinDays === null ? null : addDays(today, postWithinDays) },
  };
}
