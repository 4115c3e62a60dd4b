import type { AccountNotice } from './account-notices';
import type { ComplianceLanguage, PhraseEntry } from './types';

export interface AccountNoticeEntry extends PhraseEntry {
  kind: AccountNotice['kind'];
}

/**
 * Games and services whose accounts are sold by shops ("jual akun ML", "bán acc Liên Quân",
 * "ขายไอดีเกม"): selling those is a trade, not an offer of the creator's own account.
 */
const GAMES_AND_SERVICES = ['game', 'ml', 'mobile legends', 'ff', 'free fire', 'pubg', 'genshin', 'roblox', 'valorant', 'netflix', 'spotify', 'premium', 'canva', 'capcut', 'youtube premium', 'vpn'];

/** Conditional refusals ("no collabs under $500", "no collabs with MLM brands") are not a pause. */
const EN_CONDITIONS = ['under', 'below', 'without', 'unless', 'with', 'from', 'for under', 'less than'];
/** "tidak terima endorse judi" refuses gambling promotions, not work. */
const MALAY_CONDITIONS = ['judi', 'slot', 'obat', 'pinjol', 'produk ilegal', 'kecuali', 'dari'];

/**
 * Account notices by language: the account offered for sale, and "not taking jobs". TikTok's terms
 * make an account personal to its holder (Terms of Service: rights "may not be transferred or
 * assigned by you"), and an account on sale can change hands between invitation and posting: a
 * risk. A creator who says they are not taking jobs is only worth knowing about before inviting.
 */
export const ACCOUNT_NOTICES: Readonly<Record<ComplianceLanguage, readonly AccountNoticeEntry[]>> = {
  zh: [
    {
      id: 'zh.account-for-sale',
      kind: 'for-sale',
      phrases: ['账号出售', '出售账号', '此号出售', '本号出售', '出售此号', '出售本号', '账号转让', '转让账号', '此号转让', '本号转让', '转让此号', '转让本号', '号出售', '卖号', '售号'],
      // 卖号码 (selling phone numbers)
      exceptAfter: ['码'],
    },
    {
      id: 'zh.not-taking-jobs',
      kind: 'not-taking-jobs',
      phrases: ['暂停接单', '暂不接单', '停止接单', '不接单', '不接商单', '暂停商单', '停接商单', '不接广告', '暂不接广告', '不接推广', '暂停合作', '暂不合作', '不接合作'],
    },
  ],
  en: [
    {
      id: 'en.account-for-sale',
      kind: 'for-sale',
      phrases: ['account for sale', 'acc for sale', 'account 4 sale', 'acc 4 sale', 'account up for sale', 'page for sale', 'this account is for sale', 'selling this account', 'selling my account', 'selling this acc', 'selling this page', 'buy this account'],
    },
    {
      id: 'en.not-taking-jobs',
      kind: 'not-taking-jobs',
      phrases: [
        'not taking collabs', 'not taking collab', 'not taking collaborations', 'not taking jobs', 'not taking brand deals',
        'not accepting collabs', 'not accepting collab', 'not accepting collaborations', 'not accepting brand deals',
        'no longer accepting collabs', 'no longer taking collabs', 'not open for collabs', 'not doing collabs',
        'closed for collabs', 'collabs closed', 'collabs paused', 'paused collabs', 'no collabs', 'no collab', 'no brand deals', 'no paid partnerships',
      ],
      exceptAfter: EN_CONDITIONS,
    },
  ],
  id: [
    {
      id: 'id.account-for-sale',
      kind: 'for-sale',
      phrases: ['jual akun', 'akun dijual', 'dijual akun', 'akun ini dijual', 'jual acc', 'acc dijual', 'oper akun', 'over akun', 'take over akun'],
      exceptAfter: GAMES_AND_SERVICES,
    },
    {
      id: 'id.not-taking-jobs',
      kind: 'not-taking-jobs',
      phrases: ['tidak terima endorse', 'tidak menerima endorse', 'tdk terima endorse', 'gak terima endorse', 'ga terima endorse', 'nggak terima endorse', 'no endorse', 'stop endorse', 'libur endorse', 'close endorse', 'endorse close', 'endorse tutup', 'tidak terima kerjasama', 'tidak menerima kerjasama', 'tidak menerima kerja sama', 'no paid promote'],
      exceptAfter: MALAY_CONDITIONS,
    },
  ],
  ms: [
    {
      id: 'ms.account-for-sale',
      kind: 'for-sale',
      phrases: ['jual akaun', 'akaun dijual', 'akaun untuk dijual', 'akaun ni dijual', 'akaun ini dijual', 'jual acc', 'acc dijual'],
      exceptAfter: GAMES_AND_SERVICES,
    },
    {
      id: 'ms.not-taking-jobs',
      kind: 'not-taking-jobs',
      phrases: ['tak terima endorse', 'tidak terima endorse', 'tak terima collab', 'tidak terima collab', 'tidak terima job', 'tak terima job', 'tak ambil job', 'tidak ambil job', 'stop terima job', 'berhenti terima job'],
      exceptAfter: MALAY_CONDITIONS,
    },
  ],
  th: [
    {
      id: 'th.account-for-sale',
      kind: 'for-sale',
      phrases: ['ขายแอค', 'ขายแอคเคาท์', 'ขายบัญชี', 'ขายช่อง', 'ขายไอดี', 'ปล่อยแอค', 'ปล่อยช่อง', 'เซ้งช่อง', 'เซ้งแอค'],
      // ขายช่องทางออนไลน์ (selling through online channels), game IDs
      exceptAfter: ['ทาง', 'เกม', 'rov', 'ฟีฟาย', ...GAMES_AND_SERVICES],
    },
    {
      id: 'th.not-taking-jobs',
      kind: 'not-taking-jobs',
      phrases: ['ไม่รับงาน', 'งดรับงาน', 'ปิดรับงาน', 'หยุดรับงาน', 'พักรับงาน', 'ไม่รับรีวิว', 'งดรับรีวิว', 'ปิดรับรีวิว', 'ไม่รับโฆษณา'],
      // ไม่รับงานพนัน: refuses gambling work, still takes jobs
      exceptAfter: ['พนัน', 'เว็บพนัน', 'ผิดกฎหมาย', 'ขายตรง', 'สายเทา', 'บุหรี่', 'เงินกู้', 'กู้เงิน'],
    },
  ],
  vi: [
    {
      id: 'vi.account-for-sale',
      kind: 'for-sale',
      // with diacritics only: folded, "ban acc" is English ("they ban acc")
      phrases: ['bán acc', 'bán tk', 'pass acc'],
      strictDiacritics: true,
      exceptAfter: ['liên quân', 'lq', ...GAMES_AND_SERVICES],
    },
    {
      id: 'vi.channel-for-sale',
      kind: 'for-sale',
      phrases: ['bán tài khoản', 'bán kênh', 'cần bán kênh', 'bán lại kênh', 'pass kênh', 'pass lại kênh', 'nhượng lại kênh', 'sang nhượng kênh'],
      exceptAfter: ['liên quân', 'lq', ...GAMES_AND_SERVICES],
    },
    {
      id: 'vi.not-taking-jobs',
      kind: 'not-taking-jobs',
      phrases: ['tạm ngưng nhận job', 'tạm ngừng nhận job', 'tạm dừng nhận job', 'tạm nghỉ nhận job', 'ngưng nhận job', 'ngừng nhận job', 'không nhận job', 'không nhận booking', 'ngừng nhận booking', 'tạm ngưng nhận booking', 'tạm dừng nhận booking', 'tạm ngưng booking', 'không nhận quảng cáo', 'không nhận review', 'tạm ngưng hợp tác', 'không nhận hợp tác'],
      // "không nhận quảng cáo cờ bạc" refuses gambling ads, not work
      exceptAfter: ['cờ bạc', 'cá độ', 'vay', 'trái phép', 'hàng giả'],
    },
  ],
};
