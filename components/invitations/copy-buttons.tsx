import { useState } from 'react';
import { COPY_FIELDS, copyText, type CopyField } from '@/lib/invitations/copy-formats';
import type { InvitationTerms } from '@/lib/invitations/terms';
import { useI18n } from '../i18n';
import { copyLabels } from './copy-labels';

/**
 * One button per backend field, "all as text" and the Partner API body. Copy always works, ready
 * or not. Testing contract: `[data-testid=copy-field][data-field=…]`, `data-state=copied|failed`.
 */
export function CopyButtons({ terms, write }: { terms: InvitationTerms; write?: (text: string) => Promise<void> }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ field: CopyField; ok: boolean } | null>(null);
  const copy = async (field: CopyField) => {
    const text = copyText(field, terms, copyLabels(t));
    try {
      await (write ?? ((value: string) => navigator.clipboard.writeText(value)))(text);
      setState({ field, ok: true });
    } catch {
      setState({ field, ok: false });
    }
  };
  return (
    <div className="vt-copy" data-testid="copy-buttons">
      {COPY_FIELDS.map((field) => (
        <button
          key={field}
          type="button"
          className={field === 'all' || field === 'api' ? 'vt-button vt-primary' : 'vt-button'}
          data-testid="copy-field"
          data-field={field}
          data-state={state?.field === field ? (state.ok ? 'copied' : 'failed') : 'idle'}
          onClick={() => void copy(field)}
        >
          {state?.field === field ? (state.ok ? t('inv.copy.done') : t('inv.copy.failed')) : t(`inv.copy.${field}`)}
        </button>
      ))}
    </div>
  );
}
