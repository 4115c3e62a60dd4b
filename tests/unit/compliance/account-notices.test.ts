import { describe, expect, it } from 'vitest';
import { COMPLIANCE_LANGUAGES, scanAccountNotices, type AccountNotice, type ComplianceLanguage } from '../../../lib/compliance';
import { ACCOUNT_NOTICES } from '../../../lib/compliance/account-notice-phrases';

/**
 * Account notices and their look-alikes, per language. The rule (docs/assessment.md "Claims"): the
 * notice must be about the account itself. Selling a product, a game account or a streaming
 * subscription is a trade, not an offer of the creator's account; refusing one kind of job
 * (gambling, "under $500") is a condition, not a pause; "taking jobs" is the opposite notice.
 */
interface Pair {
  notice: string;
  kind: AccountNotice['kind'];
  match: string;
  lookAlike: string;
}

const PAIRS: Readonly<Record<ComplianceLanguage, readonly Pair[]>> = {
  zh: [
    { notice: '本账号出售，有意私聊', kind: 'for-sale', match: '账号出售', lookAlike: '出售二手包包，私聊' },
    { notice: '帳號轉讓 非誠勿擾', kind: 'for-sale', match: '帳號轉讓', lookAlike: '转发抽奖，三天后开奖' },
    { notice: '暂停接单，谢谢理解', kind: 'not-taking-jobs', match: '暂停接单', lookAlike: '接单中，商单请私信' },
    { notice: '本人不接商单', kind: 'not-taking-jobs', match: '不接商单', lookAlike: '商务合作：微信同号' },
  ],
  en: [
    { notice: 'Account for sale 💰 DM', kind: 'for-sale', match: 'Account for sale', lookAlike: 'Lip tint for sale, DM me' },
    { notice: 'Selling this account, 80K', kind: 'for-sale', match: 'Selling this account', lookAlike: 'Selling this serum at cost today' },
    { notice: 'Not taking collabs rn', kind: 'not-taking-jobs', match: 'Not taking collabs', lookAlike: 'Open for collabs 📩' },
    { notice: 'No collabs at the moment', kind: 'not-taking-jobs', match: 'No collabs', lookAlike: 'No collabs under $500' },
  ],
  id: [
    { notice: 'Jual akun ini, minat DM', kind: 'for-sale', match: 'Jual akun', lookAlike: 'Jual akun ML murah' },
    { notice: 'Akun dijual, 100K followers', kind: 'for-sale', match: 'Akun dijual', lookAlike: 'Jual baju anak murah' },
    { notice: 'Lagi tidak terima endorse ya', kind: 'not-taking-jobs', match: 'tidak terima endorse', lookAlike: 'Terima endorse, DM' },
    { notice: 'Stop endorse dulu', kind: 'not-taking-jobs', match: 'Stop endorse', lookAlike: 'Tidak terima endorse judi' },
  ],
  ms: [
    { notice: 'Akaun untuk dijual, PM', kind: 'for-sale', match: 'Akaun untuk dijual', lookAlike: 'Baju raya untuk dijual, PM' },
    { notice: 'Jual akaun ni', kind: 'for-sale', match: 'Jual akaun', lookAlike: 'Jual akaun Netflix premium' },
    { notice: 'Tak ambil job buat masa ni', kind: 'not-taking-jobs', match: 'Tak ambil job', lookAlike: 'Ambil job review, PM' },
  ],
  th: [
    { notice: 'ขายแอคนี้ สนใจทักแชท', kind: 'for-sale', match: 'ขายแอค', lookAlike: 'ขายของออนไลน์ สนใจทักแชท' },
    { notice: 'ขายช่อง 50k ฟอล', kind: 'for-sale', match: 'ขายช่อง', lookAlike: 'ขายช่องทางออนไลน์' },
    { notice: 'ตอนนี้ไม่รับงานนะคะ', kind: 'not-taking-jobs', match: 'ไม่รับงาน', lookAlike: 'รับงานรีวิว ติดต่อไลน์' },
    { notice: 'ปิดรับงานชั่วคราว', kind: 'not-taking-jobs', match: 'ปิดรับงาน', lookAlike: 'ไม่รับงานพนัน' },
  ],
  vi: [
    { notice: 'Bán acc này, ib', kind: 'for-sale', match: 'Bán acc', lookAlike: 'Bán acc Liên Quân giá rẻ' },
    { notice: 'Cần bán kênh 50k follow', kind: 'for-sale', match: 'Cần bán kênh', lookAlike: 'Kênh bán hàng chính hãng' },
    { notice: 'Tạm ngưng nhận job nha', kind: 'not-taking-jobs', match: 'Tạm ngưng nhận job', lookAlike: 'Nhận job review, booking qua mail' },
    { notice: 'Không nhận booking', kind: 'not-taking-jobs', match: 'Không nhận booking', lookAlike: 'Không nhận quảng cáo cờ bạc' },
  ],
};

describe.each(Object.entries(PAIRS) as [ComplianceLanguage, readonly Pair[]][])('account notices: %s', (language, pairs) => {
  it.each(pairs)('$notice is a notice; $lookAlike is not', ({ notice, kind, match, lookAlike }) => {
    expect(scanAccountNotices(notice)).toEqual([{ kind, match, language }]);
    expect(scanAccountNotices(lookAlike)).toEqual([]);
  });
});

describe('scanAccountNotices', () => {
  it.each([
    // tests/fixtures/api-user-detail-zg.520-2025-10.json (the bio, as captured)
    ['账号出售，需要的联系VX:zmk1086', { kind: 'for-sale', match: '账号出售', language: 'zh' }],
    // tests/fixtures/profile-jelly.here10-2026-04-universal-data.html (the bio, as captured)
    ['⋆｡‧˚ʚ🍒ɞ˚‧｡⋆\n✎ᝰTạm Ngưng Nhận Job📒\n📩Contact here📩', { kind: 'not-taking-jobs', match: 'Tạm Ngưng Nhận Job', language: 'vi' }],
  ] as const)('real bio %j', (bio, notice) => {
    expect(scanAccountNotices(bio)).toEqual([notice]);
  });

  it('a bio that sells a product and says it takes jobs has no notice', () => {
    expect(scanAccountNotices('Skincare 🧴 | jual serum & toner | terima endorse: mail@example.com')).toEqual([]);
  });

  it('finds both notices in one bio, in order, across languages', () => {
    expect(scanAccountNotices('暂停接单 | account for sale')).toEqual([
      { kind: 'not-taking-jobs', match: '暂停接单', language: 'zh' },
      { kind: 'for-sale', match: 'account for sale', language: 'en' },
    ]);
  });

  it('survives full-width characters and spacing between Chinese characters', () => {
    expect(scanAccountNotices('账 号 出 售')).toEqual([{ kind: 'for-sale', match: '账 号 出 售', language: 'zh' }]);
    expect(scanAccountNotices('ＡＣＣＯＵＮＴ ＦＯＲ ＳＡＬＥ')).toHaveLength(1);
  });

  it('Vietnamese account sales need their diacritics ("ban acc" is English for a ban)', () => {
    expect(scanAccountNotices('they ban acc for nothing')).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(scanAccountNotices('')).toEqual([]);
  });

  it('every phrase of every entry finds itself, with its kind', () => {
    for (const language of COMPLIANCE_LANGUAGES) {
      for (const entry of ACCOUNT_NOTICES[language]) {
        for (const phrase of entry.phrases) {
          const found = scanAccountNotices(phrase);
          expect(found.length, `${entry.id}: ${phrase}`).toBe(1);
          expect(found[0]!.kind, `${entry.id}: ${phrase}`).toBe(entry.kind);
          expect(found[0]!.match, `${entry.id}: ${phrase}`).toBe(phrase);
        }
      }
    }
  });
});
