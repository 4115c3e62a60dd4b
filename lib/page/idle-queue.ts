interface IdleDeadlineLike {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}
interface IdleHost {
  requestIdleCallback?: (fn: (deadline: IdleDeadlineLike) => void, options: { timeout: number }) => unknown;
  setTimeout: (fn: () => void, ms: number) => unknown;
}

/**
 * Idle time a task needs to start in a period (a task is ≈ 1–4 ms, longer on a busy machine): with
 * less left, it waits for the next period, so it does not run on into the next frame.
 */
const MIN_REMAINING_MS = 6;
/** Longest a queued task waits for idle time: on a page that never idles, it then runs in a task of its own. */
const IDLE_TIMEOUT_MS = 500;
/**
 * Idle periods in a row too short to start a task in before one is started anyway: a page with
 * a timer always due soon has only short ones, and asking again and again costs script time too.
 */
const MAX_SHORT_PERIODS = 2;

/**
 * Runs tasks, in the order queued, in the page's idle time (`requestIdleCallback`): after a frame
 * has been drawn, never inside one. Tasks start while the idle period has enough time left; one
 * runs when the browser calls back because the timeout passed (a page that never idles) or after a
 * few periods in a row too short to start one in. Without
 * `requestIdleCallback`, each runs in a zero timeout of its own. A task that throws does not stop the
 * others. Scout mode's reading of lists and placing of chips runs here, so a page that scrolls
 * while its results arrive keeps its frames (docs/performance.md).
 */
export function createIdleQueue(host: IdleHost = globalThis as unknown as IdleHost) {
  const tasks: (() => void)[] = [];
  let requested = false;
  let stopped = false;
  let shortPeriods = 0;

  const runOne = () => {
    const task = tasks.shift();
    try {
      task?.();
    } catch {
      // One task's failure is its own: the next still runs.
    }
  };
  const onIdle = (deadline: IdleDeadlineLike | null) => {
    requested = false;
    if (stopped) return;
    if (!deadline || deadline.didTimeout) {
      // Timed out (or no idle callbacks at all): one task, in a task of its own.
      runOne();
    } else if (deadline.timeRemaining() < MIN_REMAINING_MS) {
      // Too short to start a task in; after a few such periods in a row, one runs anyway.
      if (++shortPeriods > MAX_SHORT_PERIODS) {
        shortPeriods = 0;
        runOne();
      }
    } else {
      shortPeriods = 0;
      do runOne();
      while (tasks.length > 0 && deadline.timeRemaining() >= MIN_REMAINING_MS);
    }
    if (tasks.length > 0) request();
  };
  const request = () => {
    if (requested || stopped) return;
    requested = true;
    if (typeof host.requestIdleCallback === 'function') host.requestIdleCallback((deadline) => onIdle(deadline), { timeout: IDLE_TIMEOUT_MS });
    else host.setTimeout(() => onIdle(null), 0);
  };

  return {
    /** Queues `task` to run in idle time, after every task queued before it. */
    add(task: () => void): void {
      if (stopped) return;
      tasks.push(task);
      request();
    },
    /** Drops every queued task; nothing runs after this. */
    stop(): void {
      stopped = true;
      tasks.length = 0;
    },
  };
}
export type IdleQueue = ReturnType<typeof createIdleQueue>;
