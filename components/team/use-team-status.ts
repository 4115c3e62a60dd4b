import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TeamStatusSchema, type TeamStatus } from '@/lib/team/model/connection';

const KEY = 'teamStatus';

/** The team workspace's status line as the background last wrote it (null: no workspace ever connected). */
export function useTeamStatus(): TeamStatus | null {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    const apply = (stored: unknown) => {
      const parsed = TeamStatusSchema.safeParse(stored);
      setStatus(parsed.success ? parsed.data : null);
    };
    void browser.storage.local.get(KEY).then((s) => apply(s[KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[KEY]) apply(changes[KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return status;
}
