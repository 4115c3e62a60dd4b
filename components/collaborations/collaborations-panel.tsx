import { useLiveQuery } from 'dexie-react-hooks';
import { BadRecordsNotice } from '../bad-records-notice';
import { badCollaborations } from '@/lib/db/queries/bad-records';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { focusedCollaboration, type CollaborationFocus } from '@/lib/collaborations/focus';
import { PIPELINE, type Collaboration } from '@/lib/collaborations/collaboration';
import { gpmFloors } from '@/lib/collaborations/commerce-flags';
import { computeAllDeadlines, resolveTimeZone } from '@/lib/collaborations/deadlines';
import { normaliseHandle } from '@/lib/collaborations/metrics';
import { resultsCsv } from '@/lib/collaborations/results-csv';
import { csvTexts } from '@/lib/shortlists/csv-texts';
import { csvDelimiterFor } from '@/lib/shortlists/csv';
import { roiSeries } from '@/lib/collaborations/roi-series';
import { listCollaborations } from '@/lib/db/queries/collaborations';
import type { VettokDatabase } from '@/lib/db/database';
import { listInvitations } from '@/lib/db/queries/invitations';
import { shortlistMembers } from '@/lib/db/queries/memberships';
import type { Invitation } from '@/lib/invitations/invitation';
import { downloadText } from '../download';
import { useI18n } from '../i18n';
import { useErrorText, useSend } from '../use-send';
import { CollaborationCard, type CardActions } from './collaboration-card';
import { RoiChart } from './roi-chart';
import './collaborations.css';

const timeZone = resolveTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);

const NO_COLLABORATIONS: Collaboration[] = [];
const NO_INVITATIONS: Invitation[] = [];
const NO_LISTS: Awaited<ReturnType<typeof shortlistMembers>> = { handles: [], lists: [] };

/**
 * The side panel's Collaborations section: pipeline, overdue deadlines, ROI dashboard, records.
 * `focus`: the creator whose collaboration the card's line asked for; that collaboration is
 * scrolled to and highlighted.
 */
export function CollaborationsPanel({ db, focus = null }: { db: VettokDatabase; focus?: CollaborationFocus | null }) {
  const { t, locale } = useI18n();
  const send = useSend();
  const errorText = useErrorText();
  const collaborations = useLiveQuery(() => listCollaborations(db), [db], NO_COLLABORATIONS);
  const invitations = useLiveQuery(() => listInvitations(db), [db], NO_INVITATIONS);
  const lists = useLiveQuery(() => shortlistMembers(db), [db], NO_LISTS);
  const [now] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [scope, setScope] = useState('all');

  const deadlines = useMemo(() => computeAllDeadlines(collaborations, now, timeZone), [collaborations, now]);
  const floors = useMemo(() => gpmFloors(collaborations.flatMap((c) => c.results)), [collaborations]);
  const overdue = deadlines.filter((d) => d.overdue);
  const focusedId = focus ? (focusedCollaboration(collaborations, focus)?.id ?? null) : null;
  useEffect(() => {
    if (focusedId === null) return;
    document.querySelector(`[data-testid=collab-item][data-id="${CSS.escape(focusedId)}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [focusedId, focus?.at]);
  const counts = new Map<string, number>();
  for (const c of collaborations) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);

  const scoped = useMemo(() => {
    if (scope.startsWith('list:')) {
      const members = lists.lists.find((l) => `list:${l.id}` === scope)?.members ?? new Set<string>();
      return collaborations.filter((c) => members.has(c.creatorHandle));
    }
    if (scope.startsWith('creator:')) return collaborations.filter((c) => normaliseHandle(c.creatorHandle) === scope.slice(8));
    return collaborations;
  }, [scope, collaborations, lists]);
  const creators = [...new Set(collaborations.map((c) => normaliseHandle(c.creatorHandle)))].sort();
  const thresholds = new Set(scoped.map((c) => c.stopLoss.roiThreshold));
  const threshold = thresholds.size === 1 ? ([...thresholds][0] ?? null) : null;

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const actionsFor = (c: Collaboration): CardActions => ({
    update: (patch) => run(() => send('collab.update', { id: c.id, patch })),
    addResult: (result) => run(() => send('collab.result.add', { id: c.id, result })),
    updateResult: (resultId, result) => run(() => send('collab.result.update', { id: c.id, resultId, result })),
    removeResult: (resultId) => run(() => send('collab.result.remove', { id: c.id, resultId })),
    extend: () => run(() => send('collab.extend', { id: c.id })),
  });

  return (
    <section className="vt-list vt-collabs" data-testid="collab-panel">
      <h2>{t('collab.section')}</h2>
      <BadRecordsNotice load={() => badCollaborations(db, Date.now())} deps={[db]} />
      {error && (
        <p className="vt-notice vt-notice-error" role="alert" data-testid="collab-error">
          {error}
        </p>
      )}
      <StartForm handles={lists.handles} invitations={invitations} onStart={(request) => run(() => send('collab.start', request))} />

      <h3>{t('collab.pipeline')}</h3>
      <ul className="vt-pipeline" data-testid="collab-pipeline">
        {[...PIPELINE, 'terminated' as const, 'cancelled' as const].map((s) => (
          <li key={s} data-status={s} data-count={counts.get(s) ?? 0}>
            {t(`collab.status.${s}`)} <strong>{counts.get(s) ?? 0}</strong>
          </li>
        ))}
      </ul>

      <h3>
        {t('collab.overdueList')} {overdue.length > 0 && <span className="vt-badge-overdue">{t('collab.overdue', { count: overdue.length })}</span>}
      </h3>
      <ul data-testid="collab-overdue" data-count={overdue.length}>
        {overdue.length === 0 && <li className="vt-muted">{t('collab.noOverdue')}</li>}
        {overdue.map((d) => (
          <li key={d.id} className="vt-overdue" data-testid="collab-overdue-item" data-kind={d.kind} data-handle={d.creatorHandle}>
            @{d.creatorHandle}: {t(`collab.deadline.${d.kind}`)}
          </li>
        ))}
      </ul>

      <h3>{t('collab.chart.title')}</h3>
      <label className="vt-field">
        <span>{t('collab.chart.scope')}</span>
        <select value={scope} data-testid="collab-chart-scope" onChange={(e) => setScope(e.target.value)}>
          <option value="all">{t('collab.chart.all')}</option>
          {lists.lists.map((l) => (
            <option key={l.id} value={`list:${l.id}`}>
              {t('collab.chart.list', { name: l.name })}
            </option>
          ))}
          {creators.map((h) => (
            <option key={h} value={`creator:${h}`}>
              {t('collab.chart.creator', { handle: h })}
            </option>
          ))}
        </select>
      </label>
      <RoiChart series={roiSeries(scoped, timeZone)} threshold={threshold} />
      <button
        type="button"
        className="vt-button"
        data-testid="collab-export"
        disabled={!collaborations.some((c) => c.results.length > 0)}
        onClick={() => {
          const csv = resultsCsv(collaborations, csvTexts(locale, timeZone), csvDelimiterFor(navigator.language));
          downloadText(`vettok-results-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
        }}
      >
        {t('collab.export')}
      </button>

      {collaborations.length === 0 ? (
        <p className="vt-muted">{t('collab.empty')}</p>
      ) : (
        <ul className="vt-collab-list">
          {collaborations.map((c) => (
            <CollaborationCard
              key={c.id}
              collaboration={c}
              deadlines={deadlines.filter((d) => d.collaborationId === c.id)}
              floors={floors}
              actions={actionsFor(c)}
              focused={c.id === focusedId}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function StartForm({
  handles,
  invitations,
  onStart,
}: {
  handles: readonly string[];
  invitations: readonly { id: string; draftName: string; handles: string[]; createdAt: number }[];
  onStart: (request: { handle: string; invitationId: string | null; roiThreshold?: number | null; consecutiveCount?: number }) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const [handle, setHandle] = useState('');
  const [invitationId, setInvitationId] = useState('');
  const [threshold, setThreshold] = useState('');
  const [count, setCount] = useState('');
  const forCreator = invitations.filter((i) => i.handles.includes(handle));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!handle) return;
    const roi = threshold.trim() === '' ? undefined : Number(threshold);
    const n = count.trim() === '' ? undefined : Math.round(Number(count));
    void onStart({
      handle,
      invitationId: invitationId || null,
      ...(roi !== undefined && Number.isFinite(roi) ? { roiThreshold: roi } : {}),
      ...(n !== undefined && Number.isFinite(n) ? { consecutiveCount: n } : {}),
    });
  }

  return (
    <form className="vt-listbar" data-testid="collab-start-form" onSubmit={submit} aria-label={t('collab.start.title')}>
      <label className="vt-field">
        <span>{t('collab.start.handle')}</span>
        <select value={handle} required data-testid="collab-start-handle" onChange={(e) => (setHandle(e.target.value), setInvitationId(''))}>
          <option value="">{t('collab.start.pickCreator')}</option>
          {handles.map((h) => (
            <option key={h} value={h}>
              @{h}
            </option>
          ))}
        </select>
      </label>
      <label className="vt-field">
        <span>{t('collab.start.invitation')}</span>
        <select value={invitationId} data-testid="collab-start-invitation" onChange={(e) => setInvitationId(e.target.value)}>
          <option value="">{t('collab.start.noInvitation')}</option>
          {forCreator.map((i) => (
            <option key={i.id} value={i.id}>
              {i.draftName} · {new Date(i.createdAt).toLocaleDateString(locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="vt-field vt-field-narrow">
        <span>{t('collab.start.threshold')}</span>
        <input inputMode="decimal" value={threshold} data-testid="collab-start-threshold" onChange={(e) => setThreshold(e.target.value)} />
      </label>
      <label className="vt-field vt-field-narrow">
        <span>{t('collab.start.count')}</span>
        <input inputMode="numeric" value={count} placeholder="2" data-testid="collab-start-count" onChange={(e) => setCount(e.target.value)} />
      </label>
      <button type="submit" className="vt-button" data-testid="collab-start-submit">
        {t('collab.start.submit')}
      </button>
    </form>
  );
}
