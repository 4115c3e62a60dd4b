import { TeamStatusLine } from '@/components/team/team-status-line';
import { lazy, Suspense, useEffect, useState } from 'react';
import { BackupPanel } from '@/components/backup/backup-panel';
import { LocaleProvider, useI18n } from '@/components/i18n';
import { ShortlistsPage } from '@/components/shortlists/shortlists-page';
import { useLocale } from '@/components/use-locale';
import { ViewBoundary } from '@/components/view-boundary';
import { usePanelFocus } from '@/components/use-panel-focus';
import { freshCollaborationFocus, COLLABORATION_FOCUS_KEY, type CollaborationFocus } from '@/lib/collaborations/focus';
import { freshFocus, SCOUTED_FOCUS_KEY } from '@/lib/scout/focus';
import { VettokDatabase } from '@/lib/db/database';

// The other tabs load when first opened: the side panel opens on Shortlists, and its first screen
// should not wait for the parsing of code it does not show.
const InvitationsPanel = lazy(() => import('@/components/invitations/invitations-panel').then((m) => ({ default: m.InvitationsPanel })));
const CollaborationsPanel = lazy(() => import('@/components/collaborations/collaborations-panel').then((m) => ({ default: m.CollaborationsPanel })));
const TeamSettings = lazy(() => import('@/components/settings/team-settings').then((m) => ({ default: m.TeamSettings })));
const SettingsPanel = lazy(() => import('@/components/settings/settings-panel').then((m) => ({ default: m.SettingsPanel })));
const ScoutedPanel = lazy(() => import('@/components/scouted/scouted-panel').then((m) => ({ default: m.ScoutedPanel })));
const StorageHealth = lazy(() => import('@/components/storage/storage-health').then((m) => ({ default: m.StorageHealth })));

/**
 * Extension pages read the database; only the background writes it. Without Dexie's query cache:
 * it keeps every live query's result (a list of 100,000 entries, each with its creator's columns)
 * beside the rows built from it, to answer this page's own writes at once, and this page writes
 * nothing (docs/shortlists.md, "The side panel's heap").
 */
const db = new VettokDatabase(undefined, { cache: 'disabled' });

const TABS = ['shortlists', 'scouted', 'invitations', 'collaborations', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** The tab named in the URL's hash (`sidepanel.html#invitations`), else Shortlists. */
function tabFromHash(): Tab {
  const named = location.hash.slice(1);
  return (TABS as readonly string[]).includes(named) ? (named as Tab) : 'shortlists';
}

export function SidePanelApp() {
  const locale = useLocale();
  return (
    <LocaleProvider locale={locale}>
      <SidePanel />
    </LocaleProvider>
  );
}

function SidePanel() {
  const { t } = useI18n();
  const [now] = useState(() => Date.now());
  const [tab, setTab] = useState<Tab>(tabFromHash);
  // A chip on a list page opened the panel (or was clicked while it is open): show Scouted.
  usePanelFocus(SCOUTED_FOCUS_KEY, freshFocus, () => setTab('scouted'));
  // The card's collaboration line did: show Collaborations, on that creator's collaboration.
  const [collaborationFocus, setCollaborationFocus] = useState<CollaborationFocus | null>(null);
  usePanelFocus(COLLABORATION_FOCUS_KEY, freshCollaborationFocus, (focus) => {
    setCollaborationFocus(focus);
    setTab('collaborations');
  });
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main className="vt-panel" data-testid="sidepanel" data-tab={tab}>
      <TeamStatusLine />
      <nav className="vt-tabs" role="tablist">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            data-testid={`tab-${name}`}
            className={tab === name ? 'vt-tab vt-tab-active' : 'vt-tab'}
            onClick={() => {
              history.replaceState(null, '', `#${name}`);
              setTab(name);
            }}
          >
            {t(`sidepanel.tab.${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'shortlists' && (
        <>
          <BackupPanel db={db} now={now} />
          <ViewBoundary view="sidepanel.tab.shortlists">
            <ShortlistsPage db={db} />
          </ViewBoundary>
        </>
      )}
      <Suspense fallback={null}>
        {tab === 'scouted' && (
          <ViewBoundary view="sidepanel.tab.scouted">
            <ScoutedPanel db={db} />
          </ViewBoundary>
        )}
        {tab === 'invitations' && (
          <ViewBoundary view="sidepanel.tab.invitations">
            <InvitationsPanel db={db} />
          </ViewBoundary>
        )}
        {tab === 'collaborations' && (
          <ViewBoundary view="sidepanel.tab.collaborations">
            <CollaborationsPanel db={db} focus={collaborationFocus} />
          </ViewBoundary>
        )}
        {tab === 'settings' && (
          <>
            <SettingsPanel />
            <TeamSettings />
            <details className="vt-data" open>
              <summary>{t('storage.title')}</summary>
              <StorageHealth />
            </details>
          </>
        )}
      </Suspense>
    </main>
  );
}
