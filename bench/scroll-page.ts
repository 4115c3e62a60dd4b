import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { REAL_CAPTURES } from '../tests/fixture-files';

/** The bench's search pages (bench/page-cost.ts; bench/scroll-trace.ts traces the scroll one). */
export const SEARCH_CREATORS = 30;
export const SEARCH_PAGE_SIZE = 12;
/** The long list scrolled by the scroll walk: 500 creators, 12 per response as the search page loads them. */
export const SCROLL_CREATORS = 500;
export const SCROLL_URL = 'https://www.tiktok.com/search/user';
/** The same list in a dialog whose list scrolls in its own box, as TikTok's follower lists do (`scrollPageHtml(true)`). */
export const SCROLL_BOX_URL = 'https://www.tiktok.com/search/user/dialog';
export const SEARCH_API = 'https://www.tiktok.com/api/search/general/full';
/** The search page of 30 creators (bench/page-cost.ts, bench/scout-storage.ts). */
export const SEARCH_URL = 'https://www.tiktok.com/search';

let capture: string | null = null;
type SearchResult = { item?: { author: { uniqueId: string } }; user_list?: { user_info: { unique_id: string } }[] };
/**
 * One response of a search whose results hold `total` creators (the request's own `total`, which
 * only this bench's pages send; else 30): the real search capture's 12 records per page (11 video
 * hits and a user card), renamed after the first (a numbered suffix; every copy keeps its own
 * record's figures).
 */
export function searchResponseFor(url: string): string {
  const params = new URL(url).searchParams;
  const offset = Number(params.get('offset') ?? 0);
  const total = Math.min(SCROLL_CREATORS, Number(params.get('total') ?? SEARCH_CREATORS));
  capture ??= readFileSync(join(REAL_CAPTURES, 'api-search-general-keyword-tiktok-tikhub-2026-02.json'), 'utf8');
  const body = (JSON.parse(capture) as { data: { data: SearchResult[] } }).data;
  const page = Math.floor(offset / SEARCH_PAGE_SIZE);
  const data = body.data.slice(0, Math.max(0, Math.min(SEARCH_PAGE_SIZE, total - offset))).map((r) => {
    const copy = JSON.parse(JSON.stringify(r)) as SearchResult;
    if (page > 0 && copy.item) copy.item.author.uniqueId += `_${page}`;
    if (page > 0) for (const card of copy.user_list ?? []) card.user_info.unique_id += `_${page}`;
    return copy;
  });
  return JSON.stringify({ ...body, data, cursor: offset + data.length, has_more: offset + data.length < total ? 1 : 0 });
}

/**
 * The scroll walk's page: search results loaded 12 at a time as the merchant scrolls down (each
 * response asked for when the end of the list comes within 2,000 px), up to 500 creators, each
 * card a thumbnail and a link to the creator, as TikTok's search grid loads them.
 *
 * `inBox`: the same list in a `position: fixed` dialog, scrolling inside its own unpositioned
 * `overflow: auto` box (`#scroll-box`), as TikTok's follower and following lists scroll; the
 * document does not scroll.
 */
export function scrollPageHtml(inBox = false): string {
  const dialog = inBox ? '<section style="position:fixed;top:40px;bottom:40px;left:10%;right:10%;background:#fff"><div id="scroll-box" style="overflow:auto;height:100%">' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Find "TikTok" on TikTok | TikTok Search</title><style>.card{display:flex;gap:8px;height:96px;align-items:center;border-bottom:1px solid #eee}.thumb{width:72px;height:88px;background:#ddd}</style></head><body>${dialog}<main id="main-content-search"></main>${inBox ? '</div></section>' : ''}<script>
(() => {
  const list = document.getElementById('main-content-search');
  const state = (window.__scroll = { loaded: 0, done: false });
  let offset = 0, more = 1, loading = false;
  const box = document.getElementById('scroll-box');
  const near = () => box ? box.scrollTop + box.clientHeight > box.scrollHeight - 2000 : scrollY + innerHeight > document.documentElement.scrollHeight - 2000;
  const load = async () => {
    if (loading || !more) return;
    loading = true;
    const body = await fetch('/api/search/general/full/?keyword=TikTok&total=${SCROLL_CREATORS}&offset=' + offset).then((r) => r.json());
    for (const r of body.data) {
      const handle = r.item ? r.item.author.uniqueId : r.user_list[0].user_info.unique_id;
      const card = document.createElement('div');
      card.className = 'card';
      const thumb = document.createElement('div');
      thumb.className = 'thumb';
      const link = document.createElement('a');
      link.href = '/@' + handle;
      link.textContent = handle;
      card.append(thumb, link);
      list.append(card);
    }
    offset = body.cursor;
    more = body.has_more;
    state.loaded = offset;
    state.done = !more;
    loading = false;
    if (near()) load();
  };
  (box ?? window).addEventListener('scroll', () => { if (near()) load(); }, { passive: true });
  load();
})();
</script></body></html>`;
}

/**
 * A search results page of 30 creators (scout mode's chips), loaded as TikTok loads it: three
 * responses of the search endpoint (offset 0, 12, 24; `searchResponseFor`), the third cut to 6. The
 * page renders a card with a link to each creator as the results arrive.
 */
export function searchPageHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Find "TikTok" on TikTok | TikTok Search</title><style>.card{display:flex;gap:8px;height:44px;align-items:center}</style></head><body><main id="main-content-search"></main><script>
(async () => {
  const list = document.getElementById('main-content-search');
  for (let offset = 0, more = 1; more; ) {
    const body = await fetch('/api/search/general/full/?keyword=TikTok&offset=' + offset).then((r) => r.json());
    for (const r of body.data) {
      const handle = r.item ? r.item.author.uniqueId : r.user_list[0].user_info.unique_id;
      const card = document.createElement('div');
      card.className = 'card';
      const link = document.createElement('a');
      link.href = '/@' + handle;
      link.textContent = handle;
      card.append(link);
      list.append(card);
    }
    offset = body.cursor;
    more = body.has_more;
  }
})();
</script></body></html>`;
}

/**
 * Serves the bench's list pages (the search page, and the scroll page with its list scrolling the
 * document or its own box) and the search endpoint's responses; refuses every other request.
 */
export async function serveListPages(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const clean = url.split('?')[0]!.replace(/\/$/, '');
    if (clean === SEARCH_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: searchPageHtml() });
    if (clean === SCROLL_URL || clean === SCROLL_BOX_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: scrollPageHtml(clean === SCROLL_BOX_URL) });
    if (clean === SEARCH_API) return route.fulfill({ status: 200, contentType: 'application/json', body: searchResponseFor(url) });
    return route.abort('blockedbyclient');
  });
}
