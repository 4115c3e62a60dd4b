import { browser } from 'wxt/browser';
import type { ReminderDeps } from './reminders';

/** The reminders' alarms and notifications, through the extension APIs. */
export const browserAlarms: ReminderDeps['alarms'] = {
  getAll: () => browser.alarms.getAll(),
  create: async (name, when) => void (await browser.alarms.create(name, { when })),
  clear: (name) => browser.alarms.clear(name),
};

export async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}
