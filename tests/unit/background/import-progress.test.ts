import { describe, expect, it } from 'vitest';
import { PROGRESS_INTERVAL_MS, throttledProgress } from '../../../lib/background/import-progress';

describe('throttledProgress', () => {
  it('passes on at most one report per interval, and always the last one', () => {
    let now = 1_000;
    const seen: [number, number][] = [];
    const report = throttledProgress((done, total) => seen.push([done, total]), () => now);
    report(10, 100);
    now += PROGRESS_INTERVAL_MS - 1;
    report(20, 100); // too soon: dropped
    now += 1;
    report(30, 100);
    report(100, 100); // the end, however soon
    expect(seen).toEqual([
      [10, 100],
      [30, 100],
      [100, 100],
    ]);
  });
});
