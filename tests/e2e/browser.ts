import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixtureText } from '../fixture-files';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** The project's page fixtures (tests/fixtures/, trimmed from real captures), served at the TikTok URLs they were saved from. */
export const REAL_PAGES: Record<string, string> = {
  'https://www.tiktok.com/@jelly.here10': 'profile-jelly.here10-2026-04-universal-data.html',
  'https://www.tiktok.com/@alcaldiasa': 'profile-alcaldiasa-2026-05-universal-data.html',
  'https://www.tiktok.com/@dylanlemay': 'profile-dylanlemay-2023-02-sigi-state.html',
  'https://www.tiktok.com/@mounirlelion': 'profile-mounirlelion-2026-04-saved-rendered-dom-fr.html',
  'https://www.tiktok.com/@w..corporation/video/7606836476323597588':
    'video-detail-w..corporation-7606836476323597588-2026-06-pt-BR.html',
};

export interface Vettok {
  context: BrowserContext;
  extensionId: string;
  /** Extra pages (written by a test) keyed by URL; served like the real ones. */
  pages: Map<string, string>;
  /** JSON responses keyed by URL path (query ignored), e.g. TikTok API endpoints a page fetches. */
  responses: Map<string, string>;
  worker(): Promise<Worker>;
  open(url: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/** A page fixture's text, read once per test file (both browsers' suites serve it). */
const PAGE_CACHE = new Map<string, string>();
export function fixtureHtml(file: string): string {
  let html = PAGE_CACHE.get(file);
  if (html === undefined) {
    html = fixtureText(file);
    PAGE_CACHE.set(file, html);
  }
  return html;
}

/**
 * Launches Debian's Chromium with the built extension. Nothing reaches the network: TikTok page
 * URLs are answered from the page fixtures, every other request is refused.
 */
export async function launchVettok(
  options: {
    browserLanguage?: string;
    /** Another copy of the built extension to load (default: the build itself). */
    extensionDir?: string;
    /** Origins (e.g. a test server on 127.0.0.1) whose requests go through instead of being refused. */
    passOrigins?: readonly string[];
  } = {},
): Promise<Vettok> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`build the extension first: ${extensionDir}`);
  const profileDir = mkdtempSync(join(tmpdir(), 'vettok-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Every host name resolves to nothing, but for the hosts of passOrigins (a local test server).
      `--host-resolver-rules=MAP * ~NOTFOUND${(options.passOrigins ?? []).map((origin) => `, EXCLUDE ${new URL(origin).hostname}`).join('')}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-sandbox',
      // The browser's language for web content (navigator.languages), as a merchant's Chinese
      // browser has it; the browser's own menus stay English (a mixed setup: issue 17).
      ...(options.browserLanguage ? [`--accept-lang=${options.browserLanguage}`, '--lang=en-US'] : []),
    ],
  });
  const pages = new Map<string, string>();
  const responses = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (options.passOrigins?.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    const clean = url.split('?')[0]!.split('#')[0]!.replace(/\/$/, '');
    const written = pages.get(clean);
    const file = REAL_PAGES[clean];
    if (written !== undefined || file !== undefined) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: written ?? fixtureHtml(file!),
      });
    }
    const json = responses.get(clean);
    if (json !== undefined) return route.fulfill({ status: 200, contentType: 'application/json', body: json });
    if (route.request().resourceType() === 'document' && /^https:\/\/(www|affiliate)\.tiktok\.com\//.test(url)) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>TikTok</title><body></body>' });
    }
    return route.abort('blockedbyclient');
  });

  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    pages,
    responses,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      if (live) worker = live;
      return worker;
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A minimal profile page that embeds a real `webapp.user-detail` scope the way TikTok does. */
export function pageWithUserDetail(userDetail: unknown, title = 'TikTok'): string {
  const json = JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.user-detail': userDetail } }).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><title>${title}</title><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${json}</script></head><body><main id="main-content"></main></body></html>`;
}

/** The id of the tab showing `url`, asked of the extension itself. */
export async function tabIdOf(vettok: Vettok, url: string): Promise<number> {
  const page = await vettok.openExtensionPage('popup.html?tab=0');
  const id = await page.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.replace(/\/$/, '') === u)?.id ?? null;
  }, url);
  await page.close();
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}
