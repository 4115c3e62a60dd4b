import { useLiveQuery } from 'dexie-react-hooks';
import { BadRecordsNotice } from '../bad-records-notice';
import { badVisitsOf } from '@/lib/db/queries/bad-records';
import type { VettokDatabase } from '@/lib/db/database';
import type { EntryPatch } from '@/lib/db/entries-repository';
import { entryDetail } from '@/lib/db/queries/creator-detail';
import { profileUrl } from '@/lib/readers/profile-url';
import { CreatorSummary, recordFigures } from '../creator-summary';
import { useI18n } from '../i18n';
import { EntryEditor } from './entry-editor';
import { HistoryChart } from './history-chart';

/**
 * One creator as a full-width page over the side panel, with a back button (Esc goes back too):
 * full assessment, followers history, the lists they are in, and this entry's notes.
 */
export function CreatorView({
  db,
  entryId,
  onClose,
  onSave,
}: {
  db: VettokDatabase;
  entryId: string;
  onClose: () => void;
  onSave: (entryId: string, patch: EntryPatch) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const data = useLiveQuery(() => entryDetail(db, entryId), [db, entryId]);

  if (data === undefined) return null;
  if (data === null) return null;
  const { entry, creator, visits, lists } = data;
  const points = visits.flatMap((v) => (v.snapshot.followers ? [{ at: v.capturedAt, followers: v.snapshot.followers.value }] : []));
  return (
    <section
      className="vt-creator-view"
      role="dialog"
      aria-modal="true"
      aria-label={t('creator.title', { handle: entry.handle })}
      data-testid="creator-view"
      data-handle={entry.handle}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="vt-creator-head">
        <button type="button" className="vt-button" onClick={onClose} data-testid="creator-close" autoFocus>
          ← {t('creator.back')}
        </button>
        <strong className="vt-handle">@{entry.handle}</strong>
        {creator?.nickname && <span className="vt-muted vt-nickname">{creator.nickname}</span>}
      </header>
      <p>
        <a href={profileUrl(entry.handle)} target="_blank" rel="noreferrer noopener" data-testid="creator-profile-link">
          {t('creator.openProfile')}
        </a>{' '}
        <span className="vt-muted">{t('creator.added', { date: new Date(entry.addedAt).toLocaleDateString(locale) })}</span>
      </p>
      {creator ? (
        <CreatorSummary
          testIdPrefix="creator"
          assessment={creator.assessment}
          figures={recordFigures(creator)}
          i18n={i18n}
        />
      ) : (
        <p className="vt-muted">{t('creator.noData')}</p>
      )}
      <h3>{t('creator.history')}</h3>
      <BadRecordsNotice load={() => badVisitsOf(db, entry.handle, Date.now())} deps={[db, entry.handle]} />
      <HistoryChart points={points} />
      <h3>{t('creator.lists')}</h3>
      <p data-testid="creator-lists">{lists.map((l) => l.listName).join(' · ')}</p>
      <h3>{t('creator.entry')}</h3>
      <EntryEditor key={`${entry.id}:${entry.note}:${entry.tags.join()}`} entry={entry} onSave={(patch) => onSave(entry.id, patch)} />
    </section>
  );
}
