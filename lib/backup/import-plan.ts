import type { BackupData, BackupTable } from './backup-format';

export type ImportMode = 'merge' | 'replace';

/** The keys already in the database, for planning a merge. */
export interface ExistingKeys {
  creators: ReadonlySet<string>;
  shortlists: ReadonlySet<string>;
  shortlistEntries: ReadonlySet<string>;
  /** `${listId}\u0000${handle}` of every existing entry. */
  entryPairs: ReadonlySet<string>;
  /** `${handle}\u0000${capturedAt}` of every existing snapshot. */
  snapshotKeys: ReadonlySet<string>;
  invitationDrafts: ReadonlySet<string>;
  invitations: ReadonlySet<string>;
  collaborations: ReadonlySet<string>;
  counts: Record<BackupTable, number>;
}

export interface TablePlan {
  /** Rows of the file that are new to the database. */
  added: number;
  /** Rows of the file whose id is already there (merge: the file's row replaces it). */
  conflicts: number;
  /** Rows of the file skipped (merge: the same visit, or the same creator already in that list). */
  skipped: number;
  /** Rows of the database removed (replace only). */
  removed: number;
}

export type ImportPlan = Record<BackupTable, TablePlan>;

const pair = (a: string, b: string | number) => `${a}\u0000${b}`;

/**
 * What an import will do, for the preview: `replace` empties every table first; `merge` keeps what
 * is there, lets the file's row win on the same id, keeps a visit only once, and never puts one
 * creator twice in one list.
 */
export function planImport(data: BackupData, existing: ExistingKeys, mode: ImportMode): ImportPlan {
  const blank = (): TablePlan => ({ added: 0, conflicts: 0, skipped: 0, removed: 0 });
  const plan: ImportPlan = {
    creators: blank(),
    snapshots: blank(),
    shortlists: blank(),
    shortlistEntries: blank(),
    invitationDrafts: blank(),
    invitations: blank(),
    collaborations: blank(),
  };
  if (mode === 'replace') {
    for (const table of Object.keys(plan) as BackupTable[]) {
      plan[table].added = data[table].length;
      plan[table].removed = existing.counts[table];
    }
    return plan;
  }
  // Rows are read in place, and a pair key is made only when the database has some to match: a
  // plan against an empty database allocates nothing per row.
  const byId = <T>(table: 'creators' | 'shortlists' | 'invitationDrafts' | 'invitations' | 'collaborations', rows: readonly T[], idOf: (row: T) => string, have: ReadonlySet<string>) => {
    const conflicts = have.size === 0 ? 0 : rows.reduce((n, row) => (have.has(idOf(row)) ? n + 1 : n), 0);
    plan[table].conflicts = conflicts;
    plan[table].added = rows.length - conflicts;
  };
  byId('creators', data.creators, (c) => c.handle, existing.creators);
  byId('shortlists', data.shortlists, (l) => l.id, existing.shortlists);
  byId('invitationDrafts', data.invitationDrafts, (d) => d.id, existing.invitationDrafts);
  byId('invitations', data.invitations, (i) => i.id, existing.invitations);
  byId('collaborations', data.collaborations, (c) => c.id, existing.collaborations);
  const visits = existing.snapshotKeys;
  const skippedVisits = visits.size === 0 ? 0 : data.snapshots.reduce((n, s) => (visits.has(pair(s.handle, s.capturedAt)) ? n + 1 : n), 0);
  plan.snapshots.skipped = skippedVisits;
  plan.snapshots.added = data.snapshots.length - skippedVisits;
  const { shortlistEntries: ids, entryPairs } = existing;
  if (ids.size === 0 && entryPairs.size === 0) plan.shortlistEntries.added = data.shortlistEntries.length;
  else {
    for (const e of data.shortlistEntries) {
      if (ids.has(e.id)) plan.shortlistEntries.conflicts += 1;
      else if (entryPairs.has(pair(e.listId, e.handle))) plan.shortlistEntries.skipped += 1;
      else plan.shortlistEntries.added += 1;
    }
  }
  return plan;
}

export { pair as keyPair };
