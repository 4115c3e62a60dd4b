import type { TeamStatus } from '@/lib/team/model/connection';
import { useI18n } from '../i18n';
import { useTeamStatus } from './use-team-status';

/** The status line's words for a status. */
export function teamStatusText(status: TeamStatus, t: ReturnType<typeof useI18n>['t']): string {
  switch (status.state) {
    case 'off':
      return t('team.state.off');
    case 'connecting':
      return t('team.state.connecting');
    case 'connected':
      return t('team.state.connected');
    case 'syncing':
      return t('team.state.syncing', { count: status.pending });
    case 'offline':
      return t('team.state.offline', { count: status.pending });
    case 'error':
      return t(`team.error.${status.error ?? 'other'}`);
  }
}

/**
 * The side panel's team line: connected, syncing N, offline with N pending, or what went wrong;
 * documents the team's server sent that were refused are listed below it, as text.
 */
export function TeamStatusLine() {
  const { t, locale } = useI18n();
  const status = useTeamStatus();
  if (!status || (status.state === 'off' && status.refusals.length === 0)) return null;
  return (
    <div className={`vt-team-status vt-team-${status.state}`} data-testid="team-status" data-state={status.state} data-error={status.error ?? ''} role="status">
      <span data-testid="team-status-text">{teamStatusText(status, t)}</span>
      {status.refusals.length > 0 && (
        <details className="vt-team-refusals" data-testid="team-refusals">
          <summary>{t('team.refusals', { count: status.refusals.length })}</summary>
          <ul>
            {status.refusals.map((r) => (
              <li key={`${r.id}:${r.at}`} data-testid="team-refusal">
                <code>{r.id}</code> — {r.reason} <span className="vt-muted">{new Date(r.at).toLocaleTimeString(locale)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
