import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The creator card's tests build it as the card scripts do: JSX as DOM (wxt.config.ts, components/dom/jsx-runtime.ts). */
const CARD_TESTS = 'tests/unit/card/**/*.test.{ts,tsx}';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'tests/security/**/*.test.{ts,tsx}'],
          exclude: [CARD_TESTS],
        },
      },
      {
        extends: true,
        resolve: {
          alias: [{ find: /^react\/jsx-(dev-)?runtime$/, replacement: fileURLToPath(new URL('./components/dom/jsx-runtime.ts', import.meta.url)) }],
        },
        test: { name: 'card', include: [CARD_TESTS], environment: 'happy-dom' },
      },
    ],
  },
});
