/**
 * Each frame's main-thread CPU time, from a Chromium trace of a page that marks its frames
 * (`frame-start-N` at the frame's requestAnimationFrame time, `frame-end-N` once its rendering is
 * done: bench/page-cost.ts's and bench/scroll-trace.ts's scroll walks).
 *
 * On a shared machine a frame's wall time is mostly other processes' time (load 5–10 here: frames of
 * 40–60 ms whose own work was 4–8 ms of CPU; on two cores, the browser's and the GPU process's own
 * threads compete with the tab's), so the scroll walks judge a frame by the CPU time of the tab's
 * main thread between the frame's start and the end of its rendering (the trace's thread time of
 * the tasks overlapping it, pro rata), which the load changes far less.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing', '__metadata'];

/**
 * Starts a trace of the page behind `cdp` (the timeline, script and user-timing categories, and
 * `more`); the returned function ends it and gives its events.
 */
export async function startTrace(cdp: CDPSession, more: readonly string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...CATEGORIES, ...more], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The trace's events with a wall and a thread duration. */
export const completeEvents = (events: readonly TraceEvent[]) => events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined);

/**
 * The tab's main thread (the renderer main thread with the most layout), its events in order and
 * its top-level tasks (not inside another).
 */
export function mainThread(events: readonly TraceEvent[]): { key: string; events: TraceEvent[]; tasks: TraceEvent[] } {
  const complete = completeEvents(events);
  const layout = new Map<string, number>();
  for (const e of complete) if (e.name === 'Layout') layout.set(`${e.pid}:${e.tid}`, (layout.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur!);
  const key = [...layout].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const mainEvents = complete.filter((e) => `${e.pid}:${e.tid}` === key).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of mainEvents) {
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + e.dur!;
    }
  }
  return { key, events: mainEvents, tasks };
}

/**
 * Per marked frame (0 … count − 1): the main thread's CPU time inside the frame's window, in ms,
 * and that window (trace microseconds). Frames without both marks are left out.
 */
export function frameCpu(events: readonly TraceEvent[], tasks: readonly TraceEvent[], count: number): { cpu: number[]; windows: [number, number][]; index: number[] } {
  const marks = new Map<string, number>();
  for (const e of events) if (e.cat?.includes('user_timing') && e.name.startsWith('frame-')) marks.set(e.name, e.ts);
  const cpu: number[] = [];
  const windows: [number, number][] = [];
  const index: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = marks.get(`frame-start-${i}`);
    const f = marks.get(`frame-end-${i}`);
    if (s === undefined || f === undefined) continue;
    let us = 0;
    for (const t of tasks) {
      const overlap = Math.min(t.ts + t.dur!, f) - Math.max(t.ts, s);
      if (overlap > 0 && t.dur! > 0) us += (t.tdur! * overlap) / t.dur!;
    }
    cpu.push(us / 1000);
    windows.push([s, f]);
    index.push(i);
  }
  return { cpu, windows, index };
}
