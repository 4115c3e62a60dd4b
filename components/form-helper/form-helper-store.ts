import type { Locale } from '@/lib/i18n/format';
import type { CopyField } from '@/lib/invitations/copy-formats';
import type { Draft } from '@/lib/invitations/draft';
import type { FillResult } from '@/lib/page/target-form';

/** Everything the Target-collaboration helper shows: it is rebuilt from this (mount-form-helper.ts). */
export interface FormHelperState {
  locale: Locale;
  /** Null until the background answered. */
  drafts: Draft[] | null;
  error: string | null;
  draftId: string;
  result: FillResult | null;
  /** Form fields recognised on the page now. */
  recognised: number;
  /** The last copy and whether the clipboard took it. */
  copied: { field: CopyField; ok: boolean } | null;
}

/** A tiny external store, as the card's (components/card/card-store.ts). */
export function createFormHelperStore(initial: FormHelperState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch: Partial<FormHelperState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type FormHelperStore = ReturnType<typeof createFormHelperStore>;
