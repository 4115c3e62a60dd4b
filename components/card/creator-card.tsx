/** @jsxImportSource @/components/dom */
import { CreatorSummary } from '../creator-summary';
import { ListPicker } from './list-picker';
import { overlayMessages } from '@/lib/i18n/overlay';
import { translator, type I18n } from '@/lib/i18n/format';
import type { Assessment, Flag } from '@/lib/schemas/assessment';
import type { CardActions } from './card-actions';
import type { InviteStatus, CardState, CardView } from './card-store';

type ShownView = Exclude<CardView, { kind: 'hidden' }>;

/**
 * The card shown on a creator page, built as DOM from the store's state (components/dom/jsx-runtime.ts;
 * mount-card.ts rebuilds it when the state changes). Its data-testid / data-* attributes are a
 * testing contract (see README): root `vettok-overlay` with `data-handle` and `data-state`. Null
 * when hidden.
 *
 * Three parts: the header (brand, handle, score when collapsed, collapse button; the merchant drags
 * the card by it) and, expanded, a body that scrolls and a footer that does not, so the actions
 * stay in view however many flags the body lists. Collapsed, only the header shows: a small pill.
 */
export function CreatorCard({ state, actions }: { state: CardState; actions: CardActions }): Node | null {
  const { view, collapsed, compact } = state;
  if (view.kind === 'hidden') return null;
  const i18n = translator(state.locale, overlayMessages(state.locale));
  const { t } = i18n;
  const handle = view.handle ?? '';
  const assessment = view.kind === 'ready' ? view.assessment : null;
  const collaboration = assessment ? collaborationFlags(assessment) : [];
  return (
    <section
      className={`vt-card vt-overlay${collapsed ? ' vt-collapsed' : ''}${compact ? ' vt-compact' : ''}`}
      data-testid="vettok-overlay"
      data-handle={handle}
      data-state={view.kind === 'error' ? 'unreadable' : view.kind}
      data-score={view.kind === 'ready' ? (assessment ? 'shown' : 'pending') : undefined}
      data-compact={compact}
      data-collapsed={collapsed}
      aria-label={t('overlay.title')}
    >
      <header className="vt-card-head" data-drag-handle="" title={t('card.dragHint')}>
        <span className="vt-brand">{t('app.name')}</span>
        {handle && (
          <span className="vt-handle" data-testid="overlay-handle">
            @{handle}
          </span>
        )}
        {collapsed && assessment && (
          <span className="vt-mini-score" data-testid="overlay-mini-score">
            {assessment.score === null ? '—' : Math.round(assessment.score)}
          </span>
        )}
        {collapsed && assessment && isTerminated(assessment) && <span className="vt-terminate-dot" data-testid="overlay-terminate" data-handle={handle} title={t('collab.terminatedMark')} />}
        <button type="button" className="vt-icon-button" data-testid="overlay-toggle" onClick={actions.toggle} aria-expanded={!collapsed}>
          {collapsed ? t('overlay.expand') : t('overlay.collapse')}
        </button>
      </header>
      {!collapsed && assessment && isTerminated(assessment) && (
        <p className="vt-terminate" data-testid="overlay-terminate" data-handle={handle}>
          {t('collab.terminatedMark')}
        </p>
      )}
      {!collapsed && collaboration.length > 0 && <CollaborationLine flags={collaboration} failed={state.collabOpenFailed === true} onOpen={actions.openCollaboration} i18n={i18n} />}
      {!collapsed && <OverlayBody view={view} picked={state.picked ?? null} actions={actions} i18n={i18n} />}
    </section>
  );
}

/** The merchant's stop-loss rule said to end a collaboration with this creator, or they ended it for low ROI (P9). */
function isTerminated(assessment: Assessment): boolean {
  return assessment.flags.some((f) => f.pitfall === 'P9' && f.id.startsWith('terminated-low-roi:'));
}

/** What happened in the merchant's own collaborations with a creator (P4, P9, P10 flags carry the collaboration they came from). */
function collaborationFlags(assessment: Assessment): Flag[] {
  return assessment.flags.filter((f) => f.evidence['collaborationId'] !== undefined);
}

/** The assessment's vetting flags only: collaboration notes show on their own line. */
function vettingOnly(assessment: Assessment): Assessment {
  const flags = assessment.flags.filter((f) => f.evidence['collaborationId'] === undefined);
  return flags.length === assessment.flags.length ? assessment : { ...assessment, flags };
}

/**
 * One line for the merchant's collaborations with this creator; clicking it opens the side panel's
 * Collaborations on the collaboration the most severe note came from. Testing contract:
 * `overlay-collab` (a button) with `data-count` and `data-collaboration`; `overlay-collab-failed`.
 */
function CollaborationLine({ flags, failed, onOpen, i18n: { t } }: { flags: Flag[]; failed: boolean; onOpen: (collaborationId: string | null) => void; i18n: I18n }) {
  const worst = flags.some((f) => f.severity === 'risk') ? 'risk' : flags.some((f) => f.severity === 'warn') ? 'warn' : 'info';
  const source = flags.find((f) => f.severity === worst)?.evidence['collaborationId'];
  const collaborationId = typeof source === 'string' ? source : null;
  return (
    <>
      <button
        type="button"
        className={`vt-collab-line vt-sev-${worst}`}
        data-testid="overlay-collab"
        data-count={flags.length}
        data-collaboration={collaborationId ?? ''}
        title={t('card.collab.open')}
        onClick={() => onOpen(collaborationId)}
      >
        {t('card.collab.line', { count: flags.length })}
      </button>
      {failed && (
        <p className="vt-collab-failed vt-muted" role="status" data-testid="overlay-collab-failed">
          {t('card.collab.openFailed')}
        </p>
      )}
    </>
  );
}

function OverlayBody({ view, picked, actions, i18n }: { view: ShownView; picked: string | null; actions: CardActions; i18n: I18n }) {
  const { t } = i18n;
  switch (view.kind) {
    case 'loading':
      return <p className="vt-card-body vt-muted">{t('overlay.loading')}</p>;
    case 'unreadable':
      return (
        <div className="vt-card-body vt-unreadable" data-testid="overlay-unreadable" data-reason={view.reason}>
          <strong>{t('overlay.unreadable')}</strong>
          <p>{t(`overlay.unreadable.${view.reason}`, { detail: view.detail ?? '' })}</p>
        </div>
      );
    case 'error':
      return <p className="vt-card-body vt-error">{t('overlay.error', { message: view.message })}</p>;
    case 'ready': {
      const s = view.snapshot;
      return (
        <>
          <div className="vt-card-body">
            <CreatorSummary
              testIdPrefix="overlay"
              assessment={view.assessment && vettingOnly(view.assessment)}
              videos={s.recentVideos}
              i18n={i18n}
              figures={{
                followers: s.followers?.value ?? null,
                followersExact: s.followers?.exact ?? false,
                followingExact: s.following?.exact ?? true,
                likesExact: s.likes?.exact ?? true,
                videosExact: s.videos?.exact ?? true,
                following: s.following?.value ?? null,
                likes: s.likes?.value ?? null,
                videos: s.videos?.value ?? null,
              }}
            />
            {view.resubmitError && (
              <p className="vt-error" role="status" data-testid="overlay-resubmit-error">
                {t('overlay.resubmitError', { message: view.resubmitError })}
              </p>
            )}
          </div>
          {/* Saving and inviting need the stored creator: they appear with the assessment. */}
          {view.assessment && (
            <footer className="vt-card-foot" data-testid="overlay-actions">
              <ListPicker
                add={view.add}
                lists={view.lists}
                choices={view.listChoices}
                lastListId={view.lastListId}
                picked={picked}
                onPick={actions.pick}
                onAdd={actions.add}
                i18n={i18n}
              />
              <div className="vt-actions">
                <InviteButton invite={view.invite} onInvite={actions.invite} i18n={i18n} />
              </div>
            </footer>
          )}
        </>
      );
    }
  }
}

/**
 * "Invite this creator" (card-actions.ts). Testing contract: `overlay-invite`,
 * `overlay-invite-status` with `data-state`.
 */
function InviteButton({ invite, onInvite, i18n: { t } }: { invite: InviteStatus; onInvite: () => void; i18n: I18n }) {
  return (
    <>
      <button type="button" className="vt-button" data-testid="overlay-invite" disabled={invite.kind === 'inviting'} onClick={onInvite}>
        {t('inv.overlay.invite')}
      </button>
      {invite.kind !== 'idle' && (
        <span className={invite.kind === 'failed' ? 'vt-status vt-error' : 'vt-status'} data-testid="overlay-invite-status" data-state={invite.kind}>
          {invite.kind === 'invited' && t('inv.overlay.invited', { draft: invite.draftName })}
          {invite.kind === 'failed' && t('inv.overlay.failed', { message: invite.message })}
        </span>
      )}
    </>
  );
}
