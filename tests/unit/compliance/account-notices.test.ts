import { describe, expect, it } from 'vitest';
import { scanAccountNotices } from '../../../lib/compliance/account-notices';

describe('account notices in a bio', () => {
  it.each([
    // [bio, kind, language, the phrase as written]
    ['账号出售，需要的联系VX:zmk1086', 'for-sale', 'zh', '账号出售'], // the real zg.520 bio
    ['出售账号 私聊', 'for-sale', 'zh', '出售账号'],
    ['JUAL AKUN TIKTOK 60K', 'for-sale', 'id', 'JUAL AKUN'],
    ['bán acc 50k follow ib', 'for-sale', 'vi', 'bán acc'],
    ['Account for sale, DM me', 'for-sale', 'en', 'Account for sale'],
    ['✎ᝰTạm Ngưng Nhận Job📒', 'not-taking-jobs', 'vi', 'Tạm Ngưng Nhận Job'], // the real jelly.here10 bio
    ['暂停接单 3月恢复', 'not-taking-jobs', 'zh', '暂停接单'],
  ] as const)('%s → %s (%s)', (bio, kind, language, match) => {
    expect(scanAccountNotices(bio)).toEqual([{ kind, language, match }]);
  });

  it.each([
    'Accounting tips for small shops',
    'Selling handmade bags ✨',
    '接单请私信', // taking jobs, not stopping
    'Tạm biệt 2025, nhận job review mỹ phẩm',
    'Jualan baju murah',
  ])('look-alike, no notice: %s', (bio) => {
    expect(scanAccountNotices(bio)).toEqual([]);
  });
});
