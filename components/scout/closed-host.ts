/**
 * An element with a closed shadow root styled with `css` and an empty container: the page's scripts
 * get `null` for `host.shadowRoot`, its styles do not reach in, and key presses inside never reach
 * the page's shortcuts. Hosts made with the same `css` share one parsed stylesheet where the browser
 * lets the content script adopt it (a page of 30 chips parses it once), else each gets a <style>.
 */
const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    } catch {
      sheets.set(css, null);
    }
  }
  return sheets.get(css) ?? null;
}

export function closedHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot; container: HTMLElement } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'closed' });
  const text = `:host{all:initial !important;}\n${css}`;
  const sheet = sharedSheet(text);
  let adopted = false;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = text;
    root.append(style);
  }
  const container = doc.createElement('div');
  root.append(container);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) root.addEventListener(type, (event) => event.stopPropagation());
  return { host, root, container };
}
