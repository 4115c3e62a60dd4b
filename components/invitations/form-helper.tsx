import { useEffect, useState } from 'react';
import { scanClaims } from '@/lib/invitations/claim-scanner';
import { composeMessage } from '@/lib/invitations/compose';
import type { Draft } from '@/lib/invitations/draft';
import { lintTerms } from '@/lib/invitations/lint';
import { ask } from '@/lib/messaging/ask';
import { fillForm, type FillResult, type FormField } from '@/lib/page/target-form';
import { useI18n } from '../i18n';
import { CopyButtons } from './copy-buttons';

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

/**
 * The Target-collaboration helper beside the Affiliate Center form: fill recognised fields from a
 * draft, copy buttons always. It never submits. Testing contract: `form-helper`, `helper-draft`,
 * `helper-fill`, `helper-status` (data-filled / data-missing), and the copy buttons.
 */
export function FormHelper({ findFields }: { findFields(): Map<FormField, Element[]> }) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draftId, setDraftId] = useState<string>('');
  const [result, setResult] = useState<FillResult | null>(null);
  const [recognised, setRecognised] = useState(() => findFields().size);

  useEffect(() => {
    ask('invitation.drafts', {})
      .then(({ drafts }) => {
        setDrafts(drafts);
        setDraftId((current) => current || drafts[0]?.id || '');
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    const timer = setInterval(() => setRecognised(findFields().size), 1500);
    return () => clearInterval(timer);
  }, [findFields]);

  const draft = drafts?.find((d) => d.id === draftId) ?? null;
  const ready = draft ? lintTerms(draft.terms, { scanner: scanClaims }).ready : false;

  const fill = () => {
    if (!draft) return;
    const terms = draft.terms;
    const products = terms.products.filter((p) => p.id.trim());
    setResult(
      fillForm(findFields(), {
        name: terms.collaborationName,
        endDate: terms.endDate ?? '',
        message: composeMessage(terms),
        email: terms.sellerEmail,
        productIds: products.map((p) => p.id.trim()),
        commissions: products.map((p) => (p.commissionRate === null ? '' : String(p.commissionRate))),
        freeSample: terms.freeSample,
        autoApprove: terms.autoApproveSamples,
      }),
    );
    setRecognised(findFields().size);
  };

  return (
    <aside className="vt-card vt-helper" data-testid="form-helper" data-recognised={recognised}>
      <strong className="vt-brand">{t('inv.helper.title')}</strong>
      {error && <p className="vt-error">{t('error.unknown', { message: error })}</p>}
      {drafts?.length === 0 && <p className="vt-muted">{t('inv.helper.noDrafts')}</p>}
      {drafts && drafts.length > 0 && (
        <select data-testid="helper-draft" aria-label={t('inv.helper.choose')} value={draftId} onChange={(e) => setDraftId(e.target.value)}>
          {drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name || d.terms.collaborationName || d.id}
            </option>
          ))}
        </select>
      )}
      {draft && !ready && <p className="vt-error">{t('inv.helper.notReady')}</p>}
      {draft && recognised > 0 && (
        <button type="button" className="vt-button vt-primary" data-testid="helper-fill" onClick={fill}>
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
      {draft && <CopyButtons terms={draft.terms} />}
      <p className="vt-muted">{t('inv.helper.neverSubmits')}</p>
    </aside>
  );
}
