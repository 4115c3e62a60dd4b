import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '@/lib/background/badge';
import { createHandlers } from '@/lib/background/handlers';
import { loadSettings, saveSettings } from '@/lib/background/settings-store';
import { tabCreators } from '@/lib/background/tab-creators';
import { VettokDatabase } from '@/lib/db/database';
import { localeFor } from '@/lib/i18n';
import { createRouter } from '@/lib/messaging/router';
import { IMPORT_PROGRESS_KEY } from '@/lib/messaging/protocol';

const OVERLAY_SCRIPT: ScriptPublicPath = '/content-scripts/tiktok-profile.js';

export default defineBackground(() => {
  const db = new VettokDatabase();
  const handlers = createHandlers({
    db,
    now: () => Date.now(),
    ids: { newId: () => crypto.randomUUID() },
    settings: loadSettings,
    saveSettings,
    locale: async () => localeFor(browser.i18n.getUILanguage(), (await loadSettings()).uiLanguage),
    tabCreators,
    async setBadge(tabId, assessment) {
      const { text, color } = badgeFor(assessment);
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setBadgeBackgroundColor({ tabId, color });
    },
    importProgress(done, total) {
      // Not part of the import's transaction: the side panel listens to storage changes.
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
});
