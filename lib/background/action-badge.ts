import { browser } from 'wxt/browser';
import type { Assessment } from '../schemas/assessment';
import { badgeFor, globalBadge } from './badge';

/**
 * The toolbar badge: a tab showing a creator shows the creator's score; every other tab, and the
 * global badge, the team workspace's error state while it fails, else the number of overdue
 * collaboration deadlines.
 */
export function createActionBadge() {
  let overdue = 0;
  let teamError = false;
  const showGlobal = async () => {
    const { text, color } = globalBadge(overdue, teamError);
    // Global badge: shown on every tab that has no creator badge of its own.
    await browser.action.setBadgeText({ text });
    await browser.action.setBadgeBackgroundColor({ color });
  };
  return {
    async setOverdueCount(count: number): Promise<void> {
      overdue = count;
      await showGlobal();
    },
    /** The team workspace fails (true) or no longer does (false). */
    async setTeamError(error: boolean): Promise<void> {
      teamError = error;
      await showGlobal();
    },
    async setBadge(tabId: number, assessment: Assessment | null): Promise<void> {
      const { text, color } = assessment ? badgeFor(assessment) : globalBadge(overdue, teamError);
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setBadgeBackgroundColor({ tabId, color });
    },
  };
}
