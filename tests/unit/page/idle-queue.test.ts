import { describe, expect, it, vi } from 'vitest';
import { createIdleQueue } from '../../../lib/page/idle-queue';

/** A page whose idle callbacks are run by the test, each with the idle time it names. */
function idlePage() {
  const callbacks: ((deadline: { timeRemaining(): number; didTimeout: boolean }) => void)[] = [];
  const requestIdleCallback = vi.fn((fn: (typeof callbacks)[number], _options: { timeout: number }) => callbacks.push(fn));
  const idle = (ms: number) => callbacks.shift()!({ timeRemaining: () => ms, didTimeout: false });
  return { host: { requestIdleCallback, setTimeout: vi.fn() }, requestIdleCallback, callbacks, idle };
}

describe('createIdleQueue (lib/page/idle-queue.ts)', () => {
  it('runs nothing when a task is queued, only in an idle callback, in order, with a timeout so a page that never idles still gets them', () => {
    const { host, requestIdleCallback, callbacks, idle } = idlePage();
    const queue = createIdleQueue(host);
    const ran: number[] = [];
    queue.add(() => ran.push(1));
    queue.add(() => ran.push(2));
    expect(ran).toEqual([]);
    expect(requestIdleCallback).toHaveBeenCalledOnce();
    expect(requestIdleCallback.mock.calls[0]![1].timeout).toBeGreaterThan(0);
    idle(50);
    expect(ran).toEqual([1, 2]);
    expect(callbacks).toHaveLength(0);
  });

  it('starts a task only with enough of the idle period left, one after a timed-out callback, and asks again for the rest', () => {
    const { host, callbacks, requestIdleCallback } = idlePage();
    const queue = createIdleQueue(host);
    const ran: string[] = [];
    let left = 0;
    for (const name of ['a', 'b', 'c', 'd']) queue.add(() => {
      ran.push(name);
      left -= 2;
    });
    // 2 ms left in the period: nothing starts (a task may take longer and run into the next frame).
    left = 2;
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: false });
    expect(ran).toEqual([]);
    // 7 ms: 'a' runs; 5 ms left after it is not enough for another.
    left = 7;
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: false });
    expect(ran).toEqual(['a']);
    expect(requestIdleCallback).toHaveBeenCalledTimes(3);
    // The browser called back because the timeout passed: one task, the rest later.
    left = 0;
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: true });
    expect(ran).toEqual(['a', 'b']);
    // Short periods only (a page with a timer always due soon): the third in a row runs one task.
    left = 1;
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: false });
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: false });
    expect(ran).toEqual(['a', 'b']);
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: false });
    expect(ran).toEqual(['a', 'b', 'c']);
    left = 40;
    callbacks.shift()!({ timeRemaining: () => left, didTimeout: false });
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps going after a task that throws, and runs nothing once stopped', () => {
    const { host, callbacks } = idlePage();
    const queue = createIdleQueue(host);
    const after = vi.fn();
    queue.add(() => {
      throw new Error('page changed under it');
    });
    queue.add(after);
    callbacks.shift()!({ timeRemaining: () => 50, didTimeout: false });
    expect(after).toHaveBeenCalledOnce();
    const never = vi.fn();
    queue.add(never);
    queue.stop();
    queue.add(never);
    for (const callback of callbacks.splice(0)) callback({ timeRemaining: () => 50, didTimeout: false });
    expect(never).not.toHaveBeenCalled();
  });

  it('without requestIdleCallback, runs each task in a zero timeout of its own (and in node)', async () => {
    const setTimeout = vi.fn();
    const queue = createIdleQueue({ setTimeout });
    queue.add(() => undefined);
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), 0);
    const ran = await new Promise<boolean>((resolve) => createIdleQueue().add(() => resolve(true)));
    expect(ran).toBe(true);
  });
});
