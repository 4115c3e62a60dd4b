import { describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../../lib/page/coalesce';

describe('coalesce (lib/page/coalesce.ts)', () => {
  it('turns a flood of 10,000 feed messages into one submission per interval', async () => {
    vi.useFakeTimers();
    try {
      let runs = 0;
      const trigger = coalesce(async () => void (runs += 1), 1_000, (ms) => new Promise((r) => setTimeout(r, ms)));
      for (let i = 0; i < 10_000; i++) trigger();
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toBe(1); // the first at once
      await vi.advanceTimersByTimeAsync(1_000);
      expect(runs).toBe(2); // everything that came meanwhile, once
      await vi.advanceTimersByTimeAsync(5_000);
      expect(runs).toBe(2); // nothing more came
      trigger();
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps going after a failed run', async () => {
    let runs = 0;
    const trigger = coalesce(
      async () => {
        runs += 1;
        throw new Error('disk full');
      },
      0,
      () => Promise.resolve(),
    );
    trigger();
    await vi.waitFor(() => expect(runs).toBe(1));
    await new Promise((r) => setTimeout(r, 0));
    trigger();
    await vi.waitFor(() => expect(runs).toBe(2));
  });
});
