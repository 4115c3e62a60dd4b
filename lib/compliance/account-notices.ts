/**
 * Notices a creator puts in their bio about the account itself: the account is offered for sale
 * (a risk: the audience and the person behind it change hands), or the creator is not taking jobs
 * (information for the merchant). Matched on lower-cased, NFKC-folded text.
 */
export interface AccountNotice {
  kind: 'for-sale' | 'not-taking-jobs';
  match: string;
  language: string;
}

const PHRASES: readonly { kind: AccountNotice['kind']; language: string; pattern: RegExp }[] = [
  { kind: 'for-sale', language: 'zh', pattern: /账号出售|出售账号|賬號出售|出售賬號|卖号|出售此号/ },
  { kind: 'for-sale', language: 'en', pattern: /\b(?:account|acc) (?:for sale|on sale)\b|\bselling (?:this|my) (?:account|acc)\b/ },
  { kind: 'for-sale', language: 'id', pattern: /\bjual (?:akun|akun tiktok|acc)\b/ },
  { kind: 'for-sale', language: 'vi', pattern: /\bbán (?:acc|tài khoản|tk|kênh)\b/ },
  { kind: 'not-taking-jobs', language: 'zh', pattern: /暂停接单|暫停接單|不接单|不接廣告|不接广告/ },
  { kind: 'not-taking-jobs', language: 'en', pattern: /\bnot taking (?:jobs|collabs|collaborations|orders)\b/ },
  { kind: 'not-taking-jobs', language: 'vi', pattern: /tạm ngưng nhận (?:job|booking|quảng cáo)/ },
];

export function scanAccountNotices(text: string): AccountNotice[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const found: AccountNotice[] = [];
  for (const p of PHRASES) {
    const m = p.pattern.exec(folded);
    // The phrase as the creator wrote it where folding kept the length (it nearly always does).
    if (m) found.push({ kind: p.kind, match: folded.length === text.length ? text.slice(m.index, m.index + m[0].length) : m[0], language: p.language });
  }
  return found;
}
