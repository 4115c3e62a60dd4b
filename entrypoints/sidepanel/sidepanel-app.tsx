import { useState } from 'react';
import { BackupPanel } from '@/components/backup/backup-panel';
import { CollaborationsPanel } from '@/components/collaborations/collaborations-panel';
import { LocaleProvider, useI18n } from '@/components/i18n';
import { InvitationsPanel } from '@/components/invitations/invitations-panel';
import { ShortlistsPage } from '@/components/shortlists/shortlists-page';
import { StorageHealth } from '@/components/storage/storage-health';
import { useLocale } from '@/components/use-locale';
import { VettokDatabase } from '@/lib/db/database';

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
  const [now] = useState(() => Date.now());
  return (
    <main className="vt-panel" data-testid="sidepanel">
      <h1>{t('sidepanel.shortlists')}</h1>
      <BackupPanel db={db} now={now} />
      <ShortlistsPage db={db} />
      <InvitationsPanel db={db} />
      <CollaborationsPanel db={db} />
      <details className="vt-data">
        <summary>{t('storage.title')}</summary>
        <StorageHealth />
      </details>
    </main>
  );
}
