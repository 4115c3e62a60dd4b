import { termsFromDefaults, type InvitationDefaults } from './defaults';
import { lintTerms, type ClaimScanner, type LintResult } from './lint';
import type { InvitationTerms } from './terms';

/** The lint of a draft made from the defaults on `today`: what Settings shows beside the defaults. */
export function lintDefaults(defaults: InvitationDefaults, today: string, scanner: ClaimScanner): LintResult {
  return lintTerms(termsFromDefaults(defaults, today), { scanner, today });
}

/** The terms of a draft made from the defaults on `today`, when they pass the lint; else null. */
export function defaultsReadyOn(defaults: InvitationDefaults, today: string, scanner: ClaimScanner): InvitationTerms | null {
  return lintDefaults(defaults, today, scanner).ready ? termsFromDefaults(defaults, today) : null;
}
