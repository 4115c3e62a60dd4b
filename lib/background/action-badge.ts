import { browser } from 'wxt/browser';
import type { Assessment } from '../schemas/assessment';
import { badgeFor, overdueBadge } from './badge';

/**
 * The toolbar badge: a tab showing a creator shows the creator's score; every other tab, and the
 * global badge, the number of overdue collaboration deadlines.
 */
export function createActionBadge() {
  let overdue = 0;
  return {
    async setOverdueCount(count: number): Promise<void> {
      overdue = count;
      const { text, color } = overdueBadge(count);
      // Global badge: shown on every tab that has no creator badge of its own.
      await browser.action.setBadgeText({ text });
      await browser.action.setBadgeBackgroundColor({ color });
    },
    async setBadge(tabId: number, assessment: Assessment | null): Promise<void> {
      const { text, color } = assessment ? badgeFor(assessment) : overdueBadge(overdue);
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setBadgeBackgroundColor({ tabId, color });
    },
  };
}
