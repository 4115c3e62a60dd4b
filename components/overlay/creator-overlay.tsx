import { useLayoutEffect, useSyncExternalStore } from 'react';
import { stampCard } from './card-timings';
import { ListPicker } from './list-picker';
import { CreatorSummary } from '../creator-summary';
import { overlayMessages } from '@/lib/i18n/overlay';
import { MessagesProvider, useI18n } from '../messages';
import { InviteCreatorButton } from '../invitations/invite-creator-button';
import type { Assessment } from '@/lib/schemas/assessment';
import type { OverlayStore, OverlayView } from './overlay-store';

/**
 * The card shown on a creator page. Its data-testid / data-* attributes are a testing contract
 * (see README): root `vettok-overlay` with `data-handle` and `data-state`.
 */
export function CreatorOverlay({ store, onAdd }: { store: OverlayStore; onAdd: (listId: string | null) => void }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const view = state.view;
  useLayoutEffect(() => {
    if (view.kind === 'ready') stampCard(view.assessment !== null);
  }, [view]);
  if (state.view.kind === 'hidden') return null;
  return (
    <MessagesProvider locale={state.locale} messages={overlayMessages(state.locale)}>
      <OverlayCard
        view={state.view}
        collapsed={state.collapsed}
        compact={state.compact}
        onToggle={() => store.set({ collapsed: !state.collapsed })}
        onAdd={onAdd}
      />
    </MessagesProvider>
  );
}

function OverlayCard({
  view,
  collapsed,
  compact,
  onToggle,
  onAdd,
}: {
  view: Exclude<OverlayView, { kind: 'hidden' }>;
  collapsed: boolean;
  compact: boolean;
  onToggle: () => void;
  onAdd: (listId: string | null) => void;
}) {
  const { t } = useI18n();
  const handle = view.handle ?? '';
  const state = view.kind === 'error' ? 'unreadable' : view.kind;
  return (
    <section
      className={`vt-card vt-overlay${collapsed ? ' vt-collapsed' : ''}${compact ? ' vt-compact' : ''}`}
      data-testid="vettok-overlay"
      data-handle={handle}
      data-state={state}
      data-score={view.kind === 'ready' ? (view.assessment ? 'shown' : 'pending') : undefined}
      data-compact={compact}
      aria-label={t('overlay.title')}
    >
      <header className="vt-card-head">
        <span className="vt-brand">{t('app.name')}</span>
        {handle && <span className="vt-handle">@{handle}</span>}
        {view.kind === 'ready' && view.assessment && isTerminated(view.assessment) && (
          <span className="vt-terminate" data-testid="overlay-terminate" data-handle={handle}>
            {t('collab.terminatedMark')}
          </span>
        )}
        {view.kind === 'ready' && collapsed && view.assessment && view.assessment.score !== null && (
          <span className="vt-mini-score">{Math.round(view.assessment.score)}</span>
        )}
        <button type="button" className="vt-icon-button" onClick={onToggle} aria-expanded={!collapsed}>
          {collapsed ? t('overlay.expand') : t('overlay.collapse')}
        </button>
      </header>
      {!collapsed && <OverlayBody view={view} onAdd={onAdd} />}
    </section>
  );
}

/** The merchant's stop-loss rule said to end a collaboration with this creator, or they ended it for low ROI (P9). */
function isTerminated(assessment: Assessment): boolean {
  return assessment.flags.some((f) => f.pitfall === 'P9' && f.id.startsWith('terminated-low-roi:'));
}

function OverlayBody({ view, onAdd }: { view: Exclude<OverlayView, { kind: 'hidden' }>; onAdd: (listId: string | null) => void }) {
  const { t } = useI18n();
  switch (view.kind) {
    case 'loading':
      return <p className="vt-muted">{t('overlay.loading')}</p>;
    case 'unreadable':
      return (
        <div className="vt-unreadable" data-testid="overlay-unreadable" data-reason={view.reason}>
          <strong>{t('overlay.unreadable')}</strong>
          <p>{t(`overlay.unreadable.${view.reason}`, { detail: view.detail ?? '' })}</p>
        </div>
      );
    case 'error':
      return <p className="vt-error">{t('overlay.error', { message: view.message })}</p>;
    case 'ready': {
      const s = view.snapshot;
      return (
        <>
          <CreatorSummary
            testIdPrefix="overlay"
            assessment={view.assessment}
            videos={s.recentVideos}
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
          {/* Saving and inviting need the stored creator: they appear with the assessment. */}
          {view.assessment && (
            <>
              <ListPicker add={view.add} lists={view.lists} choices={view.listChoices} lastListId={view.lastListId} onAdd={onAdd} />
              <div className="vt-actions">
                <InviteCreatorButton key={view.handle} handle={view.handle} />
              </div>
            </>
          )}
        </>
      );
    }
  }
}
