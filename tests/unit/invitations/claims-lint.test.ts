import { describe, expect, it } from 'vitest';
import { scanClaims } from '../../../lib/invitations/claim-scanner';
import { lintTerms } from '../../../lib/invitations/lint';
import type { MessageLanguage } from '../../../lib/invitations/terms';
import { completeTerms } from './fixtures';

const TEMPLATE_TAIL = '{products}\n{videos} {postingWindowDays} {samplePostingDays} {reviewHours} {usage} {breach} {stopLossRoi} {disclosureTag} {email} {collaboration} {endDate}';

/**
 * A claim the merchant might type into an invitation, and a look-alike that must not block the
 * draft: the same rule and lexicon as bios and captions (tests/unit/compliance/tricky-pairs.test.ts).
 */
const CASES: readonly [MessageLanguage, string, string][] = [
  ['zh-CN', '7天见效', '支持7天无理由退货'],
  ['zh-CN', '绝对安全', '安全第一'],
  ['en', 'results guaranteed', 'payment guaranteed within 7 days'],
  ['en', '100% safe', '100% of the commission'],
  ['id', 'dijamin putih dalam 7 hari', 'dijamin original'],
  ['ms', '100% selamat', 'bayaran 100% dalam 7 hari'],
  ['th', 'ขาวใน 7 วัน', 'รับประกันสินค้า 1 ปี'],
  ['vi', 'cam kết hiệu quả', 'cam kết chính hãng'],
];

describe("lintTerms with the app's claims scanner", () => {
  it.each(CASES)('%s: "%s" blocks the draft; "%s" does not', (language, claim, lookAlike) => {
    const blocked = lintTerms(completeTerms(language, { messageTemplate: `{creator} — ${claim}! ${TEMPLATE_TAIL}` }), { scanner: scanClaims, today: '2026-11-24' });
    const hit = blocked.issues.find((i) => i.kind === 'banned-claim');
    expect(hit, claim).toBeDefined();
    expect(blocked.message.slice(hit!.range!.start, hit!.range!.end).length).toBeGreaterThan(0);
    expect(blocked.ready).toBe(false);

    const fine = lintTerms(completeTerms(language, { messageTemplate: `{creator} — ${lookAlike}! ${TEMPLATE_TAIL}` }), { scanner: scanClaims, today: '2026-11-24' });
    expect(fine.issues.filter((i) => i.kind === 'banned-claim'), lookAlike).toEqual([]);
  });
});
