import { describe, expect, it } from 'vitest';
import { importData } from '../../lib/db/backup-repository';
import { existingKeys } from '../../lib/db/queries/backup-data';
import { keyPair, planImport } from '../../lib/backup/import-plan';
import { sampleData } from '../sample-data';
import { freshDb } from './test-db';

describe('existing keys for an import preview (read from keys and indexes, no entry read)', () => {
  it('holds every stored entry id and (list, creator) pair, so a merge skips a creator already in a list under another id', async () => {
    const db = freshDb();
    const data = sampleData();
    await importData(db, data, 'replace');
    const keys = await existingKeys(db);
    expect([...keys.shortlistEntries].sort()).toEqual(data.shortlistEntries.map((e) => e.id).sort());
    expect([...keys.entryPairs].sort()).toEqual(data.shortlistEntries.map((e) => keyPair(e.listId, e.handle)).sort());
    expect([...keys.creators].sort()).toEqual(data.creators.map((c) => c.handle).sort());
    expect(keys.counts.creators).toBe(data.creators.length);

    const again = { ...data, shortlistEntries: data.shortlistEntries.map((e) => ({ ...e, id: `other-${e.id}` })) };
    expect(planImport(again, keys, 'merge').shortlistEntries).toMatchObject({ added: 0, skipped: data.shortlistEntries.length });
  });
});
