import { fixStoredRecord, removeRecord } from '../../db/record-repair-repository';
import type { Handlers } from '../../messaging/router';
import type { BackgroundDeps } from './deps';

/** Records a side-panel view cannot show (named in its notice): mend one, or remove it. */
export function recordHandlers(deps: BackgroundDeps): Pick<Handlers, 'record.remove' | 'record.fix'> {
  return {
    async 'record.remove'({ table, id }) {
      return { removed: await removeRecord(deps.db, table, id) };
    },

    async 'record.fix'({ table, id }) {
      return { fixed: await fixStoredRecord(deps.db, table, id, deps.now()) };
    },
  };
}
