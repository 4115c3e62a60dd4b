/**
 * Where the time of bench/page-cost.ts's scroll walk goes (no budget: a profile to read beside it).
 *
 *   npm run build && npx tsx bench/scroll-trace.ts [--runs=2]
 *   VETTOK_EXTENSION_DIR=/tmp/other-build npx tsx bench/scroll-trace.ts   # another build (A/B)
 *   npx tsx bench/scroll-trace.ts --in-box   # the list scrolls in its own box, in a fixed dialog
 *
 * The same page and scroll as the walk (bench/scroll-page.ts), with and without Vettok, each in a
 * Chromium trace. Beside the wall times this reports CPU time (the trace's thread time), which the
 * load changes far less:
 * - per frame, the page's main thread's CPU time (bench/frame-trace.ts, as page-cost.ts judges it);
 * - in all, per process and thread (the tab's main thread, the browser's storage threads, …);
 * - the main thread's own time by trace event (self time), Vettok's scripts named.
 */
import { launchBenchBrowser } from './bench-browser';
import { completeEvents, frameCpu, mainThread, startTrace, type TraceEvent } from './frame-trace';
import { SCROLL_BOX_URL, SCROLL_URL, serveListPages } from './scroll-page';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 2);
/** The list scrolls inside a box of a fixed dialog (TikTok's follower lists), not the document. */
const IN_BOX = process.argv.includes('--in-box');
/** Pixels per frame, as bench/page-cost.ts scrolls. */
const STEP = 240;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;
const ms = (us: number) => (us / 1000).toFixed(1);

async function traceOnce(withExt: boolean) {
  const browser = await launchBenchBrowser(withExt);
  const { context } = browser;
  try {
    await serveListPages(context);
    // The first walk warms the browser (and, with Vettok, stores its creators once); the second is traced.
    let result: { frames: number[]; events: TraceEvent[]; chips: number } | null = null;
    for (const traced of [false, true]) {
      const page = await context.newPage();
      const endTrace = traced ? await startTrace(await context.newCDPSession(page)) : null;
      await page.goto(IN_BOX ? SCROLL_BOX_URL : SCROLL_URL, { waitUntil: 'load' });
      const frames = await page.evaluate(async (step) => {
        const state = (window as unknown as { __scroll: { done: boolean } }).__scroll;
        const box = document.getElementById('scroll-box');
        const scroller = box ?? document.documentElement;
        const work: number[] = [];
        for (let i = 0; i < 2000; i++) {
          const start = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
          performance.mark(`frame-start-${i}`, { startTime: start });
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
        return work;
      }, STEP);
      if (endTrace) {
        const events = await endTrace();
        const chips = await page.evaluate(() => document.querySelectorAll('vettok-chip').length);
        result = { frames, events, chips };
      }
      await page.close();
    }
    return result!;
  } finally {
    await browser.close();
  }
}

function analyse(label: string, { frames, events, chips }: { frames: number[]; events: TraceEvent[]; chips: number }) {
  const threadNames = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    if (e.name === 'process_name') processNames.set(e.pid, e.args?.name ?? '');
  }
  const complete = completeEvents(events);
  const { key: main, events: mainEvents, tasks } = mainThread(events);
  const { cpu: frameCpuTimes, windows: frameWindows, index: frameIndex } = frameCpu(events, tasks, frames.length);
  // CPU time by thread (top-level tasks of every thread).
  const byThread = new Map<string, number>();
  const lastEnd = new Map<string, number>();
  for (const e of [...complete].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (lastEnd.get(key) ?? -Infinity)) continue;
    lastEnd.set(key, e.ts + e.dur!);
    const name = `${processNames.get(e.pid) ?? '?'} / ${(threadNames.get(key) ?? '?').replace(/\d+$/, '')}${key === main ? ' (the tab)' : ''}`;
    byThread.set(name, (byThread.get(name) ?? 0) + e.tdur!);
  }
  // Self time of the main thread's events, Vettok's scripts (and what they call) named.
  const self = new Map<string, number>();
  const open: { end: number; self: number; key: string; vettok: boolean }[] = [];
  const close = (o: (typeof open)[number]) => self.set(o.key, (self.get(o.key) ?? 0) + o.self);
  for (const e of mainEvents) {
    while (open.length > 0 && open.at(-1)!.end <= e.ts) close(open.pop()!);
    const parent = open.at(-1);
    const url = e.args?.data?.url ?? '';
    const vettok = url.startsWith('chrome-extension://') || (!url.startsWith('http') && (parent?.vettok ?? false));
    const script = url.startsWith('chrome-extension://') ? url.split('/').pop() : null;
    const me = { end: e.ts + e.dur!, self: e.tdur!, key: `${e.name}${script ? ` [${script}]` : vettok ? ' [Vettok]' : ''}`, vettok };
    if (parent) parent.self -= me.self;
    open.push(me);
  }
  while (open.length > 0) close(open.pop()!);

  const total = [...byThread.values()].reduce((a, b) => a + b, 0);
  console.log(`\n── ${label}: ${frames.length} frames, ${chips} chips`);
  console.log(`  frame wall time:        p95 ${p95(frames).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(1)} ms, ${frames.filter((w) => w > 16).length} over 16 ms`);
  console.log(`  frame main-thread CPU:  p95 ${p95(frameCpuTimes).toFixed(1)} ms, worst ${Math.max(...frameCpuTimes).toFixed(1)} ms, ${frameCpuTimes.filter((w) => w > 16).length} over 16 ms`);
  // The three frames with the most main-thread CPU: what ran in them (self time by event).
  const worst = frameCpuTimes.map((cpu, i) => [cpu, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
  for (const [cpu, i] of worst) {
    const [s, f] = frameWindows[i]!;
    const inside = new Map<string, number>();
    for (const e of mainEvents) {
      if (e.ts >= f || e.ts + e.dur! <= s || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') continue;
      const url = e.args?.data?.url ?? '';
      const key = `${e.name}${url.startsWith('chrome-extension://') ? ` [${url.split('/').pop()}]` : ''}`;
      inside.set(key, Math.max(inside.get(key) ?? 0, 0) + e.tdur!);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, t]) => `${k} ${ms(t)}`).join(', ');
    console.log(`  frame ${frameIndex[i]}: ${cpu.toFixed(1)} ms CPU (${frames[frameIndex[i]!]!.toFixed(1)} ms wall): ${top} (inclusive)`);
  }
  console.log(`  CPU in all (traced threads): ${ms(total)} ms; by thread:`);
  for (const [name, t] of [...byThread].sort((a, b) => b[1] - a[1]).slice(0, 7)) console.log(`    ${ms(t).padStart(8)} ms  ${name}`);
  console.log(`  the tab's main thread by event (self CPU time ≥ 5 ms):`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).filter(([, t]) => t >= 5000).slice(0, 25)) console.log(`    ${ms(t).padStart(8)} ms  ${key}`);
  return { wallP95: p95(frames), wallMax: Math.max(...frames), cpuP95: p95(frameCpuTimes), cpuMax: Math.max(...frameCpuTimes), mainCpu: byThread.get([...byThread.keys()].find((k) => k.endsWith('(the tab)'))!) ?? 0, total };
}

const summary: Record<'with' | 'without', ReturnType<typeof analyse>[]> = { with: [], without: [] };
for (let run = 1; run <= RUNS; run++) {
  summary.with.push(analyse(`run ${run}, with Vettok`, await traceOnce(true)));
  summary.without.push(analyse(`run ${run}, without Vettok`, await traceOnce(false)));
}
console.log(`\n── summary (${RUNS} runs each; per run: with / without)`);
for (const key of ['wallP95', 'wallMax', 'cpuP95', 'cpuMax'] as const) {
  console.log(`  frame ${key.padEnd(8)} ${summary.with.map((w, i) => `${w[key].toFixed(1)} / ${summary.without[i]![key].toFixed(1)}`).join(';  ')} ms`);
}
for (const key of ['mainCpu', 'total'] as const) {
  console.log(`  CPU ${key.padEnd(10)} ${summary.with.map((w, i) => `${ms(w[key])} / ${ms(summary.without[i]![key])}`).join(';  ')} ms`);
}
