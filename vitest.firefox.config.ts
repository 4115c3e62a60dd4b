import { defineConfig } from 'vitest/config';

/** End-to-end specs in real Firefox: the built add-on (.output/firefox-mv3), one browser at a time. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    // A shared 2-core machine can be slow to settle a page: poll for up to 15 s, not vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
