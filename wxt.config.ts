import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { cataloguesAsJson, compileHint } from './scripts/build-plugins';
import { AFFILIATE_MATCHES, TIKTOK_MATCHES } from './lib/platform/hosts';
import { LIST_PAGE_MATCHES } from './lib/scout/list-pages';

/**
 * The creator card's content scripts, which load on every creator page (TikTok profile and video
 * pages, Affiliate Center creator pages), and scout mode's watcher and chips on list pages, each built to cost that page as little as possible
 * (docs/performance.md):
 * - WXT's plain `browser` (= `chrome` on Chromium, the native `browser` on Firefox) instead of
 *   webextension-polyfill: their only extension API, `runtime.sendMessage`, returns a promise
 *   natively in both (MV3);
 * - JSX that builds DOM nodes directly (components/dom/jsx-runtime.ts) instead of a framework: the
 *   card is rebuilt from its store's state, and its components shared with the popup and side panel
 *   are hook-free, so React renders the same source there;
 * - V8's compile hint and their text catalogues as JSON (scripts/build-plugins.ts).
 */
const CARD_SCRIPTS = new Set(['tiktok-profile', 'affiliate-creator', 'list-scout', 'list-watch']);
/**
 * The scripts whose functions nearly all run on load (the card renders at once) and so gain from
 * V8's eager-compile hint. Scout mode's script is idle until a list arrives: compiling it all
 * eagerly would cost every feed page for nothing.
 */
const EAGER_COMPILE = new Set(['tiktok-profile', 'affiliate-creator']);

/**
 * Everything that renders inside TikTok's pages — the card scripts and the Affiliate Center form
 * helper — builds its JSX as DOM (components/dom/jsx-runtime.ts). Extension pages (popup, side
 * panel) render with React. Two UI runtimes in all; `tsconfig.page.json` holds the files that run
 * in pages to what the DOM runtime can render.
 */
const IN_PAGE_SCRIPTS = new Set([...CARD_SCRIPTS, 'affiliate-invite']);

const local = (path: string) => fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));
const DOM_JSX_RUNTIME = fileURLToPath(new URL('./components/dom/jsx-runtime.ts', import.meta.url));

/** Aliases for one entrypoint's build (exact module ids only: `react-dom/client` is not `react-dom`). */
function aliasesFor(name: string): { find: RegExp; replacement: string }[] {
  const out: { find: RegExp; replacement: string }[] = [];
  if (IN_PAGE_SCRIPTS.has(name)) {
    out.push(
      { find: /^wxt\/browser$/, replacement: local('wxt/dist/browser.mjs') },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: DOM_JSX_RUNTIME },
    );
  }
  return out;
}

// Host access is limited to the pages Vettok reads. Every other permission is explained in
// docs/security.md; the manifest snapshot test fails when this list widens.
export const HOST_PERMISSIONS = [...TIKTOK_MATCHES, ...AFFILIATE_MATCHES];

/** Origins a merchant may grant one of, for their team's CouchDB server (docs/team.md). */
export const TEAM_SERVER_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * Firefox's add-on id and the oldest Firefox it runs in. 140 is the first ESR that reads
 * `data_collection_permissions`, which addons.mozilla.org requires; MAIN-world content scripts
 * (page-feed) need 128. Vettok collects nothing, so it declares `none`.
 */
export const FIREFOX_GECKO = {
  id: 'vettok@vettok.app',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

/** Firefox for Android reads `data_collection_permissions` from 142. */
export const FIREFOX_ANDROID = { strict_min_version: '142.0' };

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Manifest V3 in every browser: Firefox too (event page, MAIN-world content scripts from 128).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: collaboration deadline reminders (content review, sample posting, appeal).
    // Chromium's side panel needs `sidePanel`; Firefox shows the same page as a sidebar_action (WXT
    // writes it from entrypoints/sidepanel) and has no such permission.
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'alarms', 'notifications'] : ['storage', 'sidePanel', 'scripting', 'alarms', 'notifications'],
    host_permissions: HOST_PERMISSIONS,
    // The team workspace's server: asked for at connection time, for that one origin only
    // (permissions.request in Settings → Team); nothing is granted at install.
    optional_host_permissions: TEAM_SERVER_ORIGINS,
    action: { default_title: '__MSG_extName__' },
    // Scout mode's watcher (entrypoints/list-watch.ts): an unlisted script, declared here so that it
    // runs without WXT's content-script context (its cost on every feed page: docs/performance.md).
    content_scripts: [{ matches: LIST_PAGE_MATCHES, js: ['list-watch.js'], run_at: 'document_start' }],
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: FIREFOX_GECKO, gecko_android: FIREFOX_ANDROID } }),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // WXT builds each content script on its own, so one entrypoint per call here.
      const names = entrypoints.map((e) => e.name);
      if (names.length > 0 && names.every((name) => CARD_SCRIPTS.has(name))) {
        config.plugins = [...(config.plugins ?? []), cataloguesAsJson, ...(names.every((name) => EAGER_COMPILE.has(name)) ? [compileHint] : [])];
      }
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
