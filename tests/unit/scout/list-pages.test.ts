import { describe, expect, it } from 'vitest';
import { isListPage, LIST_PAGE_MATCHES } from '../../../lib/scout/list-pages';

/** A match pattern as the browser reads it (scheme, host, path with `*`), for the cases below. */
function matches(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const re = new RegExp(`^${path!.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return u.protocol === `${scheme}:` && u.host === host && re.test(u.pathname + u.search);
}

describe('list pages (lib/scout/list-pages.ts)', () => {
  it.each([
    'https://www.tiktok.com/',
    'https://www.tiktok.com/?lang=en',
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/explore?lang=en',
    'https://www.tiktok.com/search/user?q=a',
    'https://www.tiktok.com/@jelly.here10',
    'https://affiliate.tiktok.com/connection/creator?shop_region=VN',
    'https://affiliate.tiktokshopglobalselling.com/connection/creator',
    'https://www.tiktok.com/live',
    'https://www.tiktok.com/messages',
    'https://affiliate.tiktok.com/connection/target-invitation',
    'http://www.tiktok.com/search',
    'https://example.com/search',
  ])('isListPage agrees with the declared match patterns: %s', (url) => {
    expect(isListPage(url)).toBe(LIST_PAGE_MATCHES.some((p) => matches(p, url)));
  });

  it('names the pages of the issue and not the others', () => {
    expect(isListPage('https://www.tiktok.com/search?q=a')).toBe(true);
    expect(isListPage('https://www.tiktok.com/live')).toBe(false);
    expect(isListPage(undefined)).toBe(false);
    expect(isListPage('not a url')).toBe(false);
  });
});
