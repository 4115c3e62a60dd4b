/**
 * Follows a tab's in-app navigations from the background (`tabs.onUpdated`, whose `url` the host
 * permissions already show): when the URL becomes a page `applies` names and the script is not in
 * that page yet (`loaded`), it is injected there (`inject`). One check per tab at a time.
 */
export function followTabUrl(applies: (url: string) => boolean, loaded: (tabId: number) => Promise<boolean>, inject: (tabId: number) => Promise<void>) {
  const busy = new Set<number>();
  return async function onTabUrl(tabId: number, url: string | undefined): Promise<void> {
    if (!url || !applies(url) || busy.has(tabId)) return;
    busy.add(tabId);
    try {
      if (!(await loaded(tabId))) await inject(tabId);
    } catch {
      // The tab closed or navigated away meanwhile: the next URL change tries again.
    } finally {
      busy.delete(tabId);
    }
  };
}
