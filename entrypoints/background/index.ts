import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createActionBadge } from '@/lib/background/action-badge';
import { browserAlarms, notify } from '@/lib/background/browser-reminders';
import { createNavigationFollower } from '@/lib/background/follow-navigation';
import { createBackgroundRouter } from '@/lib/background/handlers';
import { storeImportProgress, throttledProgress } from '@/lib/background/import-progress';
import { overlayInjection } from '@/lib/background/overlay-injection';
import { createListPageFollower } from '@/lib/background/follow-list-pages';
import { scoutInjection } from '@/lib/background/scout-injection';
import { createReminders } from '@/lib/background/reminders';
import { createSettingsCache } from '@/lib/background/settings-cache';
import { tabCreators, tabUrl } from '@/lib/background/tab-creators';
import { markScoutSessionStart, openScouted } from '@/lib/background/scouted-panel';
import { openCollaboration } from '@/lib/background/collaboration-panel';
import { forgetIfMovedOn } from '@/lib/background/tab-page';
import { VettokDatabase } from '@/lib/db/database';
import { clearStagedImports, takeStagedImport } from '@/lib/db/import-staging';
import { uiLocale } from '@/lib/i18n';
import { browserTeamService } from '@/lib/team/service/browser-team';

export default defineBackground(() => {
  const db = new VettokDatabase();
  const { settings, saveSettings } = createSettingsCache();
  // The one rule of every context (lib/i18n uiLocale): the setting, else navigator.languages.
  const locale = async () => uiLocale((await settings()).uiLanguage, navigator);
  const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = () => Date.now();
  const { setBadge, setOverdueCount, setTeamError } = createActionBadge();
  const reminders = createReminders({ db, now, timeZone, locale, alarms: browserAlarms, notify, setOverdueCount });
  const team = browserTeamService(db, setTeamError);
  const route = createBackgroundRouter(
    {
      db,
      team: team.handlers,
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
      openScouted,
      openCollaboration,
      startScout: scoutInjection.injectScout,
      takeStagedImport,
      clearStagedImports,
      importProgress: throttledProgress(storeImportProgress),
      measure: (name, ms) => void performance.measure(`vettok:${name}`, { start: performance.now() - ms, duration: ms }),
    },
    { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
  );
  const followNavigation = createNavigationFollower(overlayInjection);
  const followListPages = createListPageFollower(scoutInjection);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabCreators.set(tabId, null));
  // In-app navigations (TikTok is a single-page app): the overlay on creator pages, scout mode's watcher on list pages.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    void followNavigation(tabId, changeInfo.url);
    void followListPages(tabId, changeInfo.url);
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
  void markScoutSessionStart();
  // Team replication resumes only when a workspace is connected; otherwise nothing is sent.
  void team.resume().catch((error: unknown) => console.warn('team workspace not resumed', error));
});
