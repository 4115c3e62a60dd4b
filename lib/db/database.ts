import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Collaboration } from '../collaborations/collaboration';
import type {
  CreatorBucket,
  EntryChunk,
  EntryDirectoryBucket,
  Invitation,
  InvitationDraft,
  MetaRow,
  ListEntrySummary,
  NotifiedReminderRow,
  Shortlist,
  SnapshotRow,
} from '../schemas/records';
import { upgradeEntriesToV2 } from './migrations/v2-entries';
import { upgradeDraftsToV3 } from './migrations/v3-draft-terms';
import { addEntryViews } from './migrations/v5-entry-view';
import { packCreatorsIntoBuckets } from './migrations/v6-creator-buckets';
import { numberResultsInEntryOrder } from './migrations/v8-result-sequence';
import { packEntriesIntoChunks } from './migrations/v9-entry-chunks';


export const DATABASE_NAME = 'vettok';

/**
 * Vettok's IndexedDB, in the extension's origin. Only the background writes to it; extension
 * pages read it (live queries). Never edit a shipped version: add version(n + 1) with its upgrade
 * in a file of its own under migrations/ (a frozen copy of its transformation: never the live
 * code's, which may change) and a migration test seeded from a literal fixture of version n.
 */
export class VettokDatabase extends Dexie {
  /** Creators in buckets by a hash of the handle (since v6): read them through lib/db/queries/creators.ts. */
  creatorBuckets!: EntityTable<CreatorBucket, 'bucket'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  shortlists!: EntityTable<Shortlist, 'id'>;
  /**
   * Shortlist entries in chunks per list, a directory by id and a summary per list (since v9):
   * read them through lib/db/queries/entries.ts, write them through lib/db/entry-store-repository.ts.
   * Entries carry `view`, their creator's columns (kept up to date by the background, since v5).
   */
  entryChunks!: Table<EntryChunk, [string, number]>;
  entryDirectory!: EntityTable<EntryDirectoryBucket, 'bucket'>;
  listSummaries!: EntityTable<ListEntrySummary, 'listId'>;
  invitationDrafts!: EntityTable<InvitationDraft, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  invitations!: EntityTable<Invitation, 'id'>;
  collaborations!: EntityTable<Collaboration, 'id'>;
  notifiedReminders!: EntityTable<NotifiedReminderRow, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      creators: 'handle, updatedAt, followers, score, tier',
      snapshots: '++id, handle, [handle+capturedAt]',
      shortlists: 'id, name, createdAt',
      shortlistEntries: 'id, &[listId+handle], listId, handle, addedAt, status',
      invitationDrafts: 'id, updatedAt',
    });
    // Version 2: indexes for filtering a list by status, date and tag; a key-value `meta` table.
    this.version(2)
      .stores({
        shortlistEntries: 'id, &[listId+handle], listId, handle, addedAt, status, [listId+status], [listId+addedAt], *tags',
        meta: 'key',
      })
      .upgrade(upgradeEntriesToV2);
    // Version 3: applied invitations (one per batch of ≤ 50 creators); drafts get complete, typed terms.
    this.version(3)
      .stores({ invitations: 'id, draftId, applicationId, createdAt, *handles' })
      .upgrade(upgradeDraftsToV3);
    // Version 4: collaborations (one per creator and invitation) and the reminders already shown.
    this.version(4).stores({
      collaborations: 'id, creatorHandle, draftId, invitationId, status, updatedAt',
      notifiedReminders: 'id',
    });
    // Version 5: each entry carries its creator's columns (`view`), so the side panel reads a list
    // from one table; the unused single-field `addedAt` and `status` entry indexes go (they cost
    // every write, an import of 100,000 creators most).
    this.version(5)
      .stores({ shortlistEntries: 'id, &[listId+handle], listId, handle, [listId+status], [listId+addedAt], *tags' })
      .upgrade(addEntryViews);
    // Version 6: creators in 1,024 buckets of one record each (an import of 100,000 creators
    // writes ≈ 1,000 records instead of 100,000, with no index). Indexes nothing needs go, since
    // each costs every entry's write: the entries' `[listId+status]` and `tags` (filters and the
    // tag list come from the rows in memory), `listId` (`[listId+handle]` answers a list), the
    // lists' `name`, the snapshots' single `handle` (`[handle+capturedAt]` answers a creator), the
    // invitations' `draftId` and `applicationId`, and the collaborations' `creatorHandle`,
    // `draftId` and `status` (collaborations are read whole, by `updatedAt`).
    this.version(6)
      .stores({
        creatorBuckets: 'bucket',
        snapshots: '++id, [handle+capturedAt]',
        shortlists: 'id, createdAt',
        shortlistEntries: 'id, &[listId+handle], handle, [listId+addedAt]',
        invitations: 'id, createdAt, *handles',
        collaborations: 'id, invitationId, updatedAt',
      })
      .upgrade(packCreatorsIntoBuckets);
    // Version 7: the old per-creator table goes (read by version 6's upgrade first).
    this.version(7).stores({ creators: null });
    // Version 8: each collaboration result carries `seq`, its entry order (results of the same date
    // are read in the order they were entered). No index changes.
    this.version(8).stores({}).upgrade(numberResultsInEntryOrder);
    // Version 9: shortlist entries in chunks of a list by a hash of the handle (lib/db/entry-layout.ts),
    // a directory by id and a summary per list, none indexed: an import of 100,000 creators writes a
    // few hundred entry records instead of 100,000 with three indexes each. Uniqueness (an id once,
    // a creator once per list) is kept by the code that writes (lib/db/entry-store-repository.ts).
    this.version(9)
      .stores({ entryChunks: '[listId+slot]', entryDirectory: 'bucket', listSummaries: 'listId' })
      .upgrade(packEntriesIntoChunks);
    // Version 10: the old per-entry table goes (read by version 9's upgrade first).
    this.version(10).stores({ shortlistEntries: null });
  }
}
