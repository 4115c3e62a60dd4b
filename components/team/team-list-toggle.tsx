import { useLiveQuery } from 'dexie-react-hooks';
import type { VettokDatabase } from '@/lib/db/database';
import { META_TEAM_LISTS, parseTeamLists } from '@/lib/team/model/team-lists-meta';
import { useI18n } from '../i18n';

/** Marks the current list as a team list (shared through the workspace) or keeps it private. */
export function TeamListToggle({ db, listId, onShare }: { db: VettokDatabase; listId: string; onShare: (shared: boolean) => void }) {
  const { t } = useI18n();
  const shared = useLiveQuery(async () => parseTeamLists((await db.meta.get(META_TEAM_LISTS))?.value).has(listId), [db, listId]);
  if (shared === undefined) return null;
  return (
    <label className="vt-check" data-testid="team-list-toggle" data-shared={String(shared)}>
      <input type="checkbox" checked={shared} onChange={(e) => onShare(e.target.checked)} data-testid="team-list-share" />
      <span>{shared ? t('team.list.shared') : t('team.list.share')}</span>
    </label>
  );
}
