import { getCreators } from '../../lib/db/queries/creators';
import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import { importData } from '../../lib/db/backup-repository';
import { readAllData } from '../../lib/db/queries/backup-data';
import { applyUndo, bulkUpdateEntries } from '../../lib/db/entries-repository';
import { recordSnapshot } from '../../lib/db/creators-repository';
import type { VettokDatabase } from '../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../lib/schemas/settings';
import { assess } from '../../lib/scoring/assess';
import { creatorColumns, rowView } from '../../lib/shortlists/row-view';
import { realSnapshot } from '../fixture-files';
import { sampleData } from '../sample-data';
import { fakeBackgroundDeps, sequentialIds, shownRows } from './test-db';
import { allEntries, entriesOfCreators, entryCount } from '../../lib/db/queries/entries';
import { watchEntries } from '../../lib/db/entry-store-repository';

/** Every stored entry's `view` equals its creator's columns, and the rows equal those read from the creators. */
async function expectViewsInSync(db: VettokDatabase) {
  const entries = await allEntries(db);
  const creators = await getCreators(db, entries.map((e) => e.handle));
  entries.forEach((entry, i) => expect(entry.view, entry.id).toEqual(creatorColumns(creators[i])));
  for (const list of await db.shortlists.toArray()) {
    const rows = await shownRows(db, list.id, {});
    const want = entries.filter((e) => e.listId === list.id).map((e) => rowView(e, creators[entries.indexOf(e)]));
    expect(new Set(rows.map((r) => JSON.stringify(r)))).toEqual(new Set(want.map((r) => JSON.stringify(r))));
  }
}

describe("entries carry their creator's columns", () => {
  it('after an import (replace and merge), a visit, an add, a bulk change and an undo', async () => {
    const deps = fakeBackgroundDeps({ ids: sequentialIds('n') });
    const db = deps.db;
    await importData(db, sampleData(), 'replace');
    await expectViewsInSync(db);

    // Merge a file in which creator "a" has other figures: stored entries of "a" follow.
    const changed = sampleData();
    changed.creators = changed.creators.map((c) => (c.handle === 'a' ? { ...c, followers: 1, score: 3, nickname: 'Renamed' } : c));
    changed.shortlistEntries = [];
    await importData(db, changed, 'merge');
    await expectViewsInSync(db);
    expect((await entriesOfCreators(db, ['a']))[0]!.view!.nickname).toBe('Renamed');

    // A visit re-assesses the creator: their entries take the new figures.
    await recordSnapshot(db, realSnapshot('user-detail-scope-a-2026-09.json', Date.UTC(2026, 10, 20)), (history, at) => assess(history, DEFAULT_SETTINGS, at), Date.UTC(2026, 10, 20));
    await expectViewsInSync(db);

    // Adding through the background, then a bulk copy and its undo.
    const route = createBackgroundRouter(deps, { id: 'x'.repeat(32), baseUrl: `chrome-extension://${'x'.repeat(32)}/` });
    const PAGE = { id: 'x'.repeat(32), url: `chrome-extension://${'x'.repeat(32)}/sidepanel.html` };
    const lists = await db.shortlists.toArray();
    expect(await route({ vettok: 1, name: 'shortlist.add', payload: { handle: 'nasa', listId: lists[1]!.id } }, PAGE)).toMatchObject({ ok: true });
    await expectViewsInSync(db);
    const ids = (await allEntries(db)).map((e) => e.id);
    const { undo } = await bulkUpdateEntries(db, ids, { kind: 'remove' }, { now: 1, ids: sequentialIds('b') });
    expect(await entryCount(db)).toBe(0);
    await applyUndo(db, undo);
    await expectViewsInSync(db);

    // A backup never holds the derived columns.
    for (const entry of (await readAllData(db)).shortlistEntries) expect('view' in entry).toBe(false);
  });
});

describe('a visit that changes nothing the table shows', () => {
  it('writes no entry (an open side panel does not read its list again)', async () => {
    const deps = fakeBackgroundDeps();
    const db = deps.db;
    await importData(db, sampleData(), 'replace');
    const at = Date.UTC(2026, 10, 20);
    const visit = () => recordSnapshot(db, realSnapshot('user-detail-scope-a-2026-09.json', at), (history, when) => assess(history, DEFAULT_SETTINGS, when), at);
    await visit();
    let writes = 0;
    const unwatch = watchEntries(db, { created: () => void writes++, updated: () => void writes++, deleted: () => void writes++ });
    await visit();
    unwatch();
    expect(writes).toBe(0);
    await expectViewsInSync(db);
  });
});
