import { ACCOUNT_NOTICES } from './account-notice-phrases';
import { findPhrases } from './phrase-matcher';
import { COMPLIANCE_LANGUAGES } from './types';

/** A notice about the account itself found in a bio (or caption): for sale, or not taking jobs. */
export interface AccountNotice {
  kind: 'for-sale' | 'not-taking-jobs';
  /** The words as found in the text. */
  match: string;
  /** The language of the phrase that matched (zh, en, id, ms, th, vi). */
  language: string;
}

/**
 * Finds an account offered for sale (账号出售, jual akun, bán acc, account for sale …) and "not
 * taking jobs" (暂停接单, tạm ngưng nhận job, not taking collabs …) in all six languages, with the
 * same matching as the claims scan (full-width, spacing, traditional Chinese, missing diacritics).
 * Selling a product is not selling the account; refusing one kind of job is not a pause.
 */
export function scanAccountNotices(text: string): AccountNotice[] {
  return findPhrases(text, ACCOUNT_NOTICES, COMPLIANCE_LANGUAGES).map(({ start, end, entry, language }) => ({
    kind: entry.kind,
    match: text.slice(start, end),
    language,
  }));
}
