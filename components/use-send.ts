import { useCallback } from 'react';
import { MessageError, send } from '@/lib/messaging/client';
import type { MessageName, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { useI18n } from './i18n';

/** A message's failure in the merchant's words (a full disk gets its own clear message). */
export function useErrorText() {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      if (error instanceof MessageError && error.code === 'storage-full') return t('error.storageFull');
      if (error instanceof MessageError && error.code === 'invalid-payload') return t('error.validation', { message: error.message });
      return t('error.unknown', { message: error instanceof Error ? error.message : String(error) });
    },
    [t],
  );
}

/** `send` for extension pages; every write goes to the background this way. */
export function useSend() {
  return useCallback(<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> => send(name, payload), []);
}
