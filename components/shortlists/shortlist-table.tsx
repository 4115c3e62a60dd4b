import type { ShortlistWithRows } from '@/lib/db/shortlist-view';
import { profileUrl } from '@/lib/readers/profile-url';
import { useI18n } from '../i18n';

/** One shortlist as a table; rows carry the testing contract `shortlist-row` + `data-handle`. */
export function ShortlistTable({ data }: { data: ShortlistWithRows }) {
  const { t, n, locale } = useI18n();
  return (
    <section className="vt-list" data-testid="shortlist" data-list-id={data.list.id}>
      <h2>
        {data.list.name} <small>{t('sidepanel.creators', { count: data.rows.length })}</small>
      </h2>
      {data.rows.length === 0 ? (
        <p className="vt-muted">{t('sidepanel.listEmpty')}</p>
      ) : (
        <table className="vt-table">
          <thead>
            <tr>
              <th>{t('column.handle')}</th>
              <th className="vt-num">{t('column.followers')}</th>
              <th>{t('column.tier')}</th>
              <th className="vt-num">{t('column.score')}</th>
              <th>{t('column.added')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map(({ entry, creator }) => (
              <tr key={entry.id} data-testid="shortlist-row" data-handle={entry.handle}>
                <td>
                  <a href={profileUrl(entry.handle)} target="_blank" rel="noreferrer noopener">
                    @{entry.handle}
                  </a>
                  {creator?.nickname && <div className="vt-muted">{creator.nickname}</div>}
                </td>
                <td className="vt-num" data-testid="row-followers" data-value={creator?.followers ?? ''}>
                  {creator?.followers == null ? '—' : n(creator.followers)}
                </td>
                <td>{creator?.tier ? t(`tier.${creator.tier}`) : '—'}</td>
                <td className="vt-num">{creator?.score == null ? '—' : Math.round(creator.score)}</td>
                <td>{new Date(entry.addedAt).toLocaleDateString(locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
