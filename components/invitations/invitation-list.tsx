import type { Invitation } from '@/lib/invitations/invitation';
import { useI18n } from '../i18n';

/** Invitations as applied, newest first. Testing contract: `invitation-row` with `data-handles`. */
export function InvitationList({ invitations }: { invitations: readonly Invitation[] }) {
  const { t, locale } = useI18n();
  if (invitations.length === 0) return <p className="vt-muted">{t('inv.applied.none')}</p>;
  return (
    <table className="vt-table" data-testid="invitation-list">
      <thead>
        <tr>
          <th>{t('inv.applied.date')}</th>
          <th>{t('inv.applied.draft')}</th>
          <th>{t('inv.applied.batch')}</th>
          <th>{t('inv.applied.creators')}</th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((inv) => (
          <tr key={inv.id} data-testid="invitation-row" data-draft-id={inv.draftId} data-handles={inv.handles.join(',')} data-batch={`${inv.batchIndex}/${inv.batchCount}`}>
            <td>{new Date(inv.createdAt).toLocaleString(locale)}</td>
            <td>{inv.draftName}</td>
            <td className="vt-num">
              {inv.batchIndex}/{inv.batchCount}
            </td>
            <td>{inv.handles.map((h) => `@${h}`).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
