import { useEffect, useEffectEvent } from 'react';
import { browser } from 'wxt/browser';

/**
 * Calls `onFocus` when a click on a page asks the side panel for a creator (a fresh focus stored
 * under `key` in `storage.session`, as `fresh` reads it): at once if it was just now, and on every
 * click after.
 */
export function usePanelFocus<T>(key: string, fresh: (value: unknown, now: number) => T | null, onFocus: (focus: T) => void): void {
  const focused = useEffectEvent(onFocus);
  const read = useEffectEvent(fresh);
  useEffect(() => {
    void browser.storage.session.get(key).then((got) => {
      const focus = read(got[key], Date.now());
      if (focus !== null) focused(focus);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const focus = read(changes[key]?.newValue, Date.now());
      if (focus !== null) focused(focus);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [key]);
}
