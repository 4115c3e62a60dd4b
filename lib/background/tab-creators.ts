import { browser } from 'wxt/browser';

/** Which creator each tab shows, in session storage so a restarted service worker still knows. */
export const tabCreators = {
  async get(tabId: number): Promise<string | null> {
    const key = `tab:${tabId}`;
    const stored = await browser.storage.session.get(key);
    const value = stored[key];
    return typeof value === 'string' ? value : null;
  },
  async set(tabId: number, handle: string | null): Promise<void> {
    const key = `tab:${tabId}`;
    if (handle === null) await browser.storage.session.remove(key);
    else await browser.storage.session.set({ [key]: handle });
  },
};
