import { canonicalJson } from '../../backup/canonical-json';
import type { Collaboration } from '../../collaborations/collaboration';
import type { Draft } from '../../invitations/draft';
import type { CreatorSnapshot } from '../../schemas/creator-snapshot';
import type { CreatorRecord, Shortlist, ShortlistEntry, TeamMarks } from '../../schemas/records';
import { contentOf, type CollabDoc, type CreatorDoc, type DraftDoc, type EntryDoc, type ListDoc, type TeamDoc, type VisitDoc } from './documents';
import { editedNote, noteText } from './notes';
import { edited, type Stamp } from './stamps';

/**
 * The app's records (as Dexie stores them) to replicated documents and back. Going out, each
 * field the merchant changed since the document gets this seat's stamp; a record that changed
 * nothing gives null, so nothing is written and nothing replicates. Coming back, a document gives
 * exactly the record that maps to it again without a change.
 */


/** Same content whatever order the keys come in (a document read back through its schema has the schema's order, a record the order it was captured in). */
const same = (a: TeamDoc, b: TeamDoc) => canonicalJson(contentOf(a)) === canonicalJson(contentOf(b));

/** The next document, or null when it equals the previous one (its edit stamp set only when something changed). */
function changed<D extends TeamDoc>(prev: D | null, next: D, by: Stamp): D | null {
  if (prev && same(prev, { ...next, edited: prev.edited, added: prev.added })) return null;
  return { ...next, edited: by, added: prev?.added ?? by, ...(prev?._rev ? { _rev: prev._rev } : {}) };
}

const base = (id: string, prev: TeamDoc | null, by: Stamp) => ({ _id: id, added: prev?.added ?? by, edited: prev?.edited ?? by, deleted: prev?.deleted ?? null });

export function listToDoc(list: Shortlist, prev: ListDoc | null, by: Stamp): ListDoc | null {
  return changed(prev, {
    ...base(`list:${list.id}`, prev, by),
    kind: 'list',
    id: list.id,
    createdAt: list.createdAt,
    name: edited(prev?.name, list.name, by),
    archived: edited(prev?.archived, list.archived, by),
  }, by);
}

export function listFromDoc(doc: ListDoc): Shortlist {
  return { id: doc.id, name: doc.name.v, createdAt: doc.createdAt, archived: doc.archived.v };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t) => b.includes(t));

export function entryToDoc(entry: ShortlistEntry, prev: EntryDoc | null, by: Stamp): EntryDoc | null {
  return changed(prev, {
    ...base(`entry:${entry.id}`, prev, by),
    kind: 'entry',
    id: entry.id,
    listId: entry.listId,
    handle: entry.handle,
    addedAt: entry.addedAt,
    status: edited(prev?.status, entry.status, by),
    priority: edited(prev?.priority, entry.priority, by),
    tags: prev && sameSet(prev.tags, entry.tags) ? prev.tags : [...entry.tags],
    notes: editedNote(prev?.notes ?? [], entry.note, by),
  }, by);
}

export function entryFromDoc(doc: EntryDoc): ShortlistEntry & { team: TeamMarks } {
  return {
    id: doc.id,
    listId: doc.listId,
    handle: doc.handle,
    status: doc.status.v,
    priority: doc.priority.v,
    tags: [...doc.tags],
    note: noteText(doc.notes),
    addedAt: doc.addedAt,
    team: { addedBy: doc.added.name, addedAt: doc.added.at, editedBy: doc.edited.name, editedAt: doc.edited.at, twoSeats: doc.notes.length > 1 },
  };
}

export function creatorToDoc(record: CreatorRecord, prev: CreatorDoc | null, by: Stamp): CreatorDoc | null {
  return changed(prev, { ...base(`creator:${record.handle}`, prev, by), kind: 'creator', handle: record.handle, record: edited(prev?.record, record, by) }, by);
}

export const creatorFromDoc = (doc: CreatorDoc): CreatorRecord => doc.record.v;

export interface Visit {
  handle: string;
  capturedAt: number;
  snapshot: CreatorSnapshot;
}

export function visitToDoc(visit: Visit, prev: VisitDoc | null, by: Stamp): VisitDoc | null {
  return changed(prev, { ...base(`visit:${visit.handle}:${visit.capturedAt}`, prev, by), kind: 'visit', handle: visit.handle, capturedAt: visit.capturedAt, snapshot: visit.snapshot }, by);
}

export const visitFromDoc = (doc: VisitDoc): Visit => ({ handle: doc.handle, capturedAt: doc.capturedAt, snapshot: doc.snapshot });

export function draftToDoc(draft: Draft, prev: DraftDoc | null, by: Stamp): DraftDoc | null {
  return changed(prev, { ...base(`draft:${draft.id}`, prev, by), kind: 'draft', id: draft.id, draft: edited(prev?.draft, draft, by) }, by);
}

export const draftFromDoc = (doc: DraftDoc): Draft => doc.draft.v;

export function collabToDoc(collab: Collaboration, prev: CollabDoc | null, by: Stamp): CollabDoc | null {
  const { notes, results, ...body } = collab;
  const ids = new Set(results.map((r) => r.id));
  // A result the document held that the record no longer has was removed on this seat.
  const removed = (prev?.results ?? []).filter((r) => !ids.has(r.id)).map((r) => r.id);
  return changed(prev, {
    ...base(`collab:${collab.id}`, prev, by),
    kind: 'collab',
    id: collab.id,
    body: edited(prev?.body, body, by),
    notes: editedNote(prev?.notes ?? [], notes, by),
    results: [...results],
    removedResults: [...new Set([...(prev?.removedResults ?? []), ...removed])].sort(),
  }, by);
}

export function collabFromDoc(doc: CollabDoc): Collaboration {
  return { ...doc.body.v, notes: noteText(doc.notes), results: doc.results.map((r) => ({ ...r, costs: { ...r.costs } })) };
}

/** The tombstone of a deleted record: its document stays, marked deleted by this seat (null when it already is). */
export function deletedDoc<D extends TeamDoc>(prev: D, by: Stamp): D | null {
  if (prev.deleted) return null;
  return { ...prev, deleted: by, edited: by };
}
