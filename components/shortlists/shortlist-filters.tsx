import { ConfidenceSchema, MerchantTierSchema, PitfallSchema, TierSchema } from '@/lib/schemas/assessment';
import { EntryStatusSchema } from '@/lib/schemas/records';
import type { ShortlistFilter } from '@/lib/shortlists/filter-spec';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { languageName } from '@/lib/i18n/display-names';

const numberOrUndefined = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));

/** One-choice select that maps '' to "any". */
function Choice({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <label className="vt-field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid={testId}>
        <option value="">{t('filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter bar above a list: free text, status, tiers, confidence, pitfalls, language, tags, ranges. */
export function ShortlistFilters({
  filter,
  onChange,
  languages,
  tags,
}: {
  filter: ShortlistFilter;
  onChange: (next: ShortlistFilter) => void;
  languages: string[];
  tags: string[];
}) {
  const { t, locale } = useI18n();
  const set = (patch: Partial<ShortlistFilter>) => onChange({ ...filter, ...patch });
  const one = <T extends string>(values: readonly T[] | undefined) => values?.[0];
  const activeCount = Object.entries(filter).filter(([k, v]) => k !== 'sort' && k !== 'descending' && k !== 'text' && v !== undefined && v !== '').length;
  const active = activeCount > 0 || (filter.text ?? '') !== '';
  // In the narrow side panel the filters beyond the search box fold away (the list comes first);
  // from 600 px, or with a filter set, they start open.
  const [open, setOpen] = useState(() => activeCount > 0 || window.matchMedia('(min-width: 600px)').matches);
  return (
    <div className="vt-filters" role="search" data-testid="shortlist-filters">
      <label className="vt-field vt-field-wide">
        <span>{t('filter.text')}</span>
        <input
          type="search"
          value={filter.text ?? ''}
          placeholder={t('filter.textPlaceholder')}
          onChange={(e) => set({ text: e.target.value || undefined })}
          data-testid="filter-text"
        />
      </label>
      <details className="vt-more-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="filter-more">
        <summary>{activeCount > 0 ? t('filter.moreActive', { count: activeCount }) : t('filter.more')}</summary>
        <div className="vt-filters">
          <Choice
            label={t('column.status')}
            testId="filter-status"
            value={one(filter.statuses)}
            options={EntryStatusSchema.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(v) => set({ statuses: v ? [v as 'scouting'] : undefined })}
          />
          <Choice
            label={t('column.tier')}
            testId="filter-merchant-tier"
            value={one(filter.merchantTiers)}
            options={MerchantTierSchema.options.map((s) => ({ value: s, label: t(`merchantTier.${s}`) }))}
            onChange={(v) => set({ merchantTiers: v ? [v as 'head'] : undefined })}
          />
          <Choice
            label={t('filter.sizeTier')}
            testId="filter-tier"
            value={one(filter.tiers)}
            options={TierSchema.options.map((s) => ({ value: s, label: t(`tier.${s}`) }))}
            onChange={(v) => set({ tiers: v ? [v as 'nano'] : undefined })}
          />
          <Choice
            label={t('column.confidence')}
            testId="filter-confidence"
            value={one(filter.confidences)}
            options={ConfidenceSchema.options.map((s) => ({ value: s, label: t(`confidence.${s}`) }))}
            onChange={(v) => set({ confidences: v ? [v as 'none'] : undefined })}
          />
          <Choice
            label={t('column.flags')}
            testId="filter-pitfall"
            value={filter.noFlags ? 'none' : one(filter.pitfalls)}
            options={[{ value: 'none', label: t('filter.noFlags') }, ...PitfallSchema.options.map((p) => ({ value: p, label: t('filter.pitfall', { pitfall: p }) }))]}
            onChange={(v) => set({ noFlags: v === 'none' ? true : undefined, pitfalls: v && v !== 'none' ? [v as 'P1'] : undefined })}
          />
          <Choice
            label={t('filter.language')}
            testId="filter-language"
            value={one(filter.languages)}
            options={languages.map((l) => ({ value: l, label: languageName(locale, l) }))}
            onChange={(v) => set({ languages: v ? [v] : undefined })}
          />
          <Choice
            label={t('filter.tag')}
            testId="filter-tag"
            value={one(filter.tags)}
            options={tags.map((l) => ({ value: l, label: l }))}
            onChange={(v) => set({ tags: v ? [v] : undefined })}
          />
          <label className="vt-field vt-field-narrow">
            <span>{t('filter.minScore')}</span>
            <input type="number" min={0} max={100} value={filter.minScore ?? ''} onChange={(e) => set({ minScore: numberOrUndefined(e.target.value) })} data-testid="filter-min-score" />
          </label>
          <label className="vt-field vt-field-narrow">
            <span>{t('filter.minFollowers')}</span>
            <input type="number" min={0} value={filter.minFollowers ?? ''} onChange={(e) => set({ minFollowers: numberOrUndefined(e.target.value) })} data-testid="filter-min-followers" />
          </label>
          <label className="vt-field vt-field-narrow">
            <span>{t('filter.maxFollowers')}</span>
            <input type="number" min={0} value={filter.maxFollowers ?? ''} onChange={(e) => set({ maxFollowers: numberOrUndefined(e.target.value) })} data-testid="filter-max-followers" />
          </label>
        </div>
      </details>
      {active && (
        <button type="button" className="vt-button" onClick={() => onChange({ sort: filter.sort, descending: filter.descending })} data-testid="filter-clear">
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
