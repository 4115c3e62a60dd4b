import { useEffect, useEffectEvent } from 'react';
import { browser } from 'wxt/browser';
import { freshFocus, SCOUTED_FOCUS_KEY } from '@/lib/scout/focus';

/** Calls `onFocus` when a chip's click asks for a creator: at once if it was just now, and on every click after. */
export function useScoutedFocus(onFocus: () => void): void {
  const focused = useEffectEvent(onFocus);
  useEffect(() => {
    void browser.storage.session.get(SCOUTED_FOCUS_KEY).then((got) => {
      if (freshFocus(got[SCOUTED_FOCUS_KEY], Date.now())) focused();
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && freshFocus(changes[SCOUTED_FOCUS_KEY]?.newValue, Date.now())) focused();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}
