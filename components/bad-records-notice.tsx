import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BadRecord } from '@/lib/backup/stored-records';
import { useI18n } from './i18n';
import { useErrorText, useSend } from './use-send';

/**
 * The records a view left out because it cannot show them, each named, with what is wrong and a
 * way out: "Fix" where mending loses nothing, "Remove" always. The view shows everything else.
 * Testing contract: `[data-testid=bad-records]` (`data-count`), one `[data-testid=bad-record]`
 * each (`data-table`, `data-record-id`), `bad-record-fix`, `bad-record-remove`, `bad-record-error`.
 */
export function BadRecordsNotice({ load, deps }: { load: () => Promise<BadRecord[]>; deps: readonly unknown[] }) {
  const { t } = useI18n();
  const records = useLiveQuery(load, [...deps]);
  if (!records?.length) return null;
  return (
    <section className="vt-bad-records vt-error" role="alert" data-testid="bad-records" data-count={records.length}>
      <strong>{t('badRecords.title', { count: records.length })}</strong>
      <ul>
        {records.map((record) => (
          <BadRecordItem key={`${record.table}:${record.id}`} record={record} />
        ))}
      </ul>
    </section>
  );
}

function BadRecordItem({ record }: { record: BadRecord }) {
  const { t } = useI18n();
  const send = useSend();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const act = (name: 'record.fix' | 'record.remove') =>
    send(name, { table: record.table, id: record.id })
      .then(() => setError(null))
      .catch((e: unknown) => setError(errorText(e)));
  return (
    <li data-testid="bad-record" data-table={record.table} data-record-id={String(record.id)}>
      <span>{t(`badRecords.table.${record.table}`, { name: record.name })}</span> <span className="vt-muted">{record.problem}</span>{' '}
      {record.fixable && (
        <button type="button" className="vt-button" data-testid="bad-record-fix" onClick={() => void act('record.fix')}>
          {t('badRecords.fix')}
        </button>
      )}
      <button type="button" className="vt-button" data-testid="bad-record-remove" onClick={() => void act('record.remove')}>
        {t('badRecords.remove')}
      </button>
      {error && <span data-testid="bad-record-error">{error}</span>}
    </li>
  );
}
