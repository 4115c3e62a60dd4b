import { useMemo, useState } from 'react';
import {
  CollaborationStatusSchema,
  TerminationReasonSchema,
  type Collaboration,
  type CollaborationDates,
} from '@/lib/collaborations/collaboration';
import { resultFlags, type GpmFloor } from '@/lib/collaborations/commerce-flags';
import type { Deadline } from '@/lib/collaborations/deadlines';
import { aggregateCollaboration, gpm, roi, type Metric } from '@/lib/collaborations/metrics';
import { evaluateCollaborationStopLoss, inDateOrder } from '@/lib/collaborations/stop-loss';
import type { RequestOf } from '@/lib/messaging/protocol';
import { FlagList } from '../flag-list';
import { useI18n } from '../i18n';
import { ResultForm } from './result-form';

const DATE_KEYS = Object.keys({
  invitedAt: 0, acceptedAt: 0, sampleRequestedAt: 0, sampleDecidedAt: 0, sampleShippedAt: 0, sampleReceivedAt: 0,
  contentSubmittedAt: 0, contentReviewedAt: 0, publishedAt: 0, settledAt: 0, appealedAt: 0,
} satisfies Record<keyof CollaborationDates, number>) as (keyof CollaborationDates)[];

/** epoch ms ⇄ the value of a local datetime-local input. */
const toInput = (at: number | null) => {
  if (at === null) return '';
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};
const fromInput = (text: string) => (text === '' ? null : new Date(text).getTime());

export interface CardActions {
  update(patch: RequestOf<'collab.update'>['patch']): Promise<void>;
  addResult(result: RequestOf<'collab.result.add'>['result']): Promise<void>;
  updateResult(resultId: string, result: RequestOf<'collab.result.update'>['result']): Promise<void>;
  removeResult(resultId: string): Promise<void>;
  extend(): Promise<void>;
}

/** A figure with its state; its formula beside it unless `formula` is false (rows show it once, on demand). */
export function MetricText({ metric, label, testId, formula = true }: { metric: Metric; label: string; testId: string; formula?: boolean }) {
  const { t, n } = useI18n();
  return (
    <span className="vt-metric" data-testid={testId} data-value={metric.value ?? ''}>
      <strong>
        {label} {metric.value === null ? '—' : n(metric.value)}
      </strong>
      {metric.provisional && metric.value !== null && <span className="vt-muted"> ({t('collab.provisional')})</span>}
      {metric.reason && <span className="vt-muted"> ({t(`collab.reason.${metric.reason}`)})</span>}
      {formula && (
        <small className="vt-formula" data-testid={`${testId}-formula`}>
          {t(metric.formulaKey)}
        </small>
      )}
    </span>
  );
}

/** One collaboration: pipeline status, deadlines, stop-loss, figures, and the forms to record what happened. */
export function CollaborationCard({
  collaboration: c,
  deadlines,
  floors,
  actions,
  focused = false,
}: {
  collaboration: Collaboration;
  deadlines: readonly Deadline[];
  floors: ReadonlyMap<string, GpmFloor>;
  actions: CardActions;
  /** The card's collaboration line on a TikTok page asked for this one: highlighted. */
  focused?: boolean;
}) {
  const i18n = useI18n();
  const { t, n, locale } = i18n;
  const [editing, setEditing] = useState(false);
  const [editingResult, setEditingResult] = useState<string | null>(null);
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const evaluation = evaluateCollaborationStopLoss(c);
  const terminate = evaluation.status === 'terminate';
  const totals = aggregateCollaboration(c);
  const date = (at: number) => new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <li
      className={`vt-collab${terminate ? ' vt-collab-terminate' : ''}${focused ? ' vt-collab-focused' : ''}`}
      data-testid="collab-item"
      data-id={c.id}
      data-handle={c.creatorHandle}
      data-status={c.status}
      data-focused={focused}
    >
      <header className="vt-listbar">
        <strong>@{c.creatorHandle}</strong>
        <label className="vt-field">
          <span>{t('collab.field.status')}</span>
          <select
            value={c.status}
            data-testid="collab-status"
            onChange={(e) => void actions.update({ status: CollaborationStatusSchema.parse(e.target.value) })}
          >
            {CollaborationStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {t(`collab.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {c.status === 'terminated' && (
          <label className="vt-field">
            <span>{t('collab.field.reason')}</span>
            <select
              value={c.terminationReason ?? 'other'}
              data-testid="collab-reason"
              onChange={(e) => void actions.update({ status: 'terminated', terminationReason: TerminationReasonSchema.parse(e.target.value) })}
            >
              {TerminationReasonSchema.options.map((r) => (
                <option key={r} value={r}>
                  {t(`collab.reason.${r}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {terminate && (
          <span className="vt-terminate" data-testid="collab-terminate" data-handle={c.creatorHandle}>
            {t('collab.terminate', { count: evaluation.consecutiveCount, threshold: evaluation.threshold })}
          </span>
        )}
      </header>
      <p className="vt-muted" data-testid="collab-stoploss">
        {c.stopLoss.roiThreshold === null
          ? t('collab.stopLoss.off')
          : t('collab.stopLoss.on', { count: c.stopLoss.consecutiveCount, threshold: c.stopLoss.roiThreshold })}
      </p>
      {deadlines.length > 0 && (
        <ul className="vt-deadlines">
          {deadlines.map((d) => (
            <li key={d.id} className={d.overdue ? 'vt-overdue' : ''} data-testid="collab-deadline" data-kind={d.kind} data-overdue={d.overdue}>
              {t(`collab.deadline.${d.kind}`)} · {t('collab.due', { date: date(d.dueAt) })}
            </li>
          ))}
        </ul>
      )}
      {totals.map((total) => (
        <p key={total.currency} className="vt-metrics" data-testid="collab-totals" data-currency={total.currency}>
          <MetricText metric={total.roi} label={t('collab.roi')} testId="collab-roi" formula={false} />{' '}
          <MetricText metric={total.gpm} label={t('collab.gpm')} testId="collab-gpm" formula={false} />
        </p>
      ))}
      <h3>{t('collab.results')}</h3>
      {c.results.length === 0 ? (
        <p className="vt-muted">{t('collab.result.none')}</p>
      ) : (
        <ol className="vt-results" data-testid="collab-results">
          {inDateOrder(c.results).map((r) => {
            const verdict = evaluation.verdicts.find((v) => v.resultId === r.id)?.verdict ?? 'unknown';
            const flags = resultFlags(c, r, floors);
            const figure = (key: string, value: string) => (
              <span className="vt-result-figure">
                <span className="vt-muted">{t(key)}</span> {value}
              </span>
            );
            return (
              <li key={r.id} className={`vt-result vt-verdict-${verdict}`} data-testid="collab-result" data-verdict={verdict} data-seq={r.seq}>
                <div className="vt-result-head">
                  <span className="vt-result-when">
                    {dayFormat.format(r.date)} · {t(`collab.result.${r.kind}`)}
                  </span>
                  <MetricText metric={roi(r)} label={t('collab.roi')} testId="collab-result-roi" formula={false} />
                  <button
                    type="button"
                    className="vt-button vt-result-remove"
                    data-testid="collab-result-edit"
                    aria-expanded={editingResult === r.id}
                    onClick={() => setEditingResult(editingResult === r.id ? null : r.id)}
                  >
                    {t('collab.result.edit')}
                  </button>
                  <button type="button" className="vt-button vt-result-remove" onClick={() => void actions.removeResult(r.id)} aria-label={t('collab.result.removeOne', { date: dayFormat.format(r.date) })}>
                    {t('collab.result.remove')}
                  </button>
                </div>
                <div className="vt-result-figures">
                  {figure('collab.result.views', r.views === null ? '—' : n(r.views))}
                  {figure('collab.result.gmv', r.gmv === null ? '—' : `${n(r.gmv)} ${r.currency}`)}
                  {figure('collab.result.refunds', r.refunds === null ? '—' : n(r.refunds))}
                  <MetricText metric={gpm(r)} label={t('collab.gpm')} testId="collab-result-gpm" formula={false} />
                </div>
                {flags.length > 0 && <FlagList flags={flags} testId="collab-result-flags" i18n={i18n} />}
                {editingResult === r.id && (
                  <ResultForm
                    initial={r}
                    defaultCurrency={r.currency}
                    onAdd={(figures) => actions.updateResult(r.id, figures).then(() => setEditingResult(null))}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <details className="vt-formulas" data-testid="collab-formulas">
        <summary>{t('collab.formulas')}</summary>
        <p className="vt-formula" data-testid="collab-roi-formula">{t('collab.formula.roi')}</p>
        <p className="vt-formula" data-testid="collab-gpm-formula">{t('collab.formula.gpm')}</p>
      </details>
      <ResultForm onAdd={actions.addResult} defaultCurrency={c.results.at(-1)?.currency ?? 'USD'} />
      <button type="button" className="vt-button" data-testid="collab-edit" onClick={() => setEditing(!editing)} aria-expanded={editing}>
        {t('collab.edit')}
      </button>
      {c.dates.sampleReceivedAt !== null &&
        (c.sampleExtensionDays === 0 ? (
          <button type="button" className="vt-button" data-testid="collab-extend" onClick={() => void actions.extend()}>
            {t('collab.extend')}
          </button>
        ) : (
          <span className="vt-muted" data-testid="collab-extended">
            {t('collab.extended')}
          </span>
        ))}
      {editing && <DetailsForm collaboration={c} onSave={actions.update} />}
    </li>
  );
}

function DetailsForm({ collaboration: c, onSave }: { collaboration: Collaboration; onSave: CardActions['update'] }) {
  const { t } = useI18n();
  const [dates, setDates] = useState(() => Object.fromEntries(DATE_KEYS.map((k) => [k, toInput(c.dates[k])])));
  const [carrier, setCarrier] = useState(c.carrier ?? '');
  const [tracking, setTracking] = useState(c.trackingNumber ?? '');
  const [links, setLinks] = useState(c.contentLinks.join('\n'));
  const [notes, setNotes] = useState(c.notes);
  const [disputed, setDisputed] = useState(c.settlementDisputed);
  return (
    <form
      className="vt-listbar"
      data-testid="collab-details-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave({
          dates: Object.fromEntries(DATE_KEYS.map((k) => [k, fromInput(dates[k] ?? '')])),
          carrier: carrier.trim() || null,
          trackingNumber: tracking.trim() || null,
          contentLinks: links.split('\n').map((l) => l.trim()).filter(Boolean),
          notes,
          settlementDisputed: disputed,
        });
      }}
    >
      {DATE_KEYS.map((k) => (
        <label key={k} className="vt-field">
          <span>{t(`collab.date.${k}`)}</span>
          <input type="datetime-local" value={dates[k] ?? ''} data-testid={`collab-date-${k}`} onChange={(e) => setDates({ ...dates, [k]: e.target.value })} />
        </label>
      ))}
      <label className="vt-field">
        <span>{t('collab.field.carrier')}</span>
        <input value={carrier} maxLength={80} data-testid="collab-carrier" onChange={(e) => setCarrier(e.target.value)} />
      </label>
      <label className="vt-field">
        <span>{t('collab.field.tracking')}</span>
        <input value={tracking} maxLength={80} data-testid="collab-tracking" onChange={(e) => setTracking(e.target.value)} />
      </label>
      <label className="vt-field vt-field-wide">
        <span>{t('collab.field.links')}</span>
        <textarea value={links} rows={2} data-testid="collab-links" onChange={(e) => setLinks(e.target.value)} />
      </label>
      <label className="vt-field vt-field-wide">
        <span>{t('collab.field.notes')}</span>
        <textarea value={notes} rows={2} maxLength={5000} data-testid="collab-notes" onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label className="vt-check">
        <input type="checkbox" checked={disputed} data-testid="collab-disputed" onChange={(e) => setDisputed(e.target.checked)} />
        {t('collab.field.disputed')}
      </label>
      <button type="submit" className="vt-button" data-testid="collab-save">
        {t('collab.save')}
      </button>
    </form>
  );
}
