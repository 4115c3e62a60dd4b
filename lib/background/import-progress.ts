import { browser } from 'wxt/browser';
import { IMPORT_PROGRESS_KEY } from '../messaging/protocol';

/** The least time between two progress reports of a running import (a few writes a second). */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * Rows written by a running import, passed on to `publish` at most every PROGRESS_INTERVAL_MS; the
 * last report (done = total) always goes through.
 */
export function throttledProgress(publish: (done: number, total: number) => void, now: () => number = Date.now) {
  let last = 0;
  return (done: number, total: number): void => {
    const at = now();
    if (done < total && at - last < PROGRESS_INTERVAL_MS) return;
    last = at;
    publish(done, total);
  };
}

/** Where the side panel's progress bar reads a running import's progress (storage.local). */
export function storeImportProgress(done: number, total: number): void {
  void browser.storage.local.set({ [IMPORT_PROGRESS_KEY]: { done, total } });
}
