/**
 * Calls `onChange(href)` whenever the page's URL changes without a reload (TikTok is a single-page
 * app). Uses the Navigation API where present, popstate, and a cheap 1 s poll as the safety net.
 * Returns a function that stops watching.
 */
export function watchLocation(win: Window, onChange: (href: string) => void): () => void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check);
  win.addEventListener('popstate', check);
  const timer = win.setInterval(check, 1000);
  return () => {
    navigation?.removeEventListener('currententrychange', check);
    win.removeEventListener('popstate', check);
    win.clearInterval(timer);
  };
}
