import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * Entrypoints that run on every TikTok page and never call a promise-returning extension API
 * through `browser`: they get WXT's plain `browser` (= `chrome` on Chromium) instead of
 * webextension-polyfill, which would otherwise be the bulk of their bundle (docs/performance.md).
 */
const WITHOUT_POLYFILL = new Set(['tiktok-watch']);

// Host access is limited to the pages Vettok reads. Every other permission is explained in
// docs/security.md; the manifest snapshot test fails when this list widens.
export const HOST_PERMISSIONS = [
  'https://www.tiktok.com/*',
  'https://affiliate.tiktok.com/*',
  'https://affiliate.tiktokshopglobalselling.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: collaboration deadline reminders (content review, sample posting, appeal).
    permissions: ['storage', 'sidePanel', 'scripting', 'alarms', 'notifications'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => WITHOUT_POLYFILL.has(e.name))) return;
      const plain = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));
      const alias = config.resolve?.alias;
      const entry = { find: /^wxt\/browser$/, replacement: plain };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [entry, ...alias] : [entry, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))],
      };
    },
  },
});
