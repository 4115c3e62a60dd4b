import { useState } from 'react';
import { planBatches } from '@/lib/invitations/batching';
import { send } from '@/lib/messaging/client';
import { useI18n } from '../i18n';

const MAX_SHOWN = 200;

export interface Candidate {
  handle: string;
  nickname: string | null;
}

/**
 * Apply the draft to shortlisted creators: one invitation per batch of ≤ 50. Disabled until the
 * lint passes; the background lints again before storing anything.
 */
export function ApplyPanel(props: {
  draftId: string;
  ready: boolean;
  candidates: readonly Candidate[];
  productIds: readonly string[];
  selected: ReadonlySet<string>;
  onSelect(selected: Set<string>): void;
  beforeApply(): Promise<void>;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ state: 'idle' | 'applying' | 'applied' | 'failed'; text: string }>({ state: 'idle', text: '' });
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase().replace(/^@/, '');
  const matching = needle
    ? props.candidates.filter((c) => c.handle.includes(needle) || (c.nickname ?? '').toLowerCase().includes(needle))
    : props.candidates;
  // Shortlists can hold tens of thousands of creators: list the first few, select all by filter.
  const shown = matching.slice(0, MAX_SHOWN);
  const allSelected = matching.length > 0 && matching.every((c) => props.selected.has(c.handle));
  const batches = planBatches([...props.selected], props.productIds).length;
  const toggle = (handle: string, on: boolean) => {
    const next = new Set(props.selected);
    if (on) next.add(handle);
    else next.delete(handle);
    props.onSelect(next);
  };
  const apply = async () => {
    setStatus({ state: 'applying', text: '' });
    try {
      await props.beforeApply();
      const { invitations } = await send('invitation.apply', { draftId: props.draftId, handles: [...props.selected] });
      setStatus({ state: 'applied', text: t('inv.apply.done', { count: invitations.length }) });
      props.onSelect(new Set());
    } catch (error) {
      setStatus({ state: 'failed', text: t('error.unknown', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <section className="vt-apply" data-testid="apply-panel">
      <h3>{t('inv.apply.title')}</h3>
      {props.candidates.length === 0 ? (
        <p className="vt-muted">{t('inv.apply.noCandidates')}</p>
      ) : (
        <>
          <input
            type="search"
            data-testid="apply-filter"
            className="vt-filter"
            placeholder={t('inv.apply.filter')}
            aria-label={t('inv.apply.filter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <ul className="vt-candidates">
            <li>
              <label className="vt-check">
                <input
                  type="checkbox"
                  data-testid="apply-select-all"
                  checked={allSelected}
                  onChange={(e) => {
                    const next = new Set(props.selected);
                    for (const c of matching) {
                      if (e.target.checked) next.add(c.handle);
                      else next.delete(c.handle);
                    }
                    props.onSelect(next);
                  }}
                />
                <span>{t('inv.apply.selectAll', { count: matching.length })}</span>
              </label>
            </li>
            {shown.map((c) => (
              <li key={c.handle}>
                <label className="vt-check">
                  <input
                    type="checkbox"
                    data-testid="apply-creator"
                    data-handle={c.handle}
                    checked={props.selected.has(c.handle)}
                    onChange={(e) => toggle(c.handle, e.target.checked)}
                  />
                  <span>@{c.handle}</span>
                  {c.nickname && <span className="vt-muted">{c.nickname}</span>}
                </label>
              </li>
            ))}
            {matching.length > shown.length && <li className="vt-muted">{t('inv.apply.more', { count: matching.length - shown.length })}</li>}
          </ul>
        </>
      )}
      <p className="vt-muted" data-testid="apply-plan" data-batches={batches}>
        {t('inv.apply.plan', { creators: props.selected.size, invitations: batches })}
      </p>
      <button
        type="button"
        className="vt-button vt-primary"
        data-testid="apply-draft"
        disabled={!props.ready || props.selected.size === 0 || status.state === 'applying'}
        onClick={() => void apply()}
      >
        {props.ready ? t('inv.apply.button') : t('inv.apply.blocked')}
      </button>
      {status.state !== 'idle' && (
        <p data-testid="apply-status" data-state={status.state} className={status.state === 'failed' ? 'vt-error' : 'vt-muted'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
