import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The creator card's `react`: Preact itself, without preact/compat (wxt.config.ts aliases `react` to
 * this module for the card scripts only). The card uses hooks, context and fragments, which Preact
 * has as they are; compat's per-element prop normalisation and its synthetic event layer are code
 * the card does not need, compiled and run on every creator page. `useSyncExternalStore` is not in
 * Preact's hooks: it is below. Popup, side panel and the Affiliate Center form helper stay on React
 * or compat.
 */
export { createContext, Fragment } from 'preact';
export { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';

/**
 * React's `useSyncExternalStore`, as preact/compat implements it: the snapshot is read while
 * rendering, and a store change after that render (including one between render and subscription)
 * renders the component again.
 */
export function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T): T {
  const value = getSnapshot();
  const [, rerender] = useState(0);
  const shownRef = useRef(value);
  // The snapshot this render shows, for the check below (this is the store hook itself, not a component).
  // eslint-disable-next-line react-hooks/refs
  shownRef.current = value;
  useLayoutEffect(() => {
    const check = () => {
      if (!Object.is(shownRef.current, getSnapshot())) rerender((n) => n + 1);
    };
    check();
    return subscribe(check);
  }, [subscribe, getSnapshot]);
  return value;
}
