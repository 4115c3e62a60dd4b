import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REAL_CAPTURES as REAL_FIXTURES, realCapturesPresent } from '../fixture-files';
import { contentWorld } from './overlay-probe';

/**
 * List pages written for the scout tests. Each fetches its list response the way TikTok's app does
 * (the test serves a real capture, or the reconstructed marketplace response, at the API path) and
 * renders one card per creator with a link to the profile, as TikTok's lists do — or, like the
 * Affiliate Center's rows, the handle as text. Page text is set with textContent.
 */

export const listFixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures/lists', name), 'utf8');
export const realCapture = (name: string): unknown => JSON.parse(readFileSync(resolve(REAL_FIXTURES, name), 'utf8'));

/**
 * The TikTok body of a real list capture (inside its proxy's `data` envelope) when ../shared is
 * there, else the project's trimmed copy of it (tests/fixtures/lists: the same values).
 */
export function listBody(real: string, trimmed: string): string {
  return realCapturesPresent ? JSON.stringify((realCapture(real) as { data: unknown }).data) : listFixture(trimmed);
}

/** How each page finds its creators in the body it fetched (runs in the page). */
const EXTRACT = {
  search: `(b) => (b.data || []).flatMap((r) => r.item ? [{ handle: r.item.author.uniqueId, name: r.item.author.nickname, video: r.item.id }] : (r.user_list || []).map((c) => ({ handle: c.user_info.unique_id, name: c.user_info.nickname })))`,
  users: `(b) => (b.userList || []).map((e) => ({ handle: e.user.uniqueId, name: e.user.nickname }))`,
  feed: `(b) => (b.itemList || []).map((i) => ({ handle: i.author.uniqueId, name: i.author.nickname, video: i.id }))`,
  marketplace: `(b) => (b.creator_profile_list || []).map((e) => ({ handle: e.handle && e.handle.value, name: e.nickname && e.nickname.value, textOnly: true }))`,
} as const;

export function listPage(kind: keyof typeof EXTRACT, api: string, method: 'GET' | 'POST' = 'GET'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok</title>
<style>body{font:14px sans-serif;margin:0}.card{display:flex;gap:8px;align-items:center;height:44px;padding:0 12px;border-bottom:1px solid #eee}.card a{color:#111}</style></head>
<body><main id="list"></main><script>
${listScript(kind, api, method)}
</script></body></html>`;
}

/**
 * A profile page with its follower list open the way TikTok shows it: a `position: fixed` dialog
 * whose list scrolls inside its own `overflow: auto` box, which is not positioned (nor is anything
 * between it and the links), under an 80 px header (the title and the tabs), 72 px rows. The list
 * is filled from each of `apis` in turn (TikTok's "Following" and "Followers" lists come from the
 * same endpoint).
 */
export function followerDialogPage(apis: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok</title>
<style>body{font:14px sans-serif;margin:0}main{height:1600px;padding:16px}.mask{position:fixed;inset:0;background:rgba(0,0,0,.5)}
.dialog{position:fixed;top:40px;left:calc(50% - 240px);width:480px;background:#fff;border-radius:8px;overflow:hidden}
.dialog h2{margin:0;height:80px;line-height:80px;text-align:center;border-bottom:1px solid #eee;font-size:16px}
#list{overflow:auto;height:180px}.card{display:flex;gap:12px;align-items:center;height:72px;padding:0 16px}.card a{color:#111}</style></head>
<body><main>Profile</main><div class="mask"></div><section class="dialog" role="dialog"><h2>Followers</h2><div id="list"></div></section><script>
${apis.map((api) => listScript('users', api)).join('\n')}
</script></body></html>`;
}

/** The script of a list page: fetches its list response and renders a card per creator into `#list`. */
export function listScript(kind: keyof typeof EXTRACT, api: string, method: 'GET' | 'POST' = 'GET'): string {
  return `fetch(${JSON.stringify(api)}, { method: ${JSON.stringify(method)}, credentials: 'include' }).then((r) => r.json()).then((body) => {
  const list = document.getElementById('list');
  for (const c of (${EXTRACT[kind]})(body)) {
    const card = document.createElement('div');
    card.className = 'card';
    if (c.textOnly) {
      const name = document.createElement('span');
      name.textContent = c.name || '';
      const handle = document.createElement('span');
      handle.className = 'handle';
      handle.textContent = c.handle ? '@' + c.handle : '';
      card.append(name, handle);
    } else {
      const link = document.createElement('a');
      link.href = '/@' + c.handle;
      link.textContent = c.name || c.handle;
      card.append(link);
      if (c.video) {
        const video = document.createElement('a');
        video.href = '/@' + c.handle + '/video/' + c.video;
        video.textContent = '▶';
        card.append(video);
      }
    }
    list.append(card);
  }
  window.cardRects = () => [...document.querySelectorAll('.card')].map((e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; });
  window.rendered = window.cardRects();
});`;
}

export interface ChipSeen {
  handle: string;
  score: string;
  provisional: string;
  tier: string;
  pitfall: string;
  label: string;
  evidence: string[];
  /** The handle of the link (or handle text) the chip sits beside. */
  besideHandle: string | null;
}

/** Every chip on the page, read in Vettok's own world (the roots are closed). */
export async function chipsOf(page: Page): Promise<ChipSeen[]> {
  const world = await contentWorld(page);
  return world.evaluate(() => {
    return [...document.querySelectorAll('vettok-chip')].map((host) => {
      const root = chrome.dom.openOrClosedShadowRoot(host as HTMLElement)!;
      const chip = root.querySelector<HTMLElement>('[data-testid=scout-chip]')!;
      // The evidence is built the first time the chip is focused or hovered: focus it as a keyboard user would, then leave.
      chip.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      chip.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      const before = host.previousElementSibling;
      const href = before instanceof HTMLAnchorElement ? new URL(before.href).pathname : null;
      const besideHandle = href ? (/^\/@([^/]+)/.exec(href)?.[1] ?? null) : (before?.textContent?.trim().replace(/^@/, '') ?? null);
      return {
        handle: chip.dataset['handle']!,
        score: chip.dataset['score']!,
        provisional: chip.dataset['provisional']!,
        tier: chip.dataset['tier']!,
        pitfall: chip.dataset['pitfall']!,
        label: root.querySelector('[data-testid=scout-open]')!.textContent!,
        evidence: [...root.querySelectorAll('[data-testid=scout-evidence] div')].map((d) => d.textContent!),
        besideHandle,
      };
    });
  }, null);
}

/** Clicks (a real mouse click) on a part of one creator's chip, or only moves the mouse over it. */
export async function clickChip(page: Page, handle: string, testId: 'scout-open' | 'scout-select', hoverOnly = false): Promise<void> {
  const world = await contentWorld(page);
  const point = await world.evaluate(
    ({ handle, testId }) => {
      for (const host of document.querySelectorAll('vettok-chip')) {
        const root = chrome.dom.openOrClosedShadowRoot(host as HTMLElement)!;
        if (root.querySelector<HTMLElement>('[data-testid=scout-chip]')?.dataset['handle'] !== handle) continue;
        const el = root.querySelector(`[data-testid=${testId}]`)!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    { handle, testId },
  );
  if (!point) throw new Error(`no chip for @${handle}`);
  if (hoverOnly) await page.mouse.move(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}
