import { newDraft } from '../lib/invitations/draft';
import { defaultTerms } from '../lib/invitations/terms';
import type { BackupData } from '../lib/backup/backup-format';
import type { CreatorRecord, ShortlistEntry } from '../lib/schemas/records';
import { DEFAULT_SETTINGS } from '../lib/schemas/settings';
import { assess } from '../lib/scoring/assess';
import { creatorRecord } from '../lib/db/creators-repository';
import { realSnapshot } from './fixture-files';

const T0 = Date.UTC(2026, 8, 1);

/** A creator record built the way the background builds one, from a real capture. */
export function realCreator(file: string, at = T0): CreatorRecord {
  const snapshot = realSnapshot(file, at);
  const assessment = assess([snapshot], DEFAULT_SETTINGS, at);
  return creatorRecord(snapshot, assessment, undefined, at);
}

export function entry(id: string, listId: string, handle: string, over: Partial<ShortlistEntry> = {}): ShortlistEntry {
  return { id, listId, handle, status: 'scouting', priority: 0, tags: [], note: '', addedAt: T0, ...over };
}

/** Two lists, three real creators, their visits and a draft: every table has rows. */
export function sampleData(): BackupData {
  const files = ['user-detail-scope-nasa-2026-09.json', 'user-detail-scope-a-2026-09.json', 'user-detail-scope-zachking-2026-09.json'];
  const creators = files.map((f) => realCreator(f));
  return {
    creators,
    snapshots: files.map((f, i) => ({ id: i + 1, handle: creators[i]!.handle, capturedAt: T0, snapshot: realSnapshot(f, T0) })),
    shortlists: [
      { id: 'list-a', name: '美妆 头部', createdAt: T0, archived: false },
      { id: 'list-b', name: 'Q4 =risky', createdAt: T0 + 1, archived: true },
    ],
    shortlistEntries: [
      entry('e1', 'list-a', creators[0]!.handle, { tags: ['vip', '美妆'], note: '=cmd|calc', status: 'contacted' }),
      entry('e2', 'list-a', creators[1]!.handle, { priority: 2 }),
      entry('e3', 'list-b', creators[0]!.handle),
    ],
    invitationDrafts: [newDraft('d1', 'Draft', T0, 'en', defaultTerms('en'))],
    invitations: [],
    collaborations: [],
  };
}
