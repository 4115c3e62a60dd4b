import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor, overdueBadge } from '@/lib/background/badge';
import { createNavigationFollower } from '@/lib/background/follow-navigation';
import { createHandlers } from '@/lib/background/handlers';
import { createReminders } from '@/lib/background/reminders';
import { loadSettings, saveSettings } from '@/lib/background/settings-store';
import { tabCreators } from '@/lib/background/tab-creators';
import { forgetIfMovedOn } from '@/lib/background/tab-page';
import type { Assessment } from '@/lib/schemas/assessment';
import { VettokDatabase } from '@/lib/db/database';
import { clearStagedImports, takeStagedImport } from '@/lib/db/import-staging';
import { localeFor } from '@/lib/i18n';
import { IMPORT_PROGRESS_KEY } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/messaging/router';
import { OVERLAY_LOADED_FLAG } from '@/lib/page/overlay-flag';
import { SCOUT_SESSION_KEY, SCOUTED_FOCUS_KEY } from '@/lib/scout/focus';

const OVERLAY_SCRIPT: ScriptPublicPath = '/content-scripts/tiktok-profile.js';

export default defineBackground(() => {
  const db = new VettokDatabase();
  // Settings are read on every snapshot: kept in memory, dropped whenever storage.local's copy changes
  // (extension pages write it directly) or the background saves it.
  let cachedSettings: ReturnType<typeof loadSettings> | null = null;
  const settings = () =>
    (cachedSettings ??= loadSettings().catch((error: unknown) => {
      cachedSettings = null;
      throw error;
    }));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) cachedSettings = null;
  });
  const locale = async () => localeFor(browser.i18n.getUILanguage(), (await settings()).uiLanguage);
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  let overdue = 0;
  let lastProgress = 0;
  const reminders = createReminders({
    db,
    now: () => Date.now(),
    timeZone,
    locale,
    alarms: {
      getAll: () => browser.alarms.getAll(),
      create: async (name, when) => void (await browser.alarms.create(name, { when })),
      clear: (name) => browser.alarms.clear(name),
    },
    async notify(id, title, message) {
      await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
    },
    async setOverdueCount(count) {
      overdue = count;
      const { text, color } = overdueBadge(count);
      // Global badge: shown on every tab that has no creator badge of its own.
      await browser.action.setBadgeText({ text });
      await browser.action.setBadgeBackgroundColor({ color });
    },
  });
  async function setBadge(tabId: number, assessment: Assessment | null) {
    const { text, color } = assessment ? badgeFor(assessment) : overdueBadge(overdue);
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color });
  }
  /** Opens the side panel (Chromium) or sidebar (Firefox) beside `tabId`; false when the browser refuses. */
  async function openPanelFor(tabId: number | null): Promise<boolean> {
    try {
      const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
      if (firefox) {
        await firefox.open();
        return true;
      }
      const chromium = (globalThis as { chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
      if (!chromium || tabId === null) return false;
      await chromium.open({ tabId });
      return true;
    } catch {
      return false;
    }
  }
  // A site the extension has no host permission for shows no URL: no creator there.
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    ids: { newId: () => crypto.randomUUID() },
    settings,
    async saveSettings(next) {
      cachedSettings = null;
      await saveSettings(next);
      cachedSettings = null;
    },
    locale,
    timeZone,
    tabCreators,
    collaborationsChanged: async () => void (await reminders.run()),
    setBadge,
    tabUrl,
    async openScouted(handle, tabId) {
      // Opened first, while the click that sent this still counts as the merchant's action.
      const opening = openPanelFor(tabId);
      await browser.storage.session.set({ [SCOUTED_FOCUS_KEY]: { handle, at: Date.now() } });
      return opening;
    },
    takeStagedImport,
    clearStagedImports,
    // Rows written by a running import, for the side panel's progress bar (a few writes a second).
    importProgress(done, total) {
      const now = Date.now();
      if (done < total && now - lastProgress < 250) return;
      lastProgress = now;
      void browser.storage.local.set({ [IMPORT_PROGRESS_KEY]: { done, total } });
    },
  });
  const followNavigation = createNavigationFollower({
    async overlayLoaded(tabId) {
      // Runs in the content scripts' isolated world, where the overlay script sets its flag.
      const [result] = await browser.scripting.executeScript({
        target: { tabId },
        func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
        args: [OVERLAY_LOADED_FLAG],
      });
      return result?.result === true;
    },
    async injectOverlay(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
    },
  });
  const route = createRouter(handlers, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabCreators.set(tabId, null));
  // In-app navigations to a creator page (TikTok is a single-page app): load the overlay there.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    void followNavigation(tabId, changeInfo.url);
    // The popup and badge describe what the tab shows now, not the creator it showed before.
    if (changeInfo.url !== undefined || changeInfo.status === 'loading') {
      void (async () => forgetIfMovedOn({ tabCreators, setBadge }, tabId, changeInfo.url ?? (await tabUrl(tabId))))().catch(() => undefined);
    }
  });
  // Every start re-plans from stored timestamps: a due time passed while asleep reminds now.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (reminders.owns(alarm.name)) void reminders.run();
  });
  void reminders.run().catch((error: unknown) => console.warn('reminders not planned', error));
  // The start of this browser session's scouting (storage.session empties when the browser closes).
  void browser.storage.session.get(SCOUT_SESSION_KEY).then((got) => {
    if (typeof got[SCOUT_SESSION_KEY] !== 'number') return browser.storage.session.set({ [SCOUT_SESSION_KEY]: Date.now() });
  });
});
