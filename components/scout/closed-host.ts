/**
 * An element with a closed shadow root holding `css` and an empty container: the page's scripts get
 * `null` for `host.shadowRoot`, its styles do not reach in, and key presses inside never reach the
 * page's shortcuts.
 */
export function closedHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot; container: HTMLElement } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  root.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) root.addEventListener(type, (event) => event.stopPropagation());
  return { host, root, container };
}
