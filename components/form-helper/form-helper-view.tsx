/** @jsxImportSource @/components/dom */
import type { I18n } from '@/lib/i18n/format';
import { scanClaims } from '@/lib/invitations/claim-scanner';
import { COPY_FIELDS, type CopyField } from '@/lib/invitations/copy-formats';
import { lintTerms } from '@/lib/invitations/lint';
import type { FormField } from '@/lib/page/target-form';
import type { FormHelperState } from './form-helper-store';

const FIELD_KEYS: Record<FormField, string> = {
  name: 'inv.field.collaborationName',
  endDate: 'inv.field.endDate',
  message: 'inv.field.message',
  email: 'inv.field.email',
  productId: 'inv.field.productId',
  commission: 'inv.field.commission',
  freeSample: 'inv.field.freeSample',
  autoApprove: 'inv.field.autoApprove',
};

export interface FormHelperActions {
  choose(draftId: string): void;
  fill(): void;
  copy(field: CopyField): void;
}

/**
 * The Target-collaboration helper beside the Affiliate Center form, built as DOM from its state
 * (components/dom/jsx-runtime.ts): fill recognised fields from a draft, copy buttons always. It
 * never submits. Testing contract: `form-helper`, `helper-draft`, `helper-fill`, `helper-status`
 * (data-filled / data-missing), and the copy buttons (`copy-field` with `data-field`, `data-state`).
 */
export function FormHelperView({ state, actions, i18n }: { state: FormHelperState; actions: FormHelperActions; i18n: I18n }): Node {
  const { t } = i18n;
  const { drafts, error, draftId, result, recognised } = state;
  const draft = drafts?.find((d) => d.id === draftId) ?? null;
  const ready = draft ? lintTerms(draft.terms, { scanner: scanClaims }).ready : false;
  return (
    <aside className="vt-card vt-helper" data-testid="form-helper" data-recognised={recognised}>
      <strong className="vt-brand">{t('inv.helper.title')}</strong>
      {error && <p className="vt-error">{t('error.unknown', { message: error })}</p>}
      {drafts?.length === 0 && <p className="vt-muted">{t('inv.helper.noDrafts')}</p>}
      {drafts && drafts.length > 0 && (
        <select data-testid="helper-draft" aria-label={t('inv.helper.choose')} value={draftId} onChange={(e: Event) => actions.choose((e.currentTarget as HTMLSelectElement).value)}>
          {drafts.map((d) => (
            <option value={d.id}>{d.name || d.terms.collaborationName || d.id}</option>
          ))}
        </select>
      )}
      {draft && !ready && <p className="vt-error">{t('inv.helper.notReady')}</p>}
      {draft && recognised > 0 && (
        <button type="button" className="vt-button vt-primary" data-testid="helper-fill" onClick={actions.fill}>
          {t('inv.helper.fill')}
        </button>
      )}
      {draft && recognised === 0 && <p className="vt-muted">{t('inv.helper.noForm')}</p>}
      {result && (
        <div data-testid="helper-status" data-filled={result.filled.join(',')} data-missing={result.missing.join(',')}>
          <p>{t('inv.helper.filled', { count: result.filled.length })}</p>
          {result.missing.length > 0 && <p className="vt-muted">{t('inv.helper.notFound', { fields: result.missing.map((f) => t(FIELD_KEYS[f])).join(', ') })}</p>}
        </div>
      )}
      {draft && <CopyFieldButtons copied={state.copied} onCopy={actions.copy} i18n={i18n} />}
      <p className="vt-muted">{t('inv.helper.neverSubmits')}</p>
    </aside>
  );
}

/** One button per backend field, "all as text" and the Partner API body, as the side panel's (components/invitations/copy-buttons.tsx). */
function CopyFieldButtons({ copied, onCopy, i18n: { t } }: { copied: FormHelperState['copied']; onCopy: (field: CopyField) => void; i18n: I18n }) {
  return (
    <div className="vt-copy" data-testid="copy-buttons">
      {COPY_FIELDS.map((field) => (
        <button
          type="button"
          className={field === 'all' || field === 'api' ? 'vt-button vt-primary' : 'vt-button'}
          data-testid="copy-field"
          data-field={field}
          data-state={copied?.field === field ? (copied.ok ? 'copied' : 'failed') : 'idle'}
          onClick={() => onCopy(field)}
        >
          {copied?.field === field ? (copied.ok ? t('inv.copy.done') : t('inv.copy.failed')) : t(`inv.copy.${field}`)}
        </button>
      ))}
    </div>
  );
}
