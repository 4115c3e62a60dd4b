/**
 * What Vettok costs a TikTok page, measured in real Chromium (issue 8, items 1 and 5).
 *
 *   npx wxt build && npx tsx bench/page-cost.ts [--runs=5] [--json]
 *
 * One Chromium binary, two persistent contexts: one WITH the built extension, one WITHOUT. Real
 * captured pages are served at the TikTok URLs they were saved from (nothing reaches the network;
 * the pages' own external scripts are refused in both contexts alike). Runs alternate with/without.
 * Per run, a fresh tab: CDP Performance metrics (enabled before navigation, read after the page has
 * settled and garbage has been collected), long tasks and long animation frames observed from an
 * init script, and the time from DOMContentLoaded to the overlay's `ready` state (the creator's
 * figures shown) and to its score shown (`data-score=shown`) (page-time stamps: DOMContentLoaded
 * from the init script; `ready` and `scored` from a MutationObserver on the overlay's closed
 * shadow root, installed over CDP in Vettok's content-script world the moment that world is
 * created, where chrome.dom.openOrClosedShadowRoot opens the root).
 * Then 50 in-app navigations in one tab (content swapped + pushState, alternating two real
 * profiles): listeners, DOM nodes and heap after forced GC, against the same walk without Vettok.
 * Prints every figure with median, min–max and budget; exits 1 if a budget is broken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { REAL_PAGES } from '../tests/e2e/browser';
import { contentWorld, overlayOf } from '../tests/e2e/overlay-probe';
import { REAL_CAPTURES } from '../tests/fixture-files';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser';
import { median } from './median';
import { frameCpu, mainThread, startTrace } from './frame-trace';
import { SCROLL_BOX_URL, SCROLL_CREATORS, SCROLL_URL, SEARCH_API, SEARCH_CREATORS, SEARCH_URL, scrollPageHtml, searchPageHtml, searchResponseFor } from './scroll-page';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const JSON_OUT = process.argv.includes('--json');
/** `--json-out=FILE`: also write the machine-readable summary there (used by bench/run.mjs). */
const JSON_FILE = process.argv.find((a) => a.startsWith('--json-out='))?.slice('--json-out='.length);
const NAVIGATIONS = 50;
/** Time every page is left to settle after `load` (and after `ready`, with Vettok) before reading metrics. */
const SETTLE_MS = 400;
/** Pixels scrolled per frame: 240 px × 60 frames/s, a fast trackpad fling (as bench/shortlists.ts scrolls). */
const SCROLL_STEP = 240;
/** Scroll runs per variant (alternating with and without Vettok). */
const SCROLL_RUNS = 3;

const log = (line: string) => {
  if (!JSON_OUT) console.log(line);
};

interface Figure {
  label: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  budget: number | null;
  ok: boolean;
  note?: string;
}
const figures: Figure[] = [];

function reportFigure(label: string, unit: string, values: number[], budget: number | null, note?: string, judged = median(values)) {
  const fig: Figure = {
    label,
    unit,
    median: judged,
    min: Math.min(...values),
    max: Math.max(...values),
    budget,
    ok: budget === null || judged <= budget,
    ...(note ? { note } : {}),
  };
  figures.push(fig);
  const digits = unit === 'MB' ? 2 : unit === 'count' || unit === 'nodes' || unit === 'listeners' ? 0 : 1;
  const spread = values.length > 1 ? `  (${fig.min.toFixed(digits)}–${fig.max.toFixed(digits)}, n=${values.length})` : '';
  const verdict = budget === null ? '(no budget)' : fig.ok ? `≤ ${budget} ${unit}  ok` : `> ${budget} ${unit}  OVER BUDGET`;
  log(`  ${label.padEnd(64)} ${judged.toFixed(digits).padStart(8)} ${unit.padEnd(9)} ${verdict}${spread}${note ? `  — ${note}` : ''}`);
}

// ── Browser ──────────────────────────────────────────────────────────────────────────────────

const fixtureCache = new Map<string, string>();
const fixture = (file: string) => {
  let html = fixtureCache.get(file);
  if (html === undefined) fixtureCache.set(file, (html = readFileSync(join(REAL_CAPTURES, file), 'utf8')));
  return html;
};

/** A feed route as TikTok serves it before its scripts run: a small shell. */
const FEED_SHELL =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>For You | TikTok</title></head><body><div id="app"><main id="main-content-homepage_hot"></main></div></body></html>';

/** JSON responses the pages fetch, by URL path (the function gets the whole URL). */
const RESPONSES: Record<string, (url: string) => string> = {
  [SEARCH_API]: searchResponseFor,
};

const PAGES: Record<string, () => string> = {
  [SEARCH_URL]: searchPageHtml,
  [SCROLL_URL]: () => scrollPageHtml(false),
  [SCROLL_BOX_URL]: () => scrollPageHtml(true),
  ...Object.fromEntries(Object.entries(REAL_PAGES).map(([url, file]) => [url, () => fixture(file)])),
  'https://www.tiktok.com/foryou': () => FEED_SHELL,
  // The real video-page capture served at a route no Vettok overlay matches: a full, heavy TikTok
  // page on which only the watcher and the page-feed observer run.
  'https://www.tiktok.com/explore': () => fixture('video-detail-w..corporation-7606836476323597588-2026-06-pt-BR.html'),
};

/** Recorded in every page of both contexts, from document start. */
const INIT_SCRIPT = `(() => {
  const r = (window.__vettokBench = { longTasks: [], loafs: [], ready: null, scored: null, dcl: null });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) r.longTasks.push({ start: e.startTime, duration: e.duration, name: e.name, attribution: (e.attribution || []).map((a) => a.containerSrc || a.containerName || a.name) }); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.duration >= 50) r.loafs.push({ start: e.startTime, duration: e.duration, scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, duration: s.duration })) }); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => { r.dcl = performance.now(); }, { once: true });
})();`;

/**
 * Installed in Vettok's content-script world as soon as CDP reports it: stamps the page times at
 * which the card turns `ready` (figures shown) and shows its score (that needs the background's
 * reply, so it is always observed). The script renders the card in the task that loads it, before
 * the watch can arrive: the watch then reads the card's own User Timing marks (components/card/
 * card-timings.ts), and without them takes its own on arrival, an upper bound. The overlay's
 * shadow root is closed; only this world can open it.
 */
const READY_WATCH = `(() => {
  if (globalThis.__vettokBenchReady) return;
  const markAt = (name) => { const m = performance.getEntriesByName(name, 'mark')[0]; return m ? m.startTime : null; };
  const state = (globalThis.__vettokBenchReady = { ready: null, scored: null, late: false, own: false });
  const isReady = (root) => !!root.querySelector('[data-testid=vettok-overlay][data-state=ready]');
  const isScored = (root) => !!root.querySelector('[data-testid=vettok-overlay][data-score=shown]');
  const rootOf = () => { const host = document.querySelector('vettok-overlay'); return host ? chrome.dom.openOrClosedShadowRoot(host) : null; };
  const watchRoot = (root) => {
    // Already ready when the watch arrives (the card renders in the task that loads the script):
    // the card's own User Timing marks (components/card/card-timings.ts) say when; without them
    // the stamp below is an upper bound.
    if (isReady(root)) state.late = true;
    const check = () => {
      if (state.ready === null && isReady(root)) {
        const marked = markAt('vettok:card-figures');
        state.own = marked !== null;
        state.ready = marked ?? performance.now();
      }
      if (state.scored === null && isScored(root)) state.scored = markAt('vettok:card-score') ?? performance.now();
      return state.ready !== null && state.scored !== null;
    };
    if (check()) return;
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-score'] });
  };
  const root = rootOf();
  if (root) return watchRoot(root);
  const top = new MutationObserver(() => { const found = rootOf(); if (found) { top.disconnect(); watchRoot(found); } });
  top.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => top.disconnect(), 10000);
})()`;

/** Page-time stamps of one load's card, from READY_WATCH. */
interface CardStamps {
  ready: number | null;
  scored: number | null;
  late: boolean;
  /** The card's own User Timing mark was read (precise even when the watch came late). */
  own: boolean;
}

async function launch(withExtension: boolean): Promise<BenchBrowser> {
  const browser = await launchBenchBrowser(withExtension, ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc']);
  const { context } = browser;
  await context.addInitScript(INIT_SCRIPT);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const clean = url.split('?')[0]!.split('#')[0]!.replace(/\/$/, '');
    const page = PAGES[clean];
    if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page() });
    const json = RESPONSES[clean];
    if (json) return route.fulfill({ status: 200, contentType: 'application/json', body: json(url) });
    return route.abort('blockedbyclient');
  });
  return browser;
}

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function gc(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

interface Run {
  scriptMs: number;
  taskMs: number;
  heapMB: number;
  nodes: number;
  listeners: number;
  readyAfterDclMs: number | null;
  scoredAfterDclMs: number | null;
  longTasks: { start: number; duration: number }[];
  extensionLoafs: { duration: number; scripts: { url: string; duration: number }[] }[];
}

async function measure(browser: BenchBrowser, url: string, expectOverlay: boolean, chips = 0): Promise<Run> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.enable');
  // Vettok's content-script worlds, each given the ready watch the moment it exists (Runtime is
  // enabled in both contexts alike).
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.['type'] !== 'isolated' || !context.origin.startsWith('chrome-extension://')) return;
    worlds.push(context.id);
    cdp.send('Runtime.evaluate', { expression: READY_WATCH, contextId: context.id }).catch(() => undefined);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  let ready: CardStamps | null = null;
  if (expectOverlay) {
    for (const deadline = Date.now() + 15_000; !ready?.scored; await page.waitForTimeout(50)) {
      if (Date.now() > deadline) throw new Error(`overlay not scored on ${url}`);
      for (const contextId of worlds) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'globalThis.__vettokBenchReady', contextId, returnByValue: true }).catch(() => ({ result: { value: null } }));
        if (result.value?.scored) ready = result.value as CardStamps;
      }
    }
    if (ready?.late && !ready.own) console.error(`page-cost: the overlay on ${url} was ready before the watch was installed; its ready stamp is an upper bound`);
  }
  // Scout mode: every creator's chip placed (the hosts are in the page's DOM; their roots are closed).
  for (const deadline = Date.now() + 15_000; chips > 0 && (await page.evaluate(() => document.querySelectorAll('vettok-chip').length)) < chips; await page.waitForTimeout(50)) {
    if (Date.now() > deadline) throw new Error(`chips not placed on ${url}`);
  }
  await page.waitForTimeout(SETTLE_MS);
  const bench = { ...(await page.evaluate(() => (window as unknown as { __vettokBench: Record<string, unknown> }).__vettokBench)), ready: ready?.ready ?? null, scored: ready?.scored ?? null };
  await gc(cdp);
  const m = await metrics(cdp);
  await cdp.detach();
  await page.close();
  const b = bench as { ready: number | null; scored: number | null; dcl: number | null; longTasks: Run['longTasks']; loafs: { duration: number; scripts: { url: string; duration: number }[] }[] };
  return {
    scriptMs: m['ScriptDuration']! * 1000,
    taskMs: m['TaskDuration']! * 1000,
    heapMB: m['JSHeapUsedSize']! / 1024 / 1024,
    nodes: m['Nodes']!,
    listeners: m['JSEventListeners']!,
    readyAfterDclMs: b.ready !== null && b.dcl !== null ? b.ready - b.dcl : null,
    scoredAfterDclMs: b.scored !== null && b.dcl !== null ? b.scored - b.dcl : null,
    longTasks: b.longTasks,
    extensionLoafs: b.loafs.filter((l) => l.scripts.some((s) => s.url?.startsWith('chrome-extension://'))),
  };
}

/**
 * Runs in Vettok's content-script world: arms a watch on the overlay's closed root that resolves
 * with the page times at which the card shows `handle` ready, then with its score (read with
 * `armedCard`). Each step waits for the score, so no assessment runs on into the next step.
 */
function armCard(handle: string): void {
  const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('vettok-overlay') as HTMLElement)!;
  (globalThis as { __vettokBenchCard?: Promise<{ ready: number; scored: number }> }).__vettokBenchCard = new Promise((resolve, reject) => {
    let ready: number | null = null;
    const check = () => {
      const card = root.querySelector('[data-testid=vettok-overlay]');
      if (card?.getAttribute('data-handle') !== handle || card.getAttribute('data-state') !== 'ready') return;
      ready ??= performance.now();
      if (card.getAttribute('data-score') !== 'shown') return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ready, scored: performance.now() });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`overlay did not show @${handle}`));
    }, 10_000);
    check();
  });
}
const armedCard = () => (globalThis as { __vettokBenchCard?: Promise<{ ready: number; scored: number }> }).__vettokBenchCard!;

// ── Item 1: cost per page ────────────────────────────────────────────────────────────────────

interface Target {
  url: string;
  label: string;
  short: string;
  overlay: boolean;
  scriptBudget: number;
  /** Scout mode's chips expected on the page (with Vettok). */
  chips?: number;
}
const ALL_TARGETS: Target[] = [
  { url: 'https://www.tiktok.com/@jelly.here10', label: 'profile @jelly.here10 (real capture)', short: '@jelly.here10', overlay: true, scriptBudget: 16 },
  { url: 'https://www.tiktok.com/@alcaldiasa', label: 'profile @alcaldiasa (real capture)', short: '@alcaldiasa', overlay: true, scriptBudget: 16 },
  {
    url: 'https://www.tiktok.com/@w..corporation/video/7606836476323597588',
    label: 'video page @w..corporation (real capture, compact overlay)',
    short: 'video',
    overlay: true,
    scriptBudget: 16,
  },
  {
    url: 'https://www.tiktok.com/search?q=TikTok',
    label: `search results, ${SEARCH_CREATORS} creators in 3 responses (real capture's records; scout chips)`,
    short: 'search',
    overlay: false,
    scriptBudget: 16,
    chips: SEARCH_CREATORS,
  },
  { url: 'https://www.tiktok.com/foryou', label: 'feed /foryou (shell)', short: '/foryou', overlay: false, scriptBudget: 2 },
  { url: 'https://www.tiktok.com/explore', label: '/explore (real video capture, no overlay route)', short: '/explore', overlay: false, scriptBudget: 2 },
];

/**
 * `--only=search,/foryou,scroll,scroll-box`: only these pages (by short name; `scroll`: the
 * 500-result scroll of the document, `scroll-box`: of a list in its own box), and no navigation walk.
 */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const TARGETS = ONLY ? ALL_TARGETS.filter((t) => ONLY.includes(t.short)) : ALL_TARGETS;

const summary: Record<string, unknown> = {};
const started = Date.now();
const withExt = await launch(true);
const without = await launch(false);
try {
  // Warm both browsers (first-load compilation, service worker start) outside the figures.
  for (const t of TARGETS) {
    await measure(withExt, t.url, t.overlay, t.chips);
    await measure(without, t.url, false);
  }

  const readyAll: number[] = [];
  const scoredAll: number[] = [];
  let longTasksAttributable = 0;
  const heapAdded: number[] = [];
  for (const t of TARGETS) {
    const runs: { with: Run[]; without: Run[] } = { with: [], without: [] };
    for (let i = 0; i < RUNS; i++) {
      // Alternate which variant goes first, so drift on the machine hits both alike.
      if (i % 2 === 0) {
        runs.with.push(await measure(withExt, t.url, t.overlay, t.chips));
        runs.without.push(await measure(without, t.url, false));
      } else {
        runs.without.push(await measure(without, t.url, false));
        runs.with.push(await measure(withExt, t.url, t.overlay, t.chips));
      }
    }
    log(`\n── ${t.label}: ${t.url}`);
    const report = (label: string, unit: string, values: number[], budget: number | null, note?: string, judged?: number) =>
      reportFigure(`${t.short}: ${label}`, unit, values, budget, note, judged);
    const w = (f: (r: Run) => number) => runs.with.map(f);
    const wo = (f: (r: Run) => number) => runs.without.map(f);
    const baseScript = median(wo((r) => r.scriptMs));
    const addedScript = w((r) => r.scriptMs - baseScript);
    report('main-thread script time, without Vettok', 'ms', wo((r) => r.scriptMs), null);
    report('main-thread script time, with Vettok', 'ms', w((r) => r.scriptMs), null);
    report('script time added by Vettok', 'ms', addedScript, t.scriptBudget, undefined, median(w((r) => r.scriptMs)) - baseScript);
    const baseTask = median(wo((r) => r.taskMs));
    report('main-thread task time added (all work: style, layout…)', 'ms', w((r) => r.taskMs - baseTask), null, undefined, median(w((r) => r.taskMs)) - baseTask);
    const baseHeap = median(wo((r) => r.heapMB));
    const added = median(w((r) => r.heapMB)) - baseHeap;
    heapAdded.push(added);
    report('JS heap added (after GC)', 'MB', w((r) => r.heapMB - baseHeap), 3, undefined, added);
    const baseNodes = median(wo((r) => r.nodes));
    report('DOM nodes added', 'nodes', w((r) => r.nodes - baseNodes), null, undefined, median(w((r) => r.nodes)) - baseNodes);
    if (t.overlay) {
      const ready = runs.with.map((r) => r.readyAfterDclMs).filter((x): x is number => x !== null);
      readyAll.push(...ready);
      // The budget is the card showing the creator's figures ("ready about one frame after the
      // page's data is there"); the score follows the background's assessment, reported alongside.
      report('DOMContentLoaded → overlay ready (figures shown)', 'ms', ready, 50);
      const scored = runs.with.map((r) => r.scoredAfterDclMs).filter((x): x is number => x !== null);
      scoredAll.push(...scored);
      report('DOMContentLoaded → score shown', 'ms', scored, null);
    }
    const ltWith = runs.with.reduce((n, r) => n + r.longTasks.length, 0);
    const ltWithout = runs.without.reduce((n, r) => n + r.longTasks.length, 0);
    const extLoafs = runs.with.flatMap((r) => r.extensionLoafs);
    // Long-animation-frame entries do not name isolated-world (content) scripts, and long tasks
    // carry no script at all; so every long task the page has beyond its count without Vettok is
    // charged to Vettok (conservative: on a busy machine, noise counts against Vettok).
    const attributable = Math.max(extLoafs.length, Math.max(0, ltWith - ltWithout));
    longTasksAttributable += attributable;
    report(`long tasks ≥ 50 ms attributable to Vettok (${RUNS} runs)`, 'count', [attributable], 0, `page had ${ltWith} with / ${ltWithout} without Vettok`);
    summary['longTasksAttributable'] = longTasksAttributable;
    summary[t.url] = {
      with: runs.with.map(({ extensionLoafs: _x, longTasks, ...r }) => ({ ...r, longTasks: longTasks.length })),
      without: runs.without.map(({ extensionLoafs: _x, longTasks, ...r }) => ({ ...r, longTasks: longTasks.length })),
      extensionLongFrames: extLoafs,
    };
  }
  log('');
  if (readyAll.length > 0) {
    reportFigure('all overlay pages: DOMContentLoaded → overlay ready (figures shown)', 'ms', readyAll, 50);
    reportFigure('all overlay pages: DOMContentLoaded → score shown', 'ms', scoredAll, null);
  }
  if (!ONLY || ONLY.includes('scroll')) await scrollWalk(false);
  if (!ONLY || ONLY.includes('scroll-box')) await scrollWalk(true);
  if (!ONLY) await navigationWalk();
} finally {
  await withExt.close();
  await without.close();
}


interface ScrollRun {
  /** Per frame: from the frame's start (requestAnimationFrame time) to the end of its rendering (a message posted in that callback). */
  work: number[];
  /** Per frame: the tab's main-thread CPU time in that window (bench/frame-trace.ts), what the budget judges. */
  cpu: number[];
  /** Between consecutive frames' starts. */
  intervals: number[];
  loaded: number;
  longTasks: number;
  chips: number;
}

/**
 * Scrolls the 500-result page from top to bottom, 240 px per frame, while its results load (12 per
 * response, as the end of the list nears) and, with Vettok, while the chips are placed. Each frame's
 * work is timed from its requestAnimationFrame time to a message posted in that callback, which the
 * browser delivers after the frame's style, layout and paint; tasks that run before it (responses
 * arriving, Vettok's chip placement, its observers) count in that frame. The page is traced, and
 * each frame's window is marked, for the main thread's CPU time in it (bench/frame-trace.ts): the
 * figure the 16 ms budget judges, since on this two-core machine a frame's wall time also holds the
 * browser's and the GPU process's own time and other processes' (the page alone's worst frame
 * took 5.7–32.4 ms of wall time: docs/performance.md, "Frames judged by main-thread CPU").
 * `inBox`: the list scrolls in its own box of a fixed dialog, as TikTok's follower lists do (the
 * chips follow that box).
 */
async function scrollOnce(browser: BenchBrowser, withVettok: boolean, inBox: boolean): Promise<ScrollRun> {
  const page = await browser.context.newPage();
  const endTrace = await startTrace(await browser.context.newCDPSession(page));
  await page.goto(inBox ? SCROLL_BOX_URL : SCROLL_URL, { waitUntil: 'load' });
  const result = await page.evaluate(
    async ({ step, maxFrames }) => {
      const box = document.getElementById('scroll-box');
      const scroller = box ?? document.documentElement;
      const work: number[] = [];
      const intervals: number[] = [];
      const state = (window as unknown as { __scroll: { loaded: number; done: boolean } }).__scroll;
      let last: number | null = null;
      for (let i = 0; i < maxFrames; i++) {
        const start = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        performance.mark(`frame-start-${i}`, { startTime: start });
        if (last !== null) intervals.push(start - last);
        last = start;
        (box ?? window).scrollBy(0, step);
        await new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(0);
        });
        work.push(performance.now() - start);
        performance.mark(`frame-end-${i}`);
        if (state.done && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      }
      const bench = (window as unknown as { __vettokBench: { longTasks: unknown[] } }).__vettokBench;
      return { work, intervals, loaded: state.loaded, longTasks: bench.longTasks.length };
    },
    { step: SCROLL_STEP, maxFrames: 2000 },
  );
  const events = await endTrace();
  const { cpu } = frameCpu(events, mainThread(events).tasks, result.work.length);
  let chips = 0;
  if (withVettok) {
    // Every chip placed once the list is still (informational: the frames above are what is judged).
    for (const deadline = Date.now() + 20_000; (chips = await page.evaluate(() => document.querySelectorAll('vettok-chip').length)) < SCROLL_CREATORS && Date.now() < deadline; ) await page.waitForTimeout(100);
  }
  await page.close();
  return { ...result, cpu, chips };
}

async function scrollWalk(inBox: boolean) {
  const name = inBox ? 'scroll 500 in a box' : 'scroll 500';
  log(
    `\n── scrolling ${SCROLL_CREATORS} search results (loaded 12 per response while scrolling, ${SCROLL_STEP} px per frame)${inBox ? ' in their own box of a fixed dialog, as follower lists scroll' : ''}: ${inBox ? SCROLL_BOX_URL : SCROLL_URL}`,
  );
  await scrollOnce(withExt, true, inBox);
  await scrollOnce(without, false, inBox);
  const runs: { with: ScrollRun[]; without: ScrollRun[] } = { with: [], without: [] };
  for (let i = 0; i < SCROLL_RUNS; i++) {
    if (i % 2 === 0) {
      runs.with.push(await scrollOnce(withExt, true, inBox));
      runs.without.push(await scrollOnce(without, false, inBox));
    } else {
      runs.without.push(await scrollOnce(without, false, inBox));
      runs.with.push(await scrollOnce(withExt, true, inBox));
    }
  }
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;
  const each = (variant: ScrollRun[], f: (r: ScrollRun) => number) => variant.map(f);
  for (const [who, variant] of [['with Vettok', runs.with], ['without Vettok', runs.without]] as const) {
    const budget = who === 'with Vettok' ? 16 : null;
    reportFigure(`${name}: worst frame's main-thread CPU, ${who}`, 'ms', each(variant, (r) => Math.max(...r.cpu)), budget);
    reportFigure(`${name}: p95 frame main-thread CPU, ${who}`, 'ms', each(variant, (r) => p95(r.cpu)), null);
    reportFigure(`${name}: worst frame's work (wall time), ${who}`, 'ms', each(variant, (r) => Math.max(...r.work)), null);
    reportFigure(`${name}: p95 frame work (wall time), ${who}`, 'ms', each(variant, (r) => p95(r.work)), null);
    reportFigure(`${name}: frames over 25 ms apart, ${who}`, 'count', each(variant, (r) => r.intervals.filter((x) => x > 25).length), null, `of ${Math.round(median(each(variant, (r) => r.intervals.length)))} frames; worst interval ${median(each(variant, (r) => Math.max(...r.intervals))).toFixed(1)} ms; ${median(each(variant, (r) => r.loaded))} results loaded`);
    reportFigure(`${name}: long tasks ≥ 50 ms, ${who}`, 'count', each(variant, (r) => r.longTasks), null);
  }
  reportFigure(`${name}: chips placed once the list is still`, 'count', each(runs.with, (r) => r.chips), null, `of ${SCROLL_CREATORS}`);
  // What Vettok adds, against the page alone in the same run (medians of each run's figure): when
  // the page alone's worst frame is over 16 ms, the 16 ms budget above cannot be met whatever
  // Vettok does, and these say how much of the frame is Vettok's.
  const worstWith = median(each(runs.with, (r) => Math.max(...r.cpu)));
  const worstWithout = median(each(runs.without, (r) => Math.max(...r.cpu)));
  const p95With = median(each(runs.with, (r) => p95(r.cpu)));
  const p95Without = median(each(runs.without, (r) => p95(r.cpu)));
  reportFigure(`${name}: worst frame's main-thread CPU added by Vettok (with − without)`, 'ms', [worstWith - worstWithout], null, `page alone ${worstWithout.toFixed(1)} ms`);
  reportFigure(`${name}: p95 frame main-thread CPU added by Vettok (with − without)`, 'ms', [p95With - p95Without], null, `page alone ${p95Without.toFixed(1)} ms`);
  log(
    worstWithout > 16
      ? `  (the page alone's worst frame takes ${worstWithout.toFixed(1)} ms of main-thread CPU, over 16 ms in this run: the 16 ms budget is out of reach here; judge Vettok by what it adds)`
      : worstWith <= 16
        ? '  (every frame within 16 ms of main-thread CPU with Vettok: budget met)'
        : `  (the page alone keeps its frames within 16 ms; with Vettok the worst takes ${worstWith.toFixed(1)} ms: budget not met)`,
  );
  summary[inBox ? 'scrollInBox' : 'scroll'] = runs;
}

async function navigationWalk() {

  // ── Item 5: 50 in-app navigations in one tab ───────────────────────────────────────────────
  log(`\n── ${NAVIGATIONS} in-app navigations in one tab (content swapped + pushState, @jelly.here10 ⇄ @alcaldiasa)`);
  const walk = async (browser: BenchBrowser, overlay: boolean) => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await page.goto('https://www.tiktok.com/@jelly.here10', { waitUntil: 'load' });
    // The overlay's root is closed: its state is read in Vettok's content-script world.
    const world = overlay ? await contentWorld(page) : null;
    if (overlay) {
      const card = overlayOf(page).getByTestId('vettok-overlay');
      for (const deadline = Date.now() + 15_000; (await card.getAttribute('data-state').catch(() => null)) !== 'ready'; await page.waitForTimeout(50)) {
        if (Date.now() > deadline) throw new Error('overlay not ready on @jelly.here10');
      }
    }
    const profiles = [
      { handle: 'alcaldiasa', html: fixture('profile-alcaldiasa-2026-05-universal-data.html') },
      { handle: 'jelly.here10', html: fixture('profile-jelly.here10-2026-04-universal-data.html') },
    ];
    const samples: { at: number; nodes: number; listeners: number; heapMB: number; docListeners: number }[] = [];
    const sample = async (at: number) => {
      await gc(cdp);
      const m = await metrics(cdp);
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
      const { listeners: docL } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
      const { result: win } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners: winL } = await cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId! });
      samples.push({ at, nodes: m['Nodes']!, listeners: m['JSEventListeners']!, heapMB: m['JSHeapUsedSize']! / 1024 / 1024, docListeners: docL.length + winL.length });
    };
    const navTimes: number[] = [];
    const navScoredTimes: number[] = [];
    for (let i = 1; i <= NAVIGATIONS; i++) {
      const next = profiles[i % 2]!;
      // Armed before the swap, in the content-script world: resolves with the page times at which
      // the card shows the new creator ready, then scored.
      if (world) await world.evaluate(armCard, next.handle);
      const swap = await page.evaluate(
        ({ html, handle }) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const t0 = performance.now();
          document.getElementById('main-content-others_homepage')!.replaceWith(document.importNode(doc.getElementById('main-content-others_homepage')!, true));
          document.title = doc.title;
          history.pushState({}, '', `/@${handle}`);
          return { t0, swapped: performance.now() };
        },
        { html: next.html, handle: next.handle },
      );
      // (The first step "navigates" to the creator already shown: ready at once, 0 ms.)
      const card = world ? await world.evaluate(armedCard, null, 15_000) : { ready: swap.swapped, scored: swap.swapped };
      navTimes.push(Math.max(0, card.ready - swap.t0));
      navScoredTimes.push(Math.max(0, card.scored - swap.t0));
      if (i === 10 || i === NAVIGATIONS) await sample(i);
    }
    await cdp.detach();
    await page.close();
    return { samples, navTimes, navScoredTimes };
  };
  const navWith = await walk(withExt, true);
  const navWithout = await walk(without, false);
  const growth = (w: typeof navWith, key: 'nodes' | 'listeners' | 'heapMB' | 'docListeners') => w.samples.at(-1)![key] - w.samples[0]![key];
  const report = reportFigure;
  report('navigation → overlay ready, figures shown (per navigation)', 'ms', navWith.navTimes, null);
  report('navigation → score shown (per navigation)', 'ms', navWith.navScoredTimes, null);
  const g = (key: 'nodes' | 'listeners' | 'heapMB' | 'docListeners') => growth(navWith, key) - growth(navWithout, key);
  report(`JS event listeners: growth from navigation 10 to ${NAVIGATIONS}`, 'listeners', [g('listeners')], 0, `raw ${growth(navWith, 'listeners')} with, ${growth(navWithout, 'listeners')} without`);
  report(`listeners on document tree + window (DOMDebugger): growth 10→${NAVIGATIONS}`, 'listeners', [g('docListeners')], 0, `raw ${growth(navWith, 'docListeners')} with, ${growth(navWithout, 'docListeners')} without`);
  report(`DOM nodes: growth from navigation 10 to ${NAVIGATIONS}`, 'nodes', [g('nodes')], 50, `raw ${growth(navWith, 'nodes')} with, ${growth(navWithout, 'nodes')} without`);
  report(`JS heap after GC: growth from navigation 10 to ${NAVIGATIONS}`, 'MB', [g('heapMB')], 1, `raw ${growth(navWith, 'heapMB').toFixed(2)} with, ${growth(navWithout, 'heapMB').toFixed(2)} without`);
  summary['navigation'] = { with: navWith, without: navWithout };
}

const broken = figures.filter((f) => !f.ok);
const result = { figures, runs: RUNS, seconds: (Date.now() - started) / 1000, details: summary };
if (JSON_FILE) writeFileSync(JSON_FILE, JSON.stringify(result, null, 2));
if (JSON_OUT) {
  console.log(JSON.stringify(result, null, 2));
} else {
  log(`\npage-cost: ${RUNS} alternating runs per page, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  log(broken.length ? `✖ ${broken.length} budget(s) broken: ${broken.map((f) => f.label).join('; ')}` : '✔ every page-cost budget met');
}
process.exit(broken.length ? 1 : 0);
