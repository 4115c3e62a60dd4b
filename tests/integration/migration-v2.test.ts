import { allCreators } from '../../lib/db/queries/creators';
import { readStoredDraft } from '../../lib/invitations/draft';
import { openAfterShipped } from './test-db';
import { describe, expect, it } from 'vitest';
import { allEntries } from '../../lib/db/queries/entries';
import { withoutView } from '../../lib/shortlists/row-view';
import { sampleData } from '../sample-data';

/** Rows as version 1 stored them, including the untidy ones version 2 cleans. */
function v1Fixture() {
  const data = sampleData();
  return {
    ...data,
    shortlistEntries: [
      ...data.shortlistEntries,
      { id: 'e4', listId: 'list-b', handle: 'a', status: 'invited', priority: 1, tags: [' vip ', 'vip', '', '美妆'], note: '样品已寄', addedAt: 5 },
    ],
  };
}

let n = 0;

describe('database version 1 → 2 (and on to the latest)', () => {
  it('keeps every row of every table, tidies tags, and indexes entries by status and tag', async () => {
    const name = `vettok-migration-${process.pid}-${++n}`;
    const fixture = v1Fixture();
    const db = await openAfterShipped(name, 1, fixture);
    expect(db.verno).toBe(10);
    expect(await allCreators(db).then((cs) => cs.sort((a, b) => a.handle.localeCompare(b.handle)))).toEqual([...fixture.creators].sort((a, b) => a.handle.localeCompare(b.handle)));
    expect(await db.snapshots.toArray()).toEqual(fixture.snapshots);
    expect(await db.shortlists.toArray()).toEqual(fixture.shortlists);
    // Terms added after version 3 (the content brief, the sample terms) are filled in when read.
    expect((await db.invitationDrafts.toArray()).map(readStoredDraft)).toEqual(fixture.invitationDrafts);
    // Version 5 adds each entry's creator columns (`view`, checked in migration-v5.test.ts).
    const entries = (await allEntries(db)).sort((a, b) => (a.id < b.id ? -1 : 1)).map(withoutView);
    expect(entries).toHaveLength(fixture.shortlistEntries.length);
    expect(entries.slice(0, 3)).toEqual(fixture.shortlistEntries.slice(0, 3));
    expect(entries[3]).toEqual({ ...fixture.shortlistEntries[3], tags: ['vip', '美妆'] });
    // (Version 2's `[listId+status]` and `tags` indexes went in version 6: nothing needed them.)
    expect(await db.meta.count()).toBe(0);
    await db.delete();
  });
});
