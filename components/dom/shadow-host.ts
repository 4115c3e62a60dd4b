/** Key events that stop at the shadow root, so typing in Vettok's UI never triggers the page's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * A custom element with a closed shadow root holding `css` and an empty container to render into.
 * The page's styles do not reach in (`:host { all: initial }`) and Vettok's do not leak out; the
 * page's scripts get `null` for `host.shadowRoot`. Not attached to the document: the caller places
 * `host`. (What WXT's `createShadowRootUi` does for these options, without its positioning,
 * anchoring and stylesheet-fetching code, which every creator page would otherwise compile.)
 */
export function createShadowHost(doc: Document, name: string, css: string): { host: HTMLElement; container: HTMLElement } {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  return { host, container };
}
