import type { Draft } from '@/lib/invitations/draft';
import { CATEGORIES } from '@/lib/invitations/commission-ranges';
import { TEMPLATES } from '@/lib/invitations/templates';
import {
  BreachActionSchema,
  defaultFlatFee,
  LIMITS,
  MESSAGE_LANGUAGES,
  UsageRightsSchema,
  type FlatFee,
  type InvitationTerms,
  type ProductTerm,
} from '@/lib/invitations/terms';
import { useI18n } from '../i18n';
import { DraftRestrictedCategoryNote } from '../restricted-category-note';
import { Checkbox, Field, NumberInput, Select, TextInput } from './fields';

/** Every term of one draft. Changes go up at once; the panel saves them through the background. */
export function DraftEditor({ draft, onChange }: { draft: Draft; onChange(draft: Draft): void }) {
  const { t } = useI18n();
  const terms = draft.terms;
  const set = (patch: Partial<InvitationTerms>) => onChange({ ...draft, terms: { ...terms, ...patch } });
  const setProduct = (index: number, patch: Partial<ProductTerm>) =>
    set({ products: terms.products.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const setFlat = (patch: Partial<FlatFee>) => set({ flatFee: { ...(terms.flatFee ?? defaultFlatFee()), ...patch } });
  const body = terms.messageTemplate ?? TEMPLATES[terms.language].body;

  return (
    <form className="vt-draft" data-testid="draft-editor" data-draft-id={draft.id} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('inv.section.draft')}</legend>
        <TextInput label={t('inv.field.draftName')} testId="draft-name" value={draft.name} onChange={(name) => onChange({ ...draft, name })} />
        <Checkbox label={t('inv.field.isTemplate')} testId="draft-is-template" checked={terms.isTemplate} onChange={(isTemplate) => set({ isTemplate })} />
        <Select
          label={t('inv.field.language')}
          testId="draft-language"
          value={terms.language}
          options={MESSAGE_LANGUAGES.map((value) => ({ value, label: t(`inv.language.${value}`) }))}
          onChange={(language) => language && set({ language })}
        />
        <Select
          label={t('inv.field.category')}
          testId="draft-category"
          value={terms.category}
          unsetLabel={t('inv.unset')}
          options={CATEGORIES.map((value) => ({ value, label: t(`inv.category.${value}`) }))}
          onChange={(category) => set({ category })}
        />
        <DraftRestrictedCategoryNote category={terms.category} />
      </fieldset>

      <fieldset>
        <legend>{t('inv.section.backend')}</legend>
        <TextInput label={t('inv.field.collaborationName')} testId="draft-collaboration-name" value={terms.collaborationName} onChange={(collaborationName) => set({ collaborationName })} />
        <TextInput label={t('inv.field.endDate')} testId="draft-end-date" type="date" value={terms.endDate ?? ''} onChange={(v) => set({ endDate: v || null })} />
        <TextInput label={t('inv.field.email')} testId="draft-email" type="email" value={terms.sellerEmail} onChange={(sellerEmail) => set({ sellerEmail })} />
        <div className="vt-products" data-testid="draft-products">
          <span>{t('inv.field.products')}</span>
          {terms.products.map((product, index) => (
            <div key={index} className="vt-product-row" data-testid="draft-product" data-index={index}>
              <TextInput label={t('inv.field.productId')} testId="product-id" value={product.id} onChange={(id) => setProduct(index, { id })} />
              <TextInput label={t('inv.field.productName')} testId="product-name" value={product.name} onChange={(name) => setProduct(index, { name })} />
              <NumberInput label={t('inv.field.commission')} testId="product-commission" min={LIMITS.commissionMin} max={LIMITS.commissionMax} value={product.commissionRate} onChange={(commissionRate) => setProduct(index, { commissionRate })} />
              <NumberInput label={t('inv.field.adsCommission')} testId="product-ads-commission" min={LIMITS.commissionMin} max={LIMITS.commissionMax} value={product.adsCommissionRate} onChange={(adsCommissionRate) => setProduct(index, { adsCommissionRate })} />
              <button type="button" className="vt-button" data-testid="product-remove" onClick={() => set({ products: terms.products.filter((_, i) => i !== index) })}>
                {t('inv.removeProduct')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="vt-button"
            data-testid="draft-add-product"
            onClick={() => set({ products: [...terms.products, { id: '', name: '', commissionRate: null, adsCommissionRate: null }] })}
          >
            {t('inv.addProduct')}
          </button>
        </div>
        <Checkbox label={t('inv.field.freeSample')} testId="draft-free-sample" checked={terms.freeSample} onChange={(freeSample) => set({ freeSample })} />
        <Checkbox label={t('inv.field.autoApprove')} testId="draft-auto-approve" checked={terms.autoApproveSamples} onChange={(autoApproveSamples) => set({ autoApproveSamples })} />
        <Checkbox label={t('inv.field.flatFee')} testId="draft-flat-fee" checked={terms.flatFee !== null} onChange={(on) => set({ flatFee: on ? defaultFlatFee() : null })} />
        {terms.flatFee && (
          <div className="vt-flat-fee" data-testid="draft-flat-fee-fields">
            <NumberInput label={t('inv.field.feeUsd')} testId="flat-fee-usd" min={LIMITS.flatFeeMinUsd} max={LIMITS.flatFeeMaxUsd} value={terms.flatFee.feeUsd} onChange={(feeUsd) => setFlat({ feeUsd })} />
            <NumberInput label={t('inv.field.promotionDays')} testId="flat-fee-days" min={LIMITS.promotionMinDays} max={LIMITS.promotionMaxDays} value={terms.flatFee.promotionDays} onChange={(promotionDays) => setFlat({ promotionDays })} />
            <Checkbox label={t('inv.field.contentReview')} testId="flat-fee-review" checked={terms.flatFee.contentReview} onChange={(contentReview) => setFlat({ contentReview })} />
            <NumberInput label={t('inv.field.editRounds')} testId="flat-fee-rounds" min={0} max={LIMITS.editRoundsMax} step={1} value={terms.flatFee.editRounds} onChange={(editRounds) => setFlat({ editRounds })} />
            <Checkbox label={t('inv.field.adsAuthorization')} testId="flat-fee-ads" checked={terms.flatFee.adsAuthorization} onChange={(adsAuthorization) => setFlat({ adsAuthorization })} />
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('inv.section.extra')}</legend>
        <NumberInput label={t('inv.field.videos')} testId="draft-videos" min={0} step={1} value={terms.videos} onChange={(videos) => set({ videos })} />
        <NumberInput label={t('inv.field.lives')} testId="draft-lives" min={0} step={1} value={terms.lives} onChange={(lives) => set({ lives })} />
        <NumberInput label={t('inv.field.postingWindowDays')} testId="draft-posting-window" min={1} step={1} value={terms.postingWindowDays} onChange={(postingWindowDays) => set({ postingWindowDays })} />
        <NumberInput label={t('inv.field.samplePostingDays')} testId="draft-sample-days" min={1} step={1} value={terms.samplePostingDays} onChange={(samplePostingDays) => set({ samplePostingDays })} />
        <NumberInput label={t('inv.field.reviewHours')} testId="draft-review-hours" min={1} step={1} value={terms.reviewHours} onChange={(reviewHours) => set({ reviewHours })} />
        <Select
          label={t('inv.field.usageRights')}
          testId="draft-usage"
          value={terms.usageRights}
          unsetLabel={t('inv.unset')}
          options={UsageRightsSchema.options.map((value) => ({ value, label: t(`inv.usage.${value}`) }))}
          onChange={(usageRights) => set({ usageRights })}
        />
        <NumberInput label={t('inv.field.usageDays')} testId="draft-usage-days" min={1} step={1} value={terms.usageDays} onChange={(usageDays) => set({ usageDays })} />
        <Select
          label={t('inv.field.breach')}
          testId="draft-breach"
          value={terms.breachAction}
          unsetLabel={t('inv.unset')}
          options={BreachActionSchema.options.map((value) => ({ value, label: t(`inv.breach.${value}`) }))}
          onChange={(breachAction) => set({ breachAction })}
        />
        <NumberInput label={t('inv.field.stopLossRoi')} testId="draft-stop-loss-roi" min={0} step={0.1} value={terms.stopLossRoi} onChange={(stopLossRoi) => set({ stopLossRoi })} />
        <NumberInput label={t('inv.field.stopLossConsecutive')} testId="draft-stop-loss-count" min={1} step={1} value={terms.stopLossConsecutive} onChange={(stopLossConsecutive) => set({ stopLossConsecutive })} />
        <Checkbox label={t('inv.field.disclosure')} testId="draft-disclosure" checked={terms.disclosure} onChange={(disclosure) => set({ disclosure })} />
      </fieldset>

      <fieldset>
        <legend>{t('inv.section.message')}</legend>
        <Field label={t('inv.field.messageTemplate')}>
          <textarea data-testid="draft-message-template" rows={12} value={body} onChange={(e) => set({ messageTemplate: e.target.value })} />
        </Field>
        <p className="vt-muted">{t('inv.placeholdersHelp')}</p>
        <button type="button" className="vt-button" data-testid="draft-reset-template" disabled={terms.messageTemplate === null} onClick={() => set({ messageTemplate: null })}>
          {t('inv.resetTemplate')}
        </button>
      </fieldset>
    </form>
  );
}
