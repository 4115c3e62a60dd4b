import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createActionBadge } from '@/lib/background/action-badge';
import { browserAlarms, notify } from '@/lib/background/browser-reminders';
import { createNavigationFollower } from '@/lib/background/follow-navigation';
import { createBackgroundRouter } from '@/lib/background/handlers';
import { storeImportProgress, throttledProgress } from '@/lib/background/import-progress';
import { overlayInjection } from '@/lib/background/overlay-injection';
import { createReminders } from '@/lib/background/reminders';
import { createSettingsCache } from '@/lib/background/settings-cache';
import { tabCreators, tabUrl } from '@/lib/background/tab-creators';
import { forgetIfMovedOn } from '@/lib/background/tab-page';
import { VettokDatabase } from '@/lib/db/database';
import { clearStagedImports, takeStagedImport } from '@/lib/db/import-staging';
import { localeFor } from '@/lib/i18n';
import { SCOUT_SESSION_KEY, SCOUTED_FOCUS_KEY } from '@/lib/scout/focus';

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

export default defineBackground(() => {
  const db = new VettokDatabase();
  const { settings, saveSettings } = createSettingsCache();
  const locale = async () => localeFor(browser.i18n.getUILanguage(), (await settings()).uiLanguage);
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = () => Date.now();
  const { setBadge, setOverdueCount } = createActionBadge();
  const reminders = createReminders({ db, now, timeZone, locale, alarms: browserAlarms, notify, setOverdueCount });
  const route = createBackgroundRouter(
    {
      db,
      now,
      ids: { newId: () => crypto.randomUUID() },
      settings,
      saveSettings,
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
      importProgress: throttledProgress(storeImportProgress),
    },
    { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
  );
  const followNavigation = createNavigationFollower(overlayInjection);

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
