import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { keepLocalEdit, mergeEdits, noLocalEdits, noteEdit } from '@/lib/team/sync/local-edits';

const entry = { id: 'e1', listId: 'l1', handle: 'a', status: 'scouting', priority: 0, tags: ['gift'], note: '', addedAt: 1, view: { score: 70 }, team: { editedBy: 'Ana' } };

describe('local edits: which fields this seat changed and keeps until they are mapped out', () => {
  it("a put that changes one field notes that field only, though Dexie's mods list every array and object", async () => {
    const db = new Dexie(`local-edits-${Date.now()}`);
    db.version(1).stores({ entries: 'id' });
    const table = (db as unknown as { entries: Table<typeof entry, string> }).entries;
    await table.put(entry);
    const seen: Record<string, unknown>[] = [];
    const edits = noLocalEdits();
    table.hook('updating').subscribe((mods, _key, before) => {
      seen.push(mods);
      noteEdit(edits, 'entries', 'e1', { before, mods });
    });
    await db.transaction('rw', table, async () => table.put({ ...(await table.get('e1'))!, priority: 3 }));
    // What Dexie reports: the unchanged tags array (and the objects) too.
    expect(Object.keys(seen[0]!)).toContain('tags');
    expect(edits.entries.get('e1')).toEqual(new Set(['priority']));
    await db.delete();
  });

  it('a new record notes all its fields but the derived ones; a deletion notes the record gone', () => {
    const edits = noLocalEdits();
    noteEdit(edits, 'entries', 'e1', { created: entry });
    expect(edits.entries.get('e1')).toEqual(new Set(['id', 'listId', 'handle', 'status', 'priority', 'tags', 'note', 'addedAt']));
    noteEdit(edits, 'entries', 'e1', { deleted: true });
    expect(edits.entries.get('e1')).toBe('deleted');
  });

  it('a nested change notes its top-level field; derived fields (view, team marks) never', () => {
    const edits = noLocalEdits();
    noteEdit(edits, 'drafts', 'd1', { before: { terms: { rate: 10 }, view: 1 }, mods: { 'terms.rate': 12, 'view.score': 3, team: {} } });
    expect(edits.drafts.get('d1')).toEqual(new Set(['terms']));
  });

  it("the team's version keeps this seat's changed fields and takes the rest", () => {
    const stored = { ...entry, priority: 3 };
    const incoming = { ...entry, tags: ['gift', '直播'], team: { editedBy: '小博' } };
    expect(keepLocalEdit(incoming, stored, new Set(['priority']))).toEqual({ ...incoming, priority: 3 });
    expect(keepLocalEdit(incoming, stored, undefined)).toBe(incoming);
    // Deleted here and not yet mapped out: it stays deleted (the tombstone goes out next).
    expect(keepLocalEdit(incoming, undefined, 'deleted')).toBeNull();
    // A field this seat removed stays removed.
    const { note: _n, ...withoutNote } = stored;
    expect(keepLocalEdit(incoming, withoutNote as typeof stored, new Set(['note']))).not.toHaveProperty('note');
  });

  it('merged edits: fields of both; a later deletion wins', () => {
    const a = noLocalEdits();
    const b = noLocalEdits();
    noteEdit(a, 'lists', 'l1', { before: { name: 'x' }, mods: { name: 'y' } });
    noteEdit(b, 'lists', 'l1', { before: { archived: false }, mods: { archived: true } });
    noteEdit(b, 'collabs', 'c1', { deleted: true });
    const merged = mergeEdits(a, b);
    expect(merged.lists.get('l1')).toEqual(new Set(['name', 'archived']));
    expect(merged.collabs.get('c1')).toBe('deleted');
    expect(a.lists.get('l1')).toEqual(new Set(['name']));
  });
});
