import { useLiveQuery } from 'dexie-react-hooks';
import { LocaleProvider, useI18n } from '@/components/i18n';
import { InvitationsPanel } from '@/components/invitations/invitations-panel';
import { ShortlistTable } from '@/components/shortlists/shortlist-table';
import { useLocale } from '@/components/use-locale';
import { VettokDatabase } from '@/lib/db/database';
import { loadShortlists } from '@/lib/db/shortlist-view';

/** Extension pages read the database; only the background writes it. */
const db = new VettokDatabase();

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
  const shortlists = useLiveQuery(() => loadShortlists(db), []);
  return (
    <main className="vt-panel" data-testid="sidepanel">
      <h1>{t('sidepanel.shortlists')}</h1>
      {shortlists?.length === 0 && <p className="vt-muted">{t('sidepanel.empty')}</p>}
      {shortlists?.map((data) => <ShortlistTable key={data.list.id} data={data} />)}
      <InvitationsPanel db={db} />
    </main>
  );
}
