import { describe, expect, it } from 'vitest';
import { frameCpu, mainThread, type TraceEvent } from '../../../bench/frame-trace';

/** A complete event: wall time `dur` and thread (CPU) time `tdur`, in microseconds. */
const task = (name: string, ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({ name, ph: 'X', pid: 10, tid, ts, dur, tdur });
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', pid: 10, tid: 1, ts });

describe('frame-trace: a frame judged by its main-thread CPU time', () => {
  it('takes the renderer thread with the most layout as the main thread, and its outermost tasks only', () => {
    const events = [
      task('RunTask', 0, 1000, 800),
      task('Layout', 100, 500, 400), // inside the task above: not a task of its own
      task('RunTask', 2000, 100, 100, 2),
      task('Layout', 2000, 50, 50, 2),
    ];
    const { key, tasks } = mainThread(events);
    expect(key).toBe('10:1');
    expect(tasks.map((t) => t.ts)).toEqual([0]);
  });

  it("counts each task's CPU time in a frame's window pro rata to the wall time it spends there", () => {
    // Frame 0 from 1,000 to 2,000 µs; frame 1 from 3,000 to 3,500 µs; frame 2 has no end mark.
    const events = [
      mark('frame-start-0', 1000),
      mark('frame-end-0', 2000),
      mark('frame-start-1', 3000),
      mark('frame-end-1', 3500),
      mark('frame-start-2', 4000),
      task('RunTask', 500, 1000, 600), // half inside frame 0: 300 µs of CPU there
      task('Layout', 600, 100, 100), // inside the task above
      task('RunTask', 1800, 200, 100), // wholly inside frame 0: 100 µs
      task('RunTask', 3400, 400, 400), // a quarter inside frame 1: 100 µs
      task('RunTask', 2500, 100, 100), // between frames: counted in none
    ];
    const { tasks } = mainThread(events);
    const { cpu, index } = frameCpu(events, tasks, 3);
    expect(index).toEqual([0, 1]);
    expect(cpu).toEqual([0.4, 0.1]);
  });
});
