import { defineConfig } from 'vitest/config';

/** End-to-end specs: the built extension in real Chromium, one browser at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    // A loaded machine (2 cores shared with other builds) can take more than the 1 s default.
    expect: { poll: { timeout: 15_000 } },
  },
});
