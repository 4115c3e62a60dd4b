import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_PATH, EXTENSION_DIR } from '../tests/e2e/browser';

/** The build the benches measure: `VETTOK_EXTENSION_DIR=DIR` for another (to compare two builds), else .output/chrome-mv3. */
export const BENCH_EXTENSION = process.env['VETTOK_EXTENSION_DIR'] || EXTENSION_DIR;

export interface BenchBrowser {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Headless Chromium at 1280×800 in a fresh profile, with Vettok's build (BENCH_EXTENSION) loaded
 * and its service worker started, or without it; no host resolves, so every page a bench opens is
 * served by its routes. `args`: more command-line switches.
 */
export async function launchBenchBrowser(withVettok: boolean, args: readonly string[] = []): Promise<BenchBrowser> {
  const dir = mkdtempSync(join(tmpdir(), withVettok ? 'vettok-bench-ext-' : 'vettok-bench-none-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(withVettok ? [`--disable-extensions-except=${BENCH_EXTENSION}`, `--load-extension=${BENCH_EXTENSION}`] : []),
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--no-first-run',
      '--no-sandbox',
      ...args,
    ],
  });
  if (withVettok && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
