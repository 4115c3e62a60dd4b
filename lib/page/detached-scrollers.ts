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

export function detachedScrollers(element: Element): Element[] {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return [];
  const found: Element[] = [];
  for (let el = element.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (containsAbsolute(style)) break;
    if (!scrolls(style)) continue;
    // The body's overflow is the viewport's (whose scrolling moves every box) unless the root has its own.
    if (el === doc.body && !scrolls(view.getComputedStyle(doc.documentElement))) continue;
    found.push(el);
  }
  return found;
}
