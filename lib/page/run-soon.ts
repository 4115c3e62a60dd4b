interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Runs `fn` in a task of its own, ahead of the page's ordinary tasks: `scheduler.postTask` with
 * `user-blocking` priority where the browser has it, a zero timeout otherwise. A content script
 * that runs at `document_end` runs inside the page's own DOMContentLoaded task; doing its work in
 * the next task instead keeps that task as long as the page made it, and costs the card no time
 * (docs/performance.md).
 */
export function runSoon(fn: () => void, win: { scheduler?: unknown; setTimeout: (fn: () => void, ms: number) => unknown } = globalThis): void {
  const scheduler = win.scheduler as PostTaskScheduler | undefined;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(fn, { priority: 'user-blocking' });
  else win.setTimeout(fn, 0);
}
