import { allCreators } from '../../lib/db/queries/creators';
import { openAfterShipped } from './test-db';
import { describe, expect, it } from 'vitest';
import { allEntries } from '../../lib/db/queries/entries';
import { withoutView } from '../../lib/shortlists/row-view';
import { newDraft } from '../../lib/invitations/draft';
import { defaultTerms } from '../../lib/invitations/terms';
import { sampleData } from '../sample-data';

function v3Fixture() {
  const data = sampleData();
  const draft = newDraft('d1', 'Draft', 1, 'en', { ...defaultTerms('en'), stopLossRoi: 1.5 });
  return {
    ...data,
    invitationDrafts: [draft],
    meta: [
      { key: 'lastBackupAt', value: 123 },
      { key: 'lastListId', value: 'list-a' },
    ],
    invitations: [
      {
        id: 'inv-1',
        draftId: 'd1',
        draftName: 'Draft',
        batchIndex: 1,
        batchCount: 1,
        applicationId: 'app-1',
        handles: [data.creators[0]!.handle],
        productIds: [],
        terms: draft.terms,
        message: 'Hello',
        source: 'overlay',
        createdAt: 5,
      },
    ],
  };
}

let n = 0;

describe('database version 3 → 4 (collaborations)', () => {
  it('keeps every row of every v3 table and adds empty collaboration tables', async () => {
    const name = `vettok-migration-v4-${process.pid}-${++n}`;
    const fixture = v3Fixture();
    const db = await openAfterShipped(name, 3, fixture);
    expect(db.verno).toBe(10);
    const byKey = <T>(rows: T[], key: (r: T) => string | number) => [...rows].sort((a, b) => String(key(a)).localeCompare(String(key(b))));
    expect(byKey(await allCreators(db), (r) => r.handle)).toEqual(byKey(fixture.creators, (r) => r.handle));
    expect(await db.snapshots.toArray()).toEqual(fixture.snapshots);
    expect(byKey(await db.shortlists.toArray(), (r) => r.id)).toEqual(byKey(fixture.shortlists, (r) => r.id));
    // Version 5 adds each entry's creator columns (`view`, checked in migration-v5.test.ts).
    expect(byKey((await allEntries(db)).map(withoutView), (r) => r.id)).toEqual(byKey(fixture.shortlistEntries, (r) => r.id));
    expect(await db.invitationDrafts.toArray()).toEqual(fixture.invitationDrafts);
    expect(byKey(await db.meta.toArray(), (r) => r.key)).toEqual(byKey(fixture.meta, (r) => r.key));
    expect(await db.invitations.toArray()).toEqual(fixture.invitations);
    expect(await db.invitations.where('handles').equals(fixture.creators[0]!.handle).count()).toBe(1);
    expect(await db.collaborations.count()).toBe(0);
    expect(await db.notifiedReminders.count()).toBe(0);
    expect(await db.collaborations.where('invitationId').equals('x').count()).toBe(0);
    await db.delete();
  });
});
