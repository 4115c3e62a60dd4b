export { scanText, precompile } from './scan';
export { normalizeText } from './normalize';
export { LEXICONS } from './lexicons';
export { COMPLIANCE_LANGUAGES } from './types';
export type { ClaimCategory, ComplianceHit, ComplianceLanguage, LexiconEntry, LexiconSource, PhraseEntry, PhraseSubject } from './types';
export { scanAccountNotices } from './account-notices';
export type { AccountNotice } from './account-notices';
