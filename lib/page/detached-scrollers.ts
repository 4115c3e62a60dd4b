/**
 * The scroll containers whose scrolling does not move an absolutely positioned element: those
 * between the element and its containing block (its nearest ancestor that is positioned, transformed
 * or contained). An absolutely placed box is scrolled, and clipped, only by the scroll containers
 * that hold its containing block; a list that scrolls inside an unpositioned `overflow: auto` box
 * (TikTok's follower and following lists, in a fixed dialog) moves its rows but not such a box.
 *
 * Reads computed styles only (no layout). Innermost first; empty when every scroll container
 * around the element moves it.
 */

/** Whether these computed styles make the element the containing block of its absolutely positioned descendants. */
function containsAbsolute(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'static' && style.position !== '') return true;
  if (style.transform !== 'none' && style.transform !== '') return true;
  for (const value of [style.translate, style.rotate, style.scale, style.perspective, style.filter, style.backdropFilter]) {
    if (value && value !== 'none') return true;
  }
  const contain = style.contain ?? '';
  if (/\b(layout|paint|strict|content)\b/.test(contain)) return true;
  const containerType = style.getPropertyValue('container-type');
  if (containerType && containerType !== 'normal') return true;
  if (/\b(transform|perspective|filter|translate|rotate|scale|contain)\b/.test(style.willChange ?? '')) return true;
  return style.getPropertyValue('content-visibility') === 'auto';
}

const SCROLLS = new Set(['auto', 'scroll', 'hidden', 'overlay']);

function scrolls(style: CSSStyleDeclaration): boolean {
  return SCROLLS.has(style.overflowX) || SCROLLS.has(style.overflowY);
}

/**
 * What each element was found to be, for one pass over many chips of a list (they share most of
 * their ancestors): the scroll containers from it up to its containing block's, or `null` when it is
 * a containing block itself.
 */
export type ScrollerMemo = Map<Element, Element[] | null>;

/** The scroll containers from `el` up to the first containing block (excluded), innermost first. */
function scrollersFrom(el: Element | null, view: Window, memo: ScrollerMemo): Element[] {
  if (!el || el === el.ownerDocument.documentElement) return [];
  const known = memo.get(el);
  if (known !== undefined) return known ?? [];
  const style = view.getComputedStyle(el);
  if (containsAbsolute(style)) {
    memo.set(el, null);
    return [];
  }
  const above = scrollersFrom(el.parentElement, view, memo);
  const doc = el.ownerDocument;
  // The body's overflow is the viewport's (whose scrolling moves every box) unless the root has its own.
  const own = scrolls(style) && !(el === doc.body && !scrolls(view.getComputedStyle(doc.documentElement)));
  const found = own ? [el, ...above] : above;
  memo.set(el, found);
  return found;
}

/** The scroll containers whose scrolling does not move `element`, an absolutely positioned box, innermost first. */
export function detachedScrollers(element: Element, memo: ScrollerMemo = new Map()): Element[] {
  const view = element.ownerDocument.defaultView;
  return view ? scrollersFrom(element.parentElement, view, memo) : [];
}
