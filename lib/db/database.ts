import Dexie, { type EntityTable } from 'dexie';
import type { CreatorRecord, InvitationDraft, Shortlist, ShortlistEntry, SnapshotRow } from '../schemas/records';

export const DATABASE_NAME = 'vettok';

/**
 * Vettok's IndexedDB, in the extension's origin. Only the background writes to it; extension
 * pages read it (live queries). Never edit a shipped version: add version(n + 1) with its upgrade
 * and a migration test seeded from a literal fixture of version n.
 */
export class VettokDatabase extends Dexie {
  creators!: EntityTable<CreatorRecord, 'handle'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  shortlists!: EntityTable<Shortlist, 'id'>;
  shortlistEntries!: EntityTable<ShortlistEntry, 'id'>;
  invitationDrafts!: EntityTable<InvitationDraft, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      creators: 'handle, updatedAt, followers, score, tier',
      snapshots: '++id, handle, [handle+capturedAt]',
      shortlists: 'id, name, createdAt',
      shortlistEntries: 'id, &[listId+handle], listId, handle, addedAt, status',
      invitationDrafts: 'id, updatedAt',
    });
  }
}
