import { useLayoutEffect, useState, type RefObject, type UIEvent } from 'react';

/**
 * Windowing for a list of fixed-height rows: only the rows in view (plus `overscan` either side)
 * are rendered, so 100,000 rows cost as much as 30.
 */
export function useVirtualWindow(viewport: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 8) {
  const [scrollTop, setScrollTop] = useState(0);
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

  const onScroll = (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

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
