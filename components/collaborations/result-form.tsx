import { useState, type FormEvent } from 'react';
import type { RequestOf } from '@/lib/messaging/protocol';
import { useI18n } from '../i18n';

type ResultInput = RequestOf<'collab.result.add'>['result'];

const NUMBER_FIELDS = ['views', 'orders', 'gmv', 'refunds', 'commission', 'fee', 'sample', 'shipping'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

const num = (text: string): number | null => {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
};

const text = (value: number | null) => (value === null ? '' : String(value));
/** The local day of an instant, as a date input holds it. */
const localDay = (at: number) => new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/**
 * The form for one published video or live: blank figures stay blank (not 0). With `initial`, it
 * corrects that result (the date keeps its time of day when the day is unchanged).
 */
export function ResultForm({ onAdd, defaultCurrency, initial }: { onAdd: (result: ResultInput) => Promise<void>; defaultCurrency: string; initial?: ResultInput }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<NumberField, string>>(() => ({
    views: text(initial?.views ?? null),
    orders: text(initial?.orders ?? null),
    gmv: text(initial?.gmv ?? null),
    refunds: text(initial?.refunds ?? null),
    commission: text(initial?.costs.commission ?? null),
    fee: text(initial?.costs.fee ?? null),
    sample: text(initial?.costs.sample ?? null),
    shipping: text(initial?.costs.shipping ?? null),
  }));
  const [date, setDate] = useState(() => localDay(initial?.date ?? Date.now()));
  const [kind, setKind] = useState<'video' | 'live'>(initial?.kind ?? 'video');
  const [link, setLink] = useState(initial?.link ?? '');
  const [currency, setCurrency] = useState(defaultCurrency);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = (f: NumberField) => num(values[f]);
    const integer = (f: 'views' | 'orders') => {
      const v = n(f);
      return v === null ? null : Math.round(v);
    };
    await onAdd({
      date: initial && localDay(initial.date) === date ? initial.date : new Date(`${date}T12:00`).getTime(),
      kind,
      link: link.trim() === '' ? null : link.trim(),
      views: integer('views'),
      orders: integer('orders'),
      gmv: n('gmv'),
      refunds: n('refunds'),
      costs: { commission: n('commission'), fee: n('fee'), sample: n('sample'), shipping: n('shipping') },
      currency: currency.trim().toUpperCase(),
    });
  }

  return (
    <form className="vt-listbar" data-testid={initial ? 'collab-result-edit-form' : 'collab-result-form'} onSubmit={(e) => void submit(e)}>
      <label className="vt-field">
        <span>{t('collab.result.date')}</span>
        <input type="date" required value={date} data-testid="collab-result-date" onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="vt-field">
        <span>{t('collab.result.kind')}</span>
        <select value={kind} data-testid="collab-result-kind" onChange={(e) => setKind(e.target.value === 'live' ? 'live' : 'video')}>
          <option value="video">{t('collab.result.video')}</option>
          <option value="live">{t('collab.result.live')}</option>
        </select>
      </label>
      {NUMBER_FIELDS.map((field) => (
        <label key={field} className="vt-field vt-field-narrow">
          <span>{t(`collab.result.${field}`)}</span>
          <input
            inputMode="decimal"
            value={values[field]}
            data-testid={`collab-result-${field}`}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </label>
      ))}
      <label className="vt-field vt-field-narrow">
        <span>{t('collab.result.currency')}</span>
        <input value={currency} maxLength={3} data-testid="collab-result-currency" onChange={(e) => setCurrency(e.target.value)} />
      </label>
      <label className="vt-field vt-field-wide">
        <span>{t('collab.result.link')}</span>
        <input type="url" value={link} data-testid="collab-result-link" onChange={(e) => setLink(e.target.value)} />
      </label>
      <button type="submit" className="vt-button" data-testid={initial ? 'collab-result-save' : 'collab-result-add'}>
        {initial ? t('collab.result.save') : t('collab.result.add')}
      </button>
    </form>
  );
}
