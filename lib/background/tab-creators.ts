import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { TabCreator } from './tab-page';

/** What is stored per tab; anything else (an older plain handle) reads as no creator. */
const TabCreatorSchema = z.strictObject({ handle: z.string().check(z.minLength(1), z.maxLength(64)), page: z.nullable(z.string().check(z.maxLength(128))) });

/** Which creator each tab shows, in session storage so a restarted service worker still knows. */
export const tabCreators = {
  async get(tabId: number): Promise<TabCreator | null> {
    const key = `tab:${tabId}`;
    const stored = await browser.storage.session.get(key);
    const parsed = TabCreatorSchema.safeParse(stored[key]);
    return parsed.success ? parsed.data : null;
  },
  async set(tabId: number, shown: TabCreator | null): Promise<void> {
    const key = `tab:${tabId}`;
    if (shown === null) await browser.storage.session.remove(key);
    else await browser.storage.session.set({ [key]: shown });
  },
};

/** The tab's URL now; null when the tab is gone or on a site the extension has no host permission for. */
export async function tabUrl(tabId: number): Promise<string | null> {
  return (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
}
