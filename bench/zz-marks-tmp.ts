import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_PATH, EXTENSION_DIR } from '/work/wt/scout2/tests/e2e/browser';
import { REAL_CAPTURES } from '/work/wt/scout2/tests/fixture-files';

const URL_ = process.argv[2] ?? 'https://www.tiktok.com/search?q=TikTok';
const CHIPS = Number(process.argv[3] ?? 30);
const fixture = (f: string) => readFileSync(join(REAL_CAPTURES, f), 'utf8');
type SR = { item?: { author: { uniqueId: string } }; user_list?: { user_info: { unique_id: string } }[] };
function searchResponse(url: string) {
  const offset = Number(new URL(url).searchParams.get('offset') ?? 0);
  const body = (JSON.parse(fixture('api-search-general-keyword-tiktok-tikhub-2026-02.json')) as { data: { data: SR[] } }).data;
  const page = Math.floor(offset / 12);
  const data = body.data.slice(0, Math.max(0, Math.min(12, 30 - offset))).map((r) => { const c = JSON.parse(JSON.stringify(r)) as SR; if (page > 0 && c.item) c.item.author.uniqueId += `_${page}`; if (page > 0) for (const u of c.user_list ?? []) u.user_info.unique_id += `_${page}`; return c; });
  return JSON.stringify({ ...body, data, cursor: offset + data.length, has_more: offset + data.length < 30 ? 1 : 0 });
}
const searchPage = `<!doctype html><html><head><meta charset="utf-8"><style>.card{display:flex;gap:8px;height:44px;align-items:center}</style></head><body><main id="m"></main><script>
(async () => { const list = document.getElementById('m'); for (let offset = 0, more = 1; more; ) { const body = await fetch('/api/search/general/full/?keyword=TikTok&offset=' + offset).then((r) => r.json());
for (const r of body.data) { const handle = r.item ? r.item.author.uniqueId : r.user_list[0].user_info.unique_id; const card = document.createElement('div'); card.className='card'; const a = document.createElement('a'); a.href='/@'+handle; a.textContent=handle; card.append(a); list.append(card); } offset = body.cursor; more = body.has_more; } })();
</script></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'scout2-prof-'));
const ext = process.env.EXT ?? EXTENSION_DIR;
const ctx = await chromium.launchPersistentContext(dir, { executablePath: CHROME_PATH, headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--host-resolver-rules=MAP * ~NOTFOUND', '--no-sandbox'] });
await ctx.route('**/*', async (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension://')) return route.continue();
  const clean = url.split('?')[0]!.replace(/\/$/, '');
  if (clean === 'https://www.tiktok.com/search') return route.fulfill({ status: 200, contentType: 'text/html', body: searchPage });
  if (clean === 'https://www.tiktok.com/foryou') return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><main></main></body></html>' });
  if (clean === 'https://www.tiktok.com/api/search/general/full') return route.fulfill({ status: 200, contentType: 'application/json', body: searchResponse(url) });
  return route.abort();
});
if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker');
const sums = new Map<string, number[]>();
for (let run = 0; run < 5; run++) {
  const page = await ctx.newPage();
  await page.goto(URL_, { waitUntil: 'load' });
  for (let i = 0; i < 200 && (await page.evaluate(() => document.querySelectorAll('vettok-chip').length)) < CHIPS; i++) await page.waitForTimeout(50);
  await page.waitForTimeout(600);
  const m = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => [e.name, e.duration] as [string, number]));
  if (run > 0) { const per = new Map<string, number>(); for (const [n, d] of m) per.set(n, (per.get(n) ?? 0) + d); for (const [n, d] of per) sums.set(n, [...(sums.get(n) ?? []), d]); console.log(run, m.map(([n, d]) => `${n.slice(3)}=${d.toFixed(1)}`).join(' ')); }
  await page.close();
}
for (const [n, v] of sums) console.log(n, v.map((x) => x.toFixed(1)).join(' '));
await ctx.close();
