import { describe, expect, it, vi } from 'vitest';
import { runSoon } from '../../../lib/page/run-soon';

describe('runSoon (lib/page/run-soon.ts)', () => {
  it('posts a user-blocking task where the browser has scheduler.postTask, and does not run it now', () => {
    const postTask = vi.fn(() => Promise.resolve());
    const setTimeout = vi.fn();
    const fn = vi.fn();
    runSoon(fn, { scheduler: { postTask }, setTimeout });
    expect(fn).not.toHaveBeenCalled();
    expect(postTask).toHaveBeenCalledWith(fn, { priority: 'user-blocking' });
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to a zero timeout without it', () => {
    const setTimeout = vi.fn();
    const fn = vi.fn();
    runSoon(fn, { setTimeout });
    runSoon(fn, { scheduler: {}, setTimeout });
    expect(fn).not.toHaveBeenCalled();
    expect(setTimeout).toHaveBeenNthCalledWith(1, fn, 0);
    expect(setTimeout).toHaveBeenNthCalledWith(2, fn, 0);
  });

  it('runs the task in node, which has neither scheduler nor window', async () => {
    const ran = await new Promise<boolean>((resolve) => runSoon(() => resolve(true)));
    expect(ran).toBe(true);
  });
});
