import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureHtml, REAL_PAGES } from '../e2e/browser';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] || '/usr/bin/firefox-esr';

/**
 * The add-on's internal UUID, fixed through Firefox's `extensions.webextensions.uuids` preference so
 * that its pages have a known address (`moz-extension://UUID/`).
 */
const ADDON_UUID = '6f1e9a2c-0b1d-4c5e-9f3a-7d2b8c4e1a60';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxVettok {
  browser: Browser;
  /** Extra pages (written by a test) keyed by URL; served like the real ones. */
  pages: Map<string, string>;
  /** JSON responses keyed by URL path (query ignored), e.g. TikTok API endpoints a page fetches. */
  responses: Map<string, string>;
  /** Every request TikTok tabs made (answered from the captures or refused). */
  pageRequests: string[];
  /**
   * Every request that left Firefox by any other way — the add-on's background, its own pages,
   * Firefox itself — as the local proxy all traffic is routed to saw it (and refused it).
   */
  escapedRequests: string[];
  /** A tab on `url`, served from the captures. */
  open(url: string): Promise<Page>;
  /** One of Vettok's pages (`sidepanel.html`, `popup.html?tab=…`) in a tab of its own. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn(arg)` in Vettok's content-script world of the tab showing `url` (the latest such tab),
   * through `scripting.executeScript` from one of Vettok's pages, and returns its result. There,
   * `element.openOrClosedShadowRoot` opens the card's closed root. `fn` is sent as source.
   */
  inContentWorld<A, R>(url: string, fn: (arg: A) => R, arg: A): Promise<R>;
  /** Runs `fn(arg)` in one of Vettok's own pages (extension APIs at hand). `fn` is sent as source. */
  inExtensionPage<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** A local HTTP proxy that records and refuses every request (so nothing reaches the network). */
async function refusingProxy(seen: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** Waits until `page` shows a document at `url` (Firefox navigates to add-on pages without the events puppeteer waits for). */
async function settledAt(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Launches Debian's Firefox ESR over WebDriver BiDi and installs the built add-on temporarily.
 * TikTok URLs are answered from the real captures; every other request of a tab is refused, and
 * everything else is routed to a local proxy that refuses it: nothing reaches the network.
 */
export async function launchFirefoxVettok(): Promise<FirefoxVettok> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the add-on first (npm run build:firefox): ${FIREFOX_EXTENSION_DIR}`);
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const escapedRequests: string[] = [];
  const proxy = await refusingProxy(escapedRequests);
  const port = (proxy.address() as AddressInfo).port;
  const profileDir = mkdtempSync(join(tmpdir(), 'vettok-firefox-e2e-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    // Firefox honours the remote-settings server below (puppeteer's `data:` sink) only with this set;
    // otherwise it polls Mozilla's servers on its own, which would hide whether Vettok sent anything.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // No connections opened ahead of a request (they would bypass the tab's interception).
      'network.http.speculative-parallel-limit': 0,
      'network.preconnect': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'browser.places.speculativeConnect.enabled': false,
      'browser.urlbar.speculativeConnect.enabled': false,
      'browser.chrome.site_icons': false,
      // The 2023 SIGI-era page registers /sw.js: a worker script's fetch is not the tab's, so it would
      // bypass the interception. (Vettok's background in Firefox is an event page, not a worker.)
      'dom.serviceWorkers.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const pages = new Map<string, string>();
  const responses = new Map<string, string>();
  const pageRequests: string[] = [];
  let probe: Page | null = null;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    page.goto(url).catch(() => undefined);
    await settledAt(page, url);
    return page;
  }

  return {
    browser,
    pages,
    responses,
    pageRequests,
    escapedRequests,
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const requested = request.url();
        if (!/^https?:/.test(requested)) return void request.continue();
        pageRequests.push(requested);
        const clean = requested.split('?')[0]!.split('#')[0]!.replace(/\/$/, '');
        const written = pages.get(clean);
        const file = REAL_PAGES[clean];
        if (written !== undefined || file !== undefined) {
          return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: written ?? fixtureHtml(file!) });
        }
        const json = responses.get(clean);
        if (json !== undefined) return void request.respond({ status: 200, contentType: 'application/json', body: json });
        if (request.isNavigationRequest() && /^https:\/\/(www|affiliate)\.tiktok\.com\//.test(requested)) {
          return void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>TikTok</title><body></body>' });
        }
        return void request.abort();
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    openExtensionPage,
    async inExtensionPage<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      probe ??= await openExtensionPage('popup.html?tab=0');
      return (await probe.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`)) as R;
    },
    async inContentWorld<A, R>(url: string, fn: (arg: A) => R, arg: A): Promise<R> {
      probe ??= await openExtensionPage('popup.html?tab=0');
      // Sources compiled with esbuild's keepNames call a `__name` helper: give them one.
      const source = `async (url, arg) => {
        const tabs = await browser.tabs.query({});
        const tab = tabs.filter((t) => t.url && t.url.replace(/\\/$/, '') === url).at(-1);
        if (!tab) throw new Error('no tab shows ' + url);
        const [injection] = await browser.scripting.executeScript({
          target: { tabId: tab.id },
          func: (a) => { const __name = (f) => f; return (${fn.toString()})(a); },
          args: [arg],
        });
        if (injection.error) throw new Error(String(injection.error));
        return injection.result;
      }`;
      return (await probe.evaluate(`(${source})(${JSON.stringify(url)}, ${JSON.stringify(arg) ?? 'undefined'})`)) as R;
    },
    async close() {
      await browser.close();
      await new Promise((done) => proxy.close(done));
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
