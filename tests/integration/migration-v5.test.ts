import { allCreators } from '../../lib/db/queries/creators';
import { openAfterShipped, shownRows } from './test-db';
import { describe, expect, it } from 'vitest';
import { allEntries, newestEntriesOfList } from '../../lib/db/queries/entries';
import { VettokDatabase } from '../../lib/db/database';
import { creatorColumns, rowView, withoutView } from '../../lib/shortlists/row-view';
import { sampleData } from '../sample-data';

function v4Fixture() {
  const data = sampleData();
  return {
    ...data,
    // An entry whose creator is not stored (possible in an old import): its view is null.
    shortlistEntries: [...data.shortlistEntries, { id: 'e-orphan', listId: 'list-a', handle: 'gone', status: 'invited' as const, priority: 2, tags: ['x'], note: 'n', addedAt: 9 }],
    meta: [{ key: 'lastBackupAt', value: 123 }],
    notifiedReminders: [{ id: 'r1', at: 5 }],
  };
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
let n = 0;

describe('database version 4 → 5 (creator columns on every entry)', () => {
  it('keeps every row, gives each entry its creator columns, and a second open changes nothing', async () => {
    const name = `vettok-migration-v5-${process.pid}-${++n}`;
    const fixture = v4Fixture();
    const db = await openAfterShipped(name, 4, fixture);
    expect(db.verno).toBe(10);
    const creators = new Map(fixture.creators.map((c) => [c.handle, c]));
    const entries = byId(await allEntries(db));
    expect(entries.map(withoutView)).toEqual(byId(fixture.shortlistEntries));
    for (const entry of entries) expect(entry.view, entry.id).toEqual(creatorColumns(creators.get(entry.handle)));
    expect(entries.find((e) => e.id === 'e-orphan')!.view).toBeNull();
    expect(await allCreators(db).then((cs) => cs.sort((a, b) => a.handle.localeCompare(b.handle)))).toEqual([...fixture.creators].sort((a, b) => a.handle.localeCompare(b.handle)));
    expect(await db.snapshots.toArray()).toEqual(fixture.snapshots);
    expect(byId(await db.shortlists.toArray())).toEqual(byId(fixture.shortlists));
    expect(await db.invitationDrafts.toArray()).toEqual(fixture.invitationDrafts);
    expect(await db.meta.toArray()).toEqual(fixture.meta);
    expect(await db.notifiedReminders.toArray()).toEqual(fixture.notifiedReminders);
    // The side panel's first screen (the newest entries of a list) still answers.
    expect(await newestEntriesOfList(db, 'list-a', 1000)).toHaveLength(fixture.shortlistEntries.filter((e) => e.listId === 'list-a').length);
    // The rows read from the stored columns are those read from the creators.
    const rows = await shownRows(db, 'list-a', {});
    const expected = fixture.shortlistEntries.filter((e) => e.listId === 'list-a').map((e) => rowView(e, creators.get(e.handle)));
    expect(byId(rows.map((r) => ({ ...r, id: r.entryId })))).toEqual(byId(expected.map((r) => ({ ...r, id: r.entryId }))));
    const after = entries;
    db.close();

    const again = new VettokDatabase(name);
    await again.open();
    expect(again.verno).toBe(10);
    expect(byId(await allEntries(again))).toEqual(after);
    await again.delete();
  });
});
