/**
 * Puts a freshly built view in `container` in place of the one there, keeping what the merchant was
 * doing in it: the focused control (found again by its `data-testid`), which `<details>` were open
 * (by position) and how far the view was scrolled. The card is rebuilt rather than diffed
 * (components/dom/jsx-runtime.ts); these are the only things the old DOM held that its state did not.
 */
export function replaceView(container: HTMLElement, next: Node | null): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement instanceof HTMLElement && container.contains(root.activeElement) ? root.activeElement.dataset['testid'] : undefined;
  const open = [...container.querySelectorAll('details')].map((d) => d.open);
  const scrollTop = container.firstElementChild?.scrollTop ?? 0;

  if (next) container.replaceChildren(next);
  else container.replaceChildren();

  container.querySelectorAll('details').forEach((d, i) => {
    if (open[i]) d.open = true;
  });
  if (scrollTop && container.firstElementChild) container.firstElementChild.scrollTop = scrollTop;
  if (focused) container.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
}
