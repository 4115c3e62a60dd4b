import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { cataloguesAsJson, compileHint } from './scripts/build-plugins';

/**
 * Content scripts that get WXT's plain `browser` (= `chrome` on Chromium, the native `browser` on
 * Firefox) instead of webextension-polyfill: the only extension API they call is
 * `runtime.sendMessage`, which returns a promise natively in both (MV3), and they load on every
 * creator page, where the polyfill would be evaluated for nothing (docs/performance.md).
 */
const WITHOUT_POLYFILL = new Set(['tiktok-profile', 'affiliate-creator']);

/**
 * Content scripts that render into TikTok's pages: React is swapped for preact/compat (a few KB
 * instead of react-dom's ~60 KB gzip, and much less to evaluate on every creator page). Popup and
 * side panel stay on React. The e2e specs drive every overlay flow on the Preact build.
 */
const ON_PREACT = new Set(['tiktok-profile', 'affiliate-creator', 'affiliate-invite']);
/** Of those, the creator card's scripts render with Preact itself, not compat (components/preact). */
const ON_PREACT_CORE = new Set(['tiktok-profile', 'affiliate-creator']);

/**
 * Content scripts that run whole on every page they match (the creator card): their bundle starts
 * with V8's compile hint and carries its text catalogues as JSON (scripts/build-plugins.ts).
 */
const COMPILED_EAGERLY = new Set(['tiktok-profile', 'affiliate-creator']);

const local = (path: string) => fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));

/** Aliases for one entrypoint's build (exact module ids only: `react-dom/client` is not `react-dom`). */
function aliasesFor(name: string): { find: RegExp; replacement: string }[] {
  const out: { find: RegExp; replacement: string }[] = [];
  if (WITHOUT_POLYFILL.has(name)) out.push({ find: /^wxt\/browser$/, replacement: local('wxt/dist/browser.mjs') });
  if (ON_PREACT_CORE.has(name)) {
    out.push(
      { find: /^react\/jsx-runtime$/, replacement: local('preact/jsx-runtime/dist/jsxRuntime.mjs') },
      { find: /^react\/jsx-dev-runtime$/, replacement: local('preact/jsx-runtime/dist/jsxRuntime.mjs') },
      { find: /^react-dom\/client$/, replacement: fileURLToPath(new URL('./components/preact/react-dom-client.ts', import.meta.url)) },
      { find: /^react$/, replacement: fileURLToPath(new URL('./components/preact/react.ts', import.meta.url)) },
    );
  } else if (ON_PREACT.has(name)) {
    out.push(
      { find: /^react\/jsx-runtime$/, replacement: local('preact/compat/jsx-runtime.mjs') },
      { find: /^react\/jsx-dev-runtime$/, replacement: local('preact/compat/jsx-dev-runtime.mjs') },
      { find: /^react-dom\/client$/, replacement: local('preact/compat/client.mjs') },
      { find: /^react-dom$/, replacement: local('preact/compat/dist/compat.mjs') },
      { find: /^react$/, replacement: local('preact/compat/dist/compat.mjs') },
    );
  }
  return out;
}

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
      // WXT builds each content script on its own, so one entrypoint per call here.
      const names = entrypoints.map((e) => e.name);
      if (names.length > 0 && names.every((name) => COMPILED_EAGERLY.has(name))) config.plugins = [...(config.plugins ?? []), cataloguesAsJson, compileHint];
      const [first, ...rest] = names.map(aliasesFor);
      const entries = first ?? [];
      if (!entries.length || rest.some((r) => JSON.stringify(r) !== JSON.stringify(entries))) return;
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [...entries, ...alias] : [...entries, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))],
      };
    },
  },
});
