import { LEXICONS } from './lexicons';
import { findPhrases, warmPhrases } from './phrase-matcher';
import { COMPLIANCE_LANGUAGES, type ComplianceHit, type ComplianceLanguage } from './types';

/** Compiles the lexicons ahead of the first scan (optional; scanText compiles lazily). */
export function precompile(languages: readonly ComplianceLanguage[] = COMPLIANCE_LANGUAGES): void {
  warmPhrases(LEXICONS, languages);
}

/**
 * Finds banned claims (P2) in any text: bios, captions, invitation messages.
 * Matching survives full-width characters, spacing inside words of unspaced scripts, case,
 * traditional Chinese and missing Vietnamese/Malay diacritics. Overlapping matches are reported
 * once (the longest; on a tie the first language in `languages`). Indices refer to `text`.
 */
export function scanText(text: string, languages: readonly ComplianceLanguage[] = COMPLIANCE_LANGUAGES): ComplianceHit[] {
  const found = findPhrases(text, LEXICONS, languages);
  if (found.length === 0) return [];
  return found.map(({ start, end, entry, language }) => ({
    entryId: entry.id,
    phrase: text.slice(start, end),
    start,
    end,
    language,
    category: entry.category,
    source: entry.source,
    ref: entry.ref,
  }));
}
