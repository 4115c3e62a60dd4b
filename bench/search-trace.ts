/**
 * Where Vettok's script time goes on the search page of 30 creators (bench/page-cost.ts's `search`),
 * from a Chromium trace (no budget: a profile to read beside page-cost's figure).
 *
 *   npm run build && npx tsx bench/search-trace.ts [--runs=5]
 *   VETTOK_EXTENSION_DIR=/tmp/other-build npx tsx bench/search-trace.ts   # another build (A/B)
 *
 * Each run loads the page in a fresh tab (one warm-up load first, left out) until all 30 chips are
 * placed, then 400 ms more, as page-cost does. Every top-level task of the tab's main thread that runs
 * one of Vettok's scripts is counted with its CPU time (the trace's thread time, which the machine's
 * load changes far less than the wall times page-cost's ScriptDuration is made of), grouped by the
 * first Vettok event in it. The first run's tasks are listed in order. The page's own first task also
 * evaluates its inline script and Vettok's document-start scripts: it is listed, and counted whole.
 */
import { BENCH_EXTENSION, launchBenchBrowser } from './bench-browser';
import { startTrace, type TraceEvent } from './frame-trace';
import { median } from './median';
import { SEARCH_CREATORS, SEARCH_URL, serveListPages } from './scroll-page';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'FireIdleCallback', 'TimerFire', 'RunMicrotasks', 'EventDispatch', 'MinorGC', 'MajorGC']);
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? '';
const label = (e: TraceEvent) => {
  const url = urlOf(e).split('?')[0]!.split('/').pop();
  const fn = e.args?.data?.functionName;
  return `${e.name}${url ? `[${url}${fn ? `:${fn}` : ''}]` : e.args?.data?.type ? `[${e.args.data.type}]` : ''}`;
};

const browser = await launchBenchBrowser(true);
const { context } = browser;
const totals: number[] = [];
const groups = new Map<string, number[]>();
try {
  await serveListPages(context);
  for (let run = 0; run <= RUNS; run++) {
    const page = await context.newPage();
    const endTrace = await startTrace(await context.newCDPSession(page), ['v8']);
    await page.goto(`${SEARCH_URL}?q=TikTok`, { waitUntil: 'load' });
    for (const deadline = Date.now() + 20_000; (await page.evaluate(() => document.querySelectorAll('vettok-chip').length)) < SEARCH_CREATORS; await page.waitForTimeout(50)) {
      if (Date.now() > deadline) throw new Error('chips not placed');
    }
    await page.waitForTimeout(400);
    const events = await endTrace();
    await page.close();
    if (run === 0) continue;

    const done = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
    // The tab's main thread: the renderer thread that parsed the page's HTML.
    const parsing = new Map<string, number>();
    for (const e of done) if (e.name === 'ParseHTML') parsing.set(`${e.pid}:${e.tid}`, (parsing.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur!);
    const main = [...parsing].sort((a, b) => b[1] - a[1])[0]![0];
    const ordered = done.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const tasks: TraceEvent[][] = [];
    let end = -Infinity;
    for (const e of ordered) {
      if (e.ts >= end) {
        tasks.push([e]);
        end = e.ts + e.dur!;
      } else tasks.at(-1)!.push(e);
    }
    const start = tasks[0]![0]!.ts;
    let total = 0;
    const perGroup = new Map<string, number>();
    if (run === 1) console.log(`run 1, the tasks that ran Vettok's scripts (CPU ms; page time from the first task):`);
    for (const task of tasks) {
      const first = task.find((e) => urlOf(e).startsWith('chrome-extension://'));
      if (!first) continue;
      const ms = cpu(task[0]!);
      total += ms;
      const key = label(first);
      perGroup.set(key, (perGroup.get(key) ?? 0) + ms);
      if (run === 1) {
        const inside = task.filter((e) => SCRIPT_EVENTS.has(e.name) && cpu(e) >= 0.05).slice(0, 8);
        console.log(`  +${((task[0]!.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${ms.toFixed(2).padStart(5)} ms: ${inside.map((e) => `${label(e)} ${cpu(e).toFixed(2)}`).join(', ')}`);
      }
    }
    totals.push(total);
    for (const [key, ms] of perGroup) groups.set(key, [...(groups.get(key) ?? []), ms]);
  }
} finally {
  await browser.close();
}
console.log(`\nsearch page, ${SEARCH_CREATORS} chips, ${BENCH_EXTENSION}: tasks that ran Vettok's scripts, CPU per load: median ${median(totals).toFixed(1)} ms (${totals.map((t) => t.toFixed(1)).join(', ')})`);
console.log('by the first Vettok event of the task (median over the loads; absent in a load counts 0):');
for (const [key, values] of [...groups].sort((a, b) => median(b[1]) - median(a[1]))) {
  const all = [...values, ...Array<number>(RUNS - values.length).fill(0)];
  console.log(`  ${median(all).toFixed(2).padStart(6)} ms  ${key}`);
}
