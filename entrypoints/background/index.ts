import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor, overdueBadge } from '@/lib/background/badge';
import { createHandlers } from '@/lib/background/handlers';
import { createReminders } from '@/lib/background/reminders';
import { loadSettings, saveSettings } from '@/lib/background/settings-store';
import { tabCreators } from '@/lib/background/tab-creators';
import { VettokDatabase } from '@/lib/db/database';
import { localeFor } from '@/lib/i18n';
import { IMPORT_PROGRESS_KEY } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/messaging/router';

const OVERLAY_SCRIPT: ScriptPublicPath = '/content-scripts/tiktok-profile.js';

export default defineBackground(() => {
  const db = new VettokDatabase();
  const locale = async () => localeFor(browser.i18n.getUILanguage(), (await loadSettings()).uiLanguage);
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
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    ids: { newId: () => crypto.randomUUID() },
    settings: loadSettings,
    saveSettings,
    locale,
    timeZone,
    tabCreators,
    collaborationsChanged: async () => void (await reminders.run()),
    async setBadge(tabId, assessment) {
      const { text, color } = assessment ? badgeFor(assessment) : overdueBadge(overdue);
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setBadgeBackgroundColor({ tabId, color });
    },
    // Rows written by a running import, for the side panel's progress bar (a few writes a second).
    importProgress(done, total) {
      const now = Date.now();
      if (done < total && now - lastProgress < 250) return;
      lastProgress = now;
      void browser.storage.local.set({ [IMPORT_PROGRESS_KEY]: { done, total } });
    },
    async injectOverlay(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
      return true;
    },
  });
  const route = createRouter(handlers, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabCreators.set(tabId, null));
  // Every start re-plans from stored timestamps: a due time passed while asleep reminds now.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (reminders.owns(alarm.name)) void reminders.run();
  });
  void reminders.run().catch((error: unknown) => console.warn('reminders not planned', error));
});
