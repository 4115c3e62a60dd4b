import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCollaboration, type CollaborationResult } from '@/lib/collaborations/collaboration';
import type { EntryStatus, ShortlistEntry } from '@/lib/schemas/records';
import { collabFromDoc, collabToDoc, deletedDoc, entryFromDoc, entryToDoc } from '@/lib/team/model/mapping';
import { mergeAll, mergeDocs } from '@/lib/team/model/merge';
import type { EntryDoc, TeamDoc } from '@/lib/team/model/documents';
import type { Stamp } from '@/lib/team/model/stamps';

const T0 = Date.UTC(2026, 11, 1);
const seatA = (at: number): Stamp => ({ at, seat: 'seat-a', name: 'Ana' });
const seatB = (at: number): Stamp => ({ at, seat: 'seat-b', name: '小王' });

const entry: ShortlistEntry = { id: 'e1', listId: 'l1', handle: 'jelly.here10', status: 'scouting', priority: 0, tags: ['beauty'], note: 'first call', addedAt: T0 };
const baseDoc = entryToDoc(entry, null, seatA(T0))!;

/** A revision written on one seat from a known revision: the local record changed, then mapped out. */
function editOn(doc: EntryDoc, by: Stamp, patch: Partial<ShortlistEntry>): EntryDoc {
  const local = { ...entryFromDoc(doc), ...patch };
  return entryToDoc(local, doc, by) ?? doc;
}

const STATUSES: EntryStatus[] = ['scouting', 'contacted', 'invited', 'sample-sent', 'published', 'dropped'];
const patchArb = fc.record(
  {
    status: fc.constantFrom(...STATUSES),
    priority: fc.integer({ min: 0, max: 3 }),
    tags: fc.uniqueArray(fc.constantFrom('beauty', 'food', 'A', 'B', '直播'), { maxLength: 4 }),
    note: fc.constantFrom('', 'call back', '样品已寄', 'asked for 15%'),
  },
  { requiredKeys: [] },
);
/** Concurrent histories: each seat edits from the shared base, some a few times in a row. */
const revisionsArb = fc
  .array(
    fc.record({
      seat: fc.constantFrom('seat-a', 'seat-b', 'seat-c'),
      edits: fc.array(fc.record({ dt: fc.integer({ min: 1, max: 5000 }), patch: patchArb, remove: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 4 },
  )
  .map((histories) =>
    histories.map(({ seat, edits }) => {
      let doc: TeamDoc = baseDoc;
      let at = T0;
      for (const { dt, patch, remove } of edits) {
        at += dt;
        const by = { at, seat, name: seat.toUpperCase() };
        doc = remove && doc.kind === 'entry' ? (deletedDoc(doc, by) ?? doc) : editOn(doc as EntryDoc, by, patch);
      }
      return doc;
    }),
  );

const canonical = (doc: TeamDoc) => JSON.stringify(doc);

describe('merge of concurrent revisions (fast-check)', () => {
  it('is commutative: a with b equals b with a', () => {
    fc.assert(fc.property(revisionsArb, ([a, b]) => canonical(mergeDocs(a!, b!)) === canonical(mergeDocs(b!, a!))));
  });

  it('is associative: (a b) c equals a (b c)', () => {
    fc.assert(
      fc.property(revisionsArb, (revs) => {
        const [a, b, c = baseDoc] = revs;
        return canonical(mergeDocs(mergeDocs(a!, b!), c)) === canonical(mergeDocs(a!, mergeDocs(b!, c)));
      }),
    );
  });

  it('gives the same final document whatever order the revisions arrive in', () => {
    fc.assert(
      fc.property(revisionsArb.chain((revs) => fc.tuple(fc.constant(revs), fc.shuffledSubarray(revs, { minLength: revs.length, maxLength: revs.length }))), ([revs, shuffled]) => {
        expect(canonical(mergeAll(shuffled))).toBe(canonical(mergeAll(revs)));
      }),
    );
  });

  it('merging a revision with itself or an ancestor changes nothing seen', () => {
    fc.assert(
      fc.property(revisionsArb, ([a]) => {
        const once = mergeDocs(a!, baseDoc);
        expect(canonical(mergeDocs(once, a!))).toBe(canonical(once));
        expect(canonical(mergeDocs(once, once))).toBe(canonical(once));
      }),
    );
  });
});

describe('per-field rules', () => {
  const a = editOn(baseDoc, seatA(T0 + 1000), { note: 'A: sample asked', status: 'contacted' });
  const b = editOn(baseDoc, seatB(T0 + 2000), { note: 'B: 佣金谈到15%', status: 'invited', tags: ['beauty', 'tier-1'] });

  it('status: the later edit wins, whichever seat it came from', () => {
    expect(entryFromDoc(mergeDocs(a, b) as EntryDoc).status).toBe('invited');
    expect(entryFromDoc(mergeDocs(b, a) as EntryDoc).status).toBe('invited');
    const laterA = editOn(baseDoc, seatA(T0 + 3000), { status: 'dropped' });
    expect(entryFromDoc(mergeDocs(laterA, b) as EntryDoc).status).toBe('dropped');
  });

  it('a field edited on one seat only is kept, not reset by the other seat', () => {
    const onlyPriority = editOn(baseDoc, seatA(T0 + 5000), { priority: 3 });
    const merged = entryFromDoc(mergeDocs(onlyPriority, b) as EntryDoc);
    expect(merged.priority).toBe(3);
    expect(merged.status).toBe('invited');
  });

  it('tags: union', () => {
    const withFood = editOn(baseDoc, seatA(T0 + 1000), { tags: ['beauty', 'food'] });
    expect(entryFromDoc(mergeDocs(withFood, b) as EntryDoc).tags).toEqual(['beauty', 'food', 'tier-1']);
  });

  it('notes: both kept, marked as edited on two seats, until a merchant writes over them', () => {
    const merged = entryFromDoc(mergeDocs(b, a) as EntryDoc);
    expect(merged.note).toBe('A: sample asked\n\nB: 佣金谈到15%');
    expect(merged.team.twoSeats).toBe(true);
    const resolved = editOn(mergeDocs(a, b) as EntryDoc, seatA(T0 + 9000), { note: 'sample asked, 15% agreed' });
    expect(entryFromDoc(resolved).team.twoSeats).toBe(false);
    // A seat that still holds the old version cannot bring it back.
    expect(entryFromDoc(mergeDocs(resolved, a) as EntryDoc).note).toBe('sample asked, 15% agreed');
  });

  it('a note edited on one seat while the other changed only the status is not a two-seat note', () => {
    const statusOnly = editOn(baseDoc, seatB(T0 + 2000), { status: 'invited' });
    const merged = entryFromDoc(mergeDocs(a, statusOnly) as EntryDoc);
    expect(merged.note).toBe('A: sample asked');
    expect(merged.team.twoSeats).toBe(false);
  });

  it('deletion: a tombstone stays whatever the other seat edited', () => {
    const gone = deletedDoc(a, seatA(T0 + 1500))!;
    expect(mergeDocs(gone, b).deleted).toEqual(seatA(T0 + 1500));
    expect(mergeDocs(b, gone).deleted).toEqual(seatA(T0 + 1500));
  });

  it('records who added the entry and who edited it last', () => {
    const marks = entryFromDoc(mergeDocs(a, b) as EntryDoc).team;
    expect(marks).toMatchObject({ addedBy: 'Ana', addedAt: T0, editedBy: '小王', editedAt: T0 + 2000 });
  });

  it('collaboration results: union by id; a removal on one seat stays removed', () => {
    const collab = newCollaboration({ id: 'c1', creatorHandle: 'jelly.here10', now: T0 });
    const result = (id: string, date: number): CollaborationResult => ({
      id,
      seq: date - T0,
      date,
      kind: 'video',
      link: null,
      views: 1000,
      orders: 3,
      gmv: 45,
      refunds: null,
      costs: { commission: 4.5, fee: null, sample: 10, shipping: null },
      currency: 'USD',
    });
    const start = collabToDoc({ ...collab, results: [result('r0', T0)] }, null, seatA(T0))!;
    const onA = collabToDoc({ ...collabFromDoc(start), results: [result('r0', T0), result('r1', T0 + 10)] }, start, seatA(T0 + 100))!;
    const onB = collabToDoc({ ...collabFromDoc(start), results: [result('r2', T0 + 20)] }, start, seatB(T0 + 200))!;
    const merged = collabFromDoc(mergeDocs(onA, onB) as never);
    expect(merged.results.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(collabFromDoc(mergeDocs(onB, onA) as never).results.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

describe('mapping', () => {
  it('a record mapped from a document maps back to no change', () => {
    fc.assert(
      fc.property(revisionsArb, (revs) => {
        const merged = mergeAll(revs) as EntryDoc;
        const { team: _team, ...local } = entryFromDoc(merged);
        expect(entryToDoc(local, merged, seatB(T0 + 99_999))).toBeNull();
      }),
    );
  });

  it('stamps only the fields that changed, with this seat and time', () => {
    const next = editOn(baseDoc, seatB(T0 + 7000), { priority: 2 });
    expect(next.priority.by).toEqual(seatB(T0 + 7000));
    expect(next.status.by).toEqual(seatA(T0));
    expect(next.edited).toEqual(seatB(T0 + 7000));
    expect(next.added).toEqual(seatA(T0));
  });
});
