import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from '../schemas/field-rules';
import { InvitationTermsSchema, defaultTerms, repairTerms, type InvitationTerms, type MessageLanguage } from './terms';

/** A saved invitation draft (or template when `terms.isTemplate`). */
export const DraftSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.maxLength(200)),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  terms: InvitationTermsSchema,
});
export type Draft = z.infer<typeof DraftSchema>;

export function newDraft(id: string, name: string, now: number, language: MessageLanguage = 'en', terms?: InvitationTerms): Draft {
  return { id, name, createdAt: now, updatedAt: now, terms: terms ?? defaultTerms(language) };
}

/** JSON form of a draft (export, clipboard); `parseDraftJson` is its exact inverse. */
export function draftToJson(draft: Draft): string {
  return JSON.stringify(draft);
}

export function parseDraftJson(json: string): Draft {
  return DraftSchema.parse(JSON.parse(json));
}

/**
 * A draft as stored, with terms as this version reads them: a field added since it was saved (the
 * content brief, the sample terms) gets its default, so every reader sees complete terms.
 */
export function readStoredDraft(stored: Draft): Draft {
  return { ...stored, terms: repairTerms(stored.terms) };
}
