import { useLayoutEffect, useState, type RefObject, type UIEvent } from 'react';
import { flushSync } from 'react-dom';

/**
 * Windowing for a list of fixed-height rows: only the rows in view (plus `overscan` either side)
 * are rendered, so 100,000 rows cost as much as 30.
 */
export function useVirtualWindow(viewport: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 8) {
  // The first row in view, not the pixel offset: scrolling within a row renders nothing.
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(480);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 480);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [viewport]);

  // Rendered at once, in the scroll event: the new rows are in the same frame as the scroll.
  const onScroll = (event: UIEvent<HTMLElement>) => {
    const next = Math.floor(event.currentTarget.scrollTop / rowHeight);
    if (next !== top) flushSync(() => setTop(next));
  };

  const first = Math.max(0, top - overscan);
  const last = Math.min(count, top + Math.ceil(height / rowHeight) + 1 + overscan);

  /** Scrolls just enough to show row `index`. */
  const reveal = (index: number) => {
    const el = viewport.current;
    if (!el) return;
    const top = index * rowHeight;
    if (top < el.scrollTop) el.scrollTo({ top });
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTo({ top: top + rowHeight - el.clientHeight });
  };

  return { first, last, totalHeight: count * rowHeight, onScroll, reveal };
}
