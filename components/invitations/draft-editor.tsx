import type { ReactNode } from 'react';
import type { Draft } from '@/lib/invitations/draft';
import { CATEGORIES } from '@/lib/invitations/commission-ranges';
import { TEMPLATES } from '@/lib/invitations/templates';
import {
  BreachActionSchema,
  defaultFlatFee,
  LIMITS,
  MESSAGE_LANGUAGES,
  SampleShippingSchema,
  ShippingPayerSchema,
  UsageRightsSchema,
  type ContentBrief,
  type FlatFee,
  type InvitationTerms,
  type ProductTerm,
  type SampleTerms,
} from '@/lib/invitations/terms';
import { VIDEO_SECONDS_MAX } from '@/lib/invitations/brief-rules';
import { useI18n } from '../i18n';
import { DraftRestrictedCategoryNote } from '../restricted-category-note';
import { Checkbox, FieldProblems, NumberInput, Select, TextArea, TextInput, type FieldProblem } from './fields';

const NO_PROBLEMS: ReadonlyMap<string, FieldProblem[]> = new Map();

/** One draft: its name and template mark, then every term. Changes go up at once; the panel saves them. */
export function DraftEditor({ draft, onChange, problems }: { draft: Draft; onChange(draft: Draft): void; problems?: ReadonlyMap<string, FieldProblem[]> }) {
  const { t } = useI18n();
  const terms = draft.terms;
  return (
    <TermsEditor
      testId="draft-editor"
      draftId={draft.id}
      terms={terms}
      problems={problems}
      onChange={(next) => onChange({ ...draft, terms: next })}
      head={
        <>
          <TextInput label={t('inv.field.draftName')} testId="draft-name" value={draft.name} onChange={(name) => onChange({ ...draft, name })} />
          <Checkbox label={t('inv.field.isTemplate')} testId="draft-is-template" checked={terms.isTemplate} onChange={(isTemplate) => onChange({ ...draft, terms: { ...terms, isTemplate } })} />
        </>
      }
    />
  );
}

/**
 * Every term, each field with its problems beside it (`aria-describedby`). Settings reuses it for the
 * defaults, with the two dates given as days (`endDateField`, `postByField`).
 */
export function TermsEditor(props: {
  terms: InvitationTerms;
  onChange(terms: InvitationTerms): void;
  problems?: ReadonlyMap<string, FieldProblem[]> | undefined;
  testId: string;
  draftId?: string;
  head?: ReactNode;
  endDateField?: ReactNode;
  postByField?: ReactNode;
}) {
  const { t } = useI18n();
  const { terms } = props;
  const problems = props.problems ?? NO_PROBLEMS;
  const at = (field: string) => ({ field, problems: problems.get(field) });
  const set = (patch: Partial<InvitationTerms>) => props.onChange({ ...terms, ...patch });
  const setProduct = (index: number, patch: Partial<ProductTerm>) =>
    set({ products: terms.products.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const setFlat = (patch: Partial<FlatFee>) => set({ flatFee: { ...(terms.flatFee ?? defaultFlatFee()), ...patch } });
  const setBrief = (patch: Partial<ContentBrief>) => set({ brief: { ...terms.brief, ...patch } });
  const setSample = (patch: Partial<SampleTerms>) => set({ sample: { ...terms.sample, ...patch } });
  const body = terms.messageTemplate ?? TEMPLATES[terms.language].body;
  const productsId = `${props.testId}-products-problems`;

  return (
    <form className="vt-draft" data-testid={props.testId} data-draft-id={props.draftId} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('inv.section.draft')}</legend>
        {props.head}
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
        <TextInput label={t('inv.field.collaborationName')} testId="draft-collaboration-name" value={terms.collaborationName} onChange={(collaborationName) => set({ collaborationName })} {...at('collaborationName')} />
        {props.endDateField ?? (
          <TextInput label={t('inv.field.endDate')} testId="draft-end-date" type="date" value={terms.endDate ?? ''} onChange={(v) => set({ endDate: v || null })} {...at('endDate')} />
        )}
        <TextInput label={t('inv.field.email')} testId="draft-email" type="email" value={terms.sellerEmail} onChange={(sellerEmail) => set({ sellerEmail })} {...at('sellerEmail')} />
        <div className="vt-products" data-testid="draft-products">
          <span>{t('inv.field.products')}</span>
          {terms.products.map((product, index) => (
            <div key={index} className="vt-product-row" data-testid="draft-product" data-index={index}>
              <TextInput label={t('inv.field.productId')} testId="product-id" value={product.id} onChange={(id) => setProduct(index, { id })} />
              <TextInput label={t('inv.field.productName')} testId="product-name" value={product.name} onChange={(name) => setProduct(index, { name })} />
              <NumberInput label={t('inv.field.commission')} testId="product-commission" min={LIMITS.commissionMin} max={LIMITS.commissionMax} value={product.commissionRate} onChange={(commissionRate) => setProduct(index, { commissionRate })} {...at(`products.${index}.commissionRate`)} />
              <NumberInput label={t('inv.field.adsCommission')} testId="product-ads-commission" min={LIMITS.commissionMin} max={LIMITS.commissionMax} value={product.adsCommissionRate} onChange={(adsCommissionRate) => setProduct(index, { adsCommissionRate })} {...at(`products.${index}.adsCommissionRate`)} />
              <button type="button" className="vt-button" data-testid="product-remove" onClick={() => set({ products: terms.products.filter((_, i) => i !== index) })}>
                {t('inv.removeProduct')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="vt-button"
            data-testid="draft-add-product"
            aria-describedby={problems.get('products')?.length ? productsId : undefined}
            onClick={() => set({ products: [...terms.products, { id: '', name: '', commissionRate: null, adsCommissionRate: null }] })}
          >
            {t('inv.addProduct')}
          </button>
          <FieldProblems id={productsId} field="products" problems={problems.get('products')} />
        </div>
        <Checkbox label={t('inv.field.freeSample')} testId="draft-free-sample" checked={terms.freeSample} onChange={(freeSample) => set({ freeSample })} />
        <Checkbox label={t('inv.field.autoApprove')} testId="draft-auto-approve" checked={terms.autoApproveSamples} onChange={(autoApproveSamples) => set({ autoApproveSamples })} />
        <Checkbox label={t('inv.field.flatFee')} testId="draft-flat-fee" checked={terms.flatFee !== null} onChange={(on) => set({ flatFee: on ? defaultFlatFee() : null })} />
        {terms.flatFee && (
          <div className="vt-flat-fee" data-testid="draft-flat-fee-fields">
            <NumberInput label={t('inv.field.feeUsd')} testId="flat-fee-usd" min={LIMITS.flatFeeMinUsd} max={LIMITS.flatFeeMaxUsd} value={terms.flatFee.feeUsd} onChange={(feeUsd) => setFlat({ feeUsd })} {...at('flatFee.feeUsd')} />
            <NumberInput label={t('inv.field.promotionDays')} testId="flat-fee-days" min={LIMITS.promotionMinDays} max={LIMITS.promotionMaxDays} value={terms.flatFee.promotionDays} onChange={(promotionDays) => setFlat({ promotionDays })} {...at('flatFee.promotionDays')} />
            <Checkbox label={t('inv.field.contentReview')} testId="flat-fee-review" checked={terms.flatFee.contentReview} onChange={(contentReview) => setFlat({ contentReview })} />
            <NumberInput label={t('inv.field.editRounds')} testId="flat-fee-rounds" min={0} max={LIMITS.editRoundsMax} step={1} value={terms.flatFee.editRounds} onChange={(editRounds) => setFlat({ editRounds })} {...at('flatFee.editRounds')} />
            <Checkbox label={t('inv.field.adsAuthorization')} testId="flat-fee-ads" checked={terms.flatFee.adsAuthorization} onChange={(adsAuthorization) => setFlat({ adsAuthorization })} />
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('inv.section.extra')}</legend>
        <NumberInput label={t('inv.field.videos')} testId="draft-videos" min={0} step={1} value={terms.videos} onChange={(videos) => set({ videos })} {...at('videos')} />
        <NumberInput label={t('inv.field.lives')} testId="draft-lives" min={0} step={1} value={terms.lives} onChange={(lives) => set({ lives })} {...at('lives')} />
        <NumberInput label={t('inv.field.postingWindowDays')} testId="draft-posting-window" min={1} step={1} value={terms.postingWindowDays} onChange={(postingWindowDays) => set({ postingWindowDays })} {...at('postingWindowDays')} />
        <NumberInput label={t('inv.field.samplePostingDays')} testId="draft-sample-days" min={1} step={1} value={terms.samplePostingDays} onChange={(samplePostingDays) => set({ samplePostingDays })} {...at('samplePostingDays')} />
        <NumberInput label={t('inv.field.reviewHours')} testId="draft-review-hours" min={1} step={1} value={terms.reviewHours} onChange={(reviewHours) => set({ reviewHours })} {...at('reviewHours')} />
        <Select
          label={t('inv.field.usageRights')}
          testId="draft-usage"
          value={terms.usageRights}
          unsetLabel={t('inv.unset')}
          options={UsageRightsSchema.options.map((value) => ({ value, label: t(`inv.usage.${value}`) }))}
          onChange={(usageRights) => set({ usageRights })}
          {...at('usageRights')}
        />
        <NumberInput label={t('inv.field.usageDays')} testId="draft-usage-days" min={1} step={1} value={terms.usageDays} onChange={(usageDays) => set({ usageDays })} {...at('usageDays')} />
        <Select
          label={t('inv.field.breach')}
          testId="draft-breach"
          value={terms.breachAction}
          unsetLabel={t('inv.unset')}
          options={BreachActionSchema.options.map((value) => ({ value, label: t(`inv.breach.${value}`) }))}
          onChange={(breachAction) => set({ breachAction })}
          {...at('breachAction')}
        />
        <NumberInput label={t('inv.field.stopLossRoi')} testId="draft-stop-loss-roi" min={0} step={0.1} value={terms.stopLossRoi} onChange={(stopLossRoi) => set({ stopLossRoi })} {...at('stopLossRoi')} />
        <NumberInput label={t('inv.field.stopLossConsecutive')} testId="draft-stop-loss-count" min={1} step={1} value={terms.stopLossConsecutive} onChange={(stopLossConsecutive) => set({ stopLossConsecutive })} {...at('stopLossConsecutive')} />
        <Checkbox label={t('inv.field.disclosure')} testId="draft-disclosure" checked={terms.disclosure} onChange={(disclosure) => set({ disclosure })} {...at('disclosure')} />
      </fieldset>

      <fieldset data-testid="draft-brief">
        <legend>{t('inv.section.brief')}</legend>
        <TextArea label={t('inv.field.sellingPoints')} testId="brief-selling-points" value={terms.brief.sellingPoints} onChange={(sellingPoints) => setBrief({ sellingPoints })} {...at('brief.sellingPoints')} />
        <TextArea label={t('inv.field.mustShow')} testId="brief-must-show" value={terms.brief.mustShow} onChange={(mustShow) => setBrief({ mustShow })} {...at('brief.mustShow')} />
        <TextInput label={t('inv.field.hashtags')} testId="brief-hashtags" value={terms.brief.hashtags} onChange={(hashtags) => setBrief({ hashtags })} {...at('brief.hashtags')} />
        <TextInput label={t('inv.field.productLink')} testId="brief-product-link" type="url" value={terms.brief.productLink} onChange={(productLink) => setBrief({ productLink })} {...at('brief.productLink')} />
        <NumberInput label={t('inv.field.videoSeconds')} testId="brief-video-seconds" min={1} max={VIDEO_SECONDS_MAX} step={1} value={terms.brief.videoSeconds} onChange={(videoSeconds) => setBrief({ videoSeconds })} {...at('brief.videoSeconds')} />
        {props.postByField ?? (
          <TextInput label={t('inv.field.postBy')} testId="brief-post-by" type="date" value={terms.brief.postBy ?? ''} onChange={(v) => setBrief({ postBy: v || null })} {...at('brief.postBy')} />
        )}
      </fieldset>

      {terms.freeSample && (
        <fieldset data-testid="draft-sample">
          <legend>{t('inv.section.sample')}</legend>
          <NumberInput label={t('inv.field.sampleQuantity')} testId="sample-quantity" min={1} step={1} value={terms.sample.quantity} onChange={(quantity) => setSample({ quantity })} {...at('sample.quantity')} />
          <Select
            label={t('inv.field.sampleShipping')}
            testId="sample-shipping"
            value={terms.sample.shipping}
            unsetLabel={t('inv.unset')}
            options={SampleShippingSchema.options.map((value) => ({ value, label: t(`inv.shipping.${value}`) }))}
            onChange={(shipping) => setSample({ shipping })}
            {...at('sample.shipping')}
          />
          <Select
            label={t('inv.field.shippingPaidBy')}
            testId="sample-paid-by"
            value={terms.sample.shippingPaidBy}
            unsetLabel={t('inv.unset')}
            options={ShippingPayerSchema.options.map((value) => ({ value, label: t(`inv.shippingPaidBy.${value}`) }))}
            onChange={(shippingPaidBy) => setSample({ shippingPaidBy })}
            {...at('sample.shippingPaidBy')}
          />
        </fieldset>
      )}

      <fieldset>
        <legend>{t('inv.section.message')}</legend>
        <TextArea label={t('inv.field.messageTemplate')} testId="draft-message-template" rows={12} value={body} onChange={(messageTemplate) => set({ messageTemplate })} {...at('messageTemplate')} />
        <p className="vt-muted">{t('inv.placeholdersHelp')}</p>
        <p className="vt-muted">{t('inv.placeholdersHelp.brief')}</p>
        <button type="button" className="vt-button" data-testid="draft-reset-template" disabled={terms.messageTemplate === null} onClick={() => set({ messageTemplate: null })}>
          {t('inv.resetTemplate')}
        </button>
      </fieldset>
    </form>
  );
}
