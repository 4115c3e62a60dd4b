/**
 * Runs `work` at most once at a time and at most once per `intervalMs`: calls that come while it
 * runs or waits are folded into one more run afterwards. A page that floods the feed channel then
 * costs the background one submission per interval, whatever it sends.
 */
export function coalesce(work: () => Promise<void>, intervalMs: number, wait: (ms: number) => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  async function loop(): Promise<void> {
    running = true;
    try {
      do {
        again = false;
        await work().catch(() => undefined);
        await wait(intervalMs);
      } while (again);
    } finally {
      running = false;
    }
  }
  return () => {
    if (running) again = true;
    else void loop();
  };
}
