/**
 * JSX that builds DOM nodes directly: the runtime of everything that renders inside TikTok's pages,
 * the card and the Affiliate Center form helper (wxt.config.ts aliases `react/jsx-runtime` to this
 * module for their scripts; the card's load on every creator page). Its types (`DomProps`) and
 * tsconfig.page.json make the type checker refuse what it cannot render, in those files and in
 * every component they share with React pages (tests/page-types/dom-jsx.guard.tsx).
 * `<div className="a">{text}</div>` is `document.createElement('div')` with its class and a text
 * node; a component is a plain function of its props, called once. No virtual DOM, no diffing, no
 * hooks: the card is rebuilt from its store's state when that changes (components/card/mount-card.ts),
 * and the few components it shares with the popup and the side panel take everything they show as
 * props, so React renders the same source there (docs/performance.md).
 *
 * Props follow React's DOM conventions so that shared source means the same thing in both:
 * - `className`, and properties such as `disabled`, `value`, `open` are set as properties (a
 *   `<select>`'s `value` after its options are in);
 * - `on<Event>` functions become listeners for `<event>` (`onChange` on a `<select>` is its
 *   `change` event, as in React);
 * - `data-*` and `aria-*` are attributes, `true`/`false` written as text; any other attribute is
 *   left out when false, null or undefined;
 * - text and numbers become text nodes: page text is never parsed as HTML. `dangerouslySetInnerHTML`
 *   is refused, and so is any other object-valued prop (`style={{…}}`, `ref`): none is supported.
 */

export type Child = Node | string | number | boolean | null | undefined | readonly Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component<P> = (props: P) => Node;

/** Set as properties, not attributes. */
const PROPERTIES = new Set(['disabled', 'checked', 'selected', 'open', 'hidden']);

function appendChild(parent: Node, child: Child): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
  else if (Array.isArray(child)) for (const item of child as readonly Child[]) appendChild(parent, item);
  else parent.appendChild(child as Node);
}

function setProp(el: HTMLElement, name: string, value: unknown): void {
  if (name === 'className') {
    if (value) el.className = String(value);
  } else if (name.startsWith('on') && typeof value === 'function') {
    el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
  } else if (PROPERTIES.has(name)) {
    (el as unknown as Record<string, unknown>)[name] = Boolean(value);
  } else if (name === 'dangerouslySetInnerHTML') {
    throw new Error('The card renders text, never HTML');
  } else if (name.startsWith('data-') || name.startsWith('aria-')) {
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  } else if (typeof value === 'object' && value !== null) {
    // `style={{…}}`, `ref` and the like: not supported here, so fail loudly rather than write "[object Object]".
    throw new Error(`The card's JSX does not support an object for "${name}"`);
  } else if (value !== null && value !== undefined && value !== false) {
    el.setAttribute(name === 'htmlFor' ? 'for' : name, value === true ? '' : String(value));
  }
}

export function jsx<P extends Props>(type: string | Component<P>, props: P): Node {
  if (typeof type === 'function') return type(props);
  const el = document.createElement(type);
  let value: unknown;
  for (const name in props) {
    if (name === 'children' || name === 'key') continue;
    if (name === 'value') value = props[name];
    else setProp(el, name, props[name]);
  }
  appendChild(el, props.children);
  if (value !== undefined) (el as HTMLInputElement).value = String(value);
  return el;
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment({ children }: { children?: Child }): Node {
  const fragment = document.createDocumentFragment();
  appendChild(fragment, children);
  return fragment;
}

/** What an attribute or property can be given: text, a number, a flag, or nothing. */
type Scalar = string | number | boolean | null | undefined;

/**
 * The props an element takes here, so that the type checker refuses what this runtime cannot
 * render: an object for any prop (`style={{…}}`, `ref`, `dangerouslySetInnerHTML`) has no type
 * to match, and an `on…` prop must be a function of the event.
 */
export interface DomProps {
  children?: Child;
  /** React's list key: accepted so shared source compiles, and ignored. */
  key?: string | number;
  className?: string;
  id?: string;
  type?: string;
  name?: string;
  value?: string | number;
  title?: string;
  role?: string;
  scope?: string;
  href?: string;
  target?: string;
  rel?: string;
  htmlFor?: string;
  placeholder?: string;
  lang?: string;
  dir?: string;
  tabIndex?: number;
  colSpan?: number;
  rowSpan?: number;
  min?: string | number;
  max?: string | number;
  step?: string | number;
  disabled?: boolean;
  checked?: boolean;
  selected?: boolean;
  open?: boolean;
  hidden?: boolean;
  [data: `data-${string}`]: Scalar;
  [aria: `aria-${string}`]: Scalar;
  [event: `on${Capitalize<string>}`]: ((event: Event) => void) | undefined;
}

/** Types for files that write `@jsxImportSource @/components/dom` (everything that renders inside TikTok's pages). */
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = Node;
  /** Any function component, including those shared with React surfaces (they return React's element type there). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export type ElementType = string | ((props: any) => unknown);
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicAttributes {
    key?: string | number;
  }
  export interface IntrinsicElements {
    [tag: string]: DomProps;
  }
}
