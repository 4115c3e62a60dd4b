import { describe, expect, it } from 'vitest';
import { buildBackup, checksumOf } from '../../lib/backup/build-backup';
import { readBackup } from '../../lib/backup/read-backup';
import { newCollaboration } from '../../lib/collaborations/collaboration';
import { eraseAll, importData } from '../../lib/db/backup-repository';
import { readAllData } from '../../lib/db/queries/backup-data';
import { newDraft } from '../../lib/invitations/draft';
import { defaultTerms } from '../../lib/invitations/terms';
import { sampleData } from '../sample-data';
import { freshDb } from './test-db';

const T0 = Date.UTC(2026, 10, 1);

describe('a backup holds everything the merchant recorded', () => {
  it('applied invitations and collaborations (with results) survive export → erase → import', async () => {
    const db = freshDb();
    const draft = newDraft('d1', 'Autumn', T0, 'en', defaultTerms('en'));
    await db.invitationDrafts.add(draft);
    await db.invitations.add({
      id: 'i1',
      draftId: 'd1',
      draftName: 'Autumn',
      batchIndex: 1,
      batchCount: 1,
      applicationId: 'a1',
      handles: ['jelly.here10'],
      productIds: ['p1'],
      terms: draft.terms,
      message: 'Xin chào @jelly.here10 🌸',
      source: 'shortlist',
      createdAt: T0,
    });
    const collaboration = newCollaboration({ id: 'c1', creatorHandle: 'jelly.here10', invitationId: 'i1', draftId: 'd1', roiThreshold: 2, now: T0 });
    collaboration.results.push({
      id: 'r1',
      seq: 1,
      date: T0 + 86_400_000,
      kind: 'video',
      link: null,
      views: 12_000,
      orders: 3,
      gmv: 90,
      refunds: 10,
      costs: { commission: 9, fee: 0, sample: 20, shipping: 5 },
      currency: 'USD',
    });
    await db.collaborations.add(collaboration);

    const text = JSON.stringify(await buildBackup(await readAllData(db), new Date(T0)));
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.code);
    expect(read.backup.counts).toMatchObject({ invitationDrafts: 1, invitations: 1, collaborations: 1 });

    await eraseAll(db);
    expect(await db.collaborations.count()).toBe(0);
    await importData(db, read.backup.data, 'replace');
    expect(await db.invitations.get('i1')).toEqual(read.backup.data.invitations[0]);
    expect(await db.collaborations.get('c1')).toEqual(collaboration);
  });

  it('a backup made before invitations and collaborations were included still imports', async () => {
    const { invitations: _i, collaborations: _c, ...older } = sampleData();
    const counts = Object.fromEntries(Object.entries(older).map(([table, rows]) => [table, rows.length]));
    const text = JSON.stringify({
      format: 'vettok-backup',
      schemaVersion: 2,
      createdAt: new Date(T0).toISOString(),
      counts,
      checksum: { algorithm: 'SHA-256', value: await checksumOf(older as never) },
      data: older,
    });
    const read = await readBackup(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.backup.data.collaborations).toEqual([]);
  });
});
