import { describe, expect, it } from 'vitest';
import { creatorPageKey, stillShows } from '../../../lib/background/tab-page';

describe('creatorPageKey (lib/background/tab-page.ts)', () => {
  it.each([
    ['https://www.tiktok.com/@Alpha', 'tiktok:alpha'],
    ['https://www.tiktok.com/@alpha/video/7606836476323597588', 'tiktok:alpha'],
    ['https://www.tiktok.com/foryou', null],
    ['https://www.tiktok.com/search?q=%40alpha', null],
    ['https://affiliate.tiktok.com/connection/creator/detail?cid=1001', 'affiliate:1001'],
    ['https://affiliate.tiktokshopglobalselling.com/connection/creator/detail?cid=1002&shop_region=ID', 'affiliate:1002'],
    ['https://affiliate.tiktok.com/connection/creator', null],
    ['https://evil.example/@alpha', null],
    [null, null],
  ])('%s → %s', (url, key) => {
    expect(creatorPageKey(url)).toBe(key);
  });

  it('a creator recorded without its page is never taken as still shown', () => {
    expect(stillShows({ handle: 'alpha', page: null }, 'https://www.tiktok.com/@alpha')).toBe(false);
    expect(stillShows({ handle: 'alpha', page: 'tiktok:alpha' }, 'https://www.tiktok.com/@alpha/')).toBe(true);
  });
});
