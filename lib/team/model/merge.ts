import type { CollaborationResult } from '../../collaborations/collaboration';
import { contentOf, type CollabDoc, type EntryDoc, type ListDoc, type TeamDoc } from './documents';
import { mergeNotes } from './notes';
import { compareStamps, earlierStamp, laterRegister, laterStamp, type Stamp } from './stamps';

/**
 * Merges revisions of one document that two or more seats wrote apart (CouchDB keeps them all as
 * conflicts). Per field: status, priority, name, archived and whole records (figures, drafts, a
 * collaboration's pipeline) — latest edit wins; tags — union; notes — every concurrent version
 * kept; collaboration results — union by id, removals kept; deletion — a tombstone that stays.
 * Each rule is commutative, associative and idempotent, so the merged document is the same
 * whatever order the revisions arrive in.
 */

const json = (v: unknown) => JSON.stringify(v);
const byJson = <T>(a: T, b: T): T => (json(a) >= json(b) ? a : b);

function laterDeletion(a: Stamp | null, b: Stamp | null): Stamp | null {
  if (a === null) return b;
  if (b === null) return a;
  return laterStamp(a, b);
}

/** Fields every document has: the first adder, the last editor, a tombstone once any seat deleted it. */
function mergeMeta(a: TeamDoc, b: TeamDoc) {
  return { _id: a._id, added: earlierStamp(a.added, b.added), edited: laterStamp(a.edited, b.edited), deleted: laterDeletion(a.deleted, b.deleted) };
}

/** Fields that never change after creation: taken from the revision of the earliest adder (ties by content). */
function identityOf<T extends TeamDoc>(a: T, b: T): T {
  return compareStamps(a.added, b.added) < 0 ? a : compareStamps(a.added, b.added) > 0 ? b : byJson(a, b);
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

function mergeResults(a: CollabDoc, b: CollabDoc, removed: readonly string[]): CollaborationResult[] {
  const gone = new Set(removed);
  const byId = new Map<string, CollaborationResult>();
  for (const r of [...a.results, ...b.results]) {
    if (gone.has(r.id)) continue;
    const held = byId.get(r.id);
    byId.set(r.id, held ? byJson(held, r) : r);
  }
  return [...byId.values()].sort((x, y) => x.date - y.date || x.seq - y.seq || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Two revisions of one document, merged (without `_rev` and `_conflicts`). */
export function mergeDocs(a: TeamDoc, b: TeamDoc): TeamDoc {
  a = contentOf(a);
  b = contentOf(b);
  if (a.kind !== b.kind) return byJson(a, b);
  const meta = mergeMeta(a, b);
  switch (a.kind) {
    case 'list': {
      const other = b as ListDoc;
      const id = identityOf(a, other);
      return { ...meta, kind: 'list', id: id.id, createdAt: id.createdAt, name: laterRegister(a.name, other.name), archived: laterRegister(a.archived, other.archived) };
    }
    case 'entry': {
      const other = b as EntryDoc;
      const id = identityOf(a, other);
      return {
        ...meta,
        kind: 'entry',
        id: id.id,
        listId: id.listId,
        handle: id.handle,
        addedAt: id.addedAt,
        status: laterRegister(a.status, other.status),
        priority: laterRegister(a.priority, other.priority),
        tags: union(a.tags, other.tags),
        notes: mergeNotes(a.notes, other.notes),
      };
    }
    case 'creator': {
      const other = b as typeof a;
      return { ...meta, kind: 'creator', handle: identityOf(a, other).handle, record: laterRegister(a.record, other.record) };
    }
    case 'visit': {
      // A visit never changes: two revisions differ only if a seat broke it; the choice is by content.
      const kept = byJson(a, b as typeof a);
      return { ...kept, ...meta };
    }
    case 'draft': {
      const other = b as typeof a;
      return { ...meta, kind: 'draft', id: identityOf(a, other).id, draft: laterRegister(a.draft, other.draft) };
    }
    case 'collab': {
      const other = b as CollabDoc;
      const removedResults = union(a.removedResults, other.removedResults);
      return {
        ...meta,
        kind: 'collab',
        id: identityOf(a, other).id,
        body: laterRegister(a.body, other.body),
        notes: mergeNotes(a.notes, other.notes),
        results: mergeResults(a, other, removedResults),
        removedResults,
      };
    }
  }
}

/** All revisions of one document merged into one. */
export function mergeAll(revisions: readonly TeamDoc[]): TeamDoc {
  if (revisions.length === 0) throw new Error('nothing to merge');
  return revisions.slice(1).reduce<TeamDoc>((merged, next) => mergeDocs(merged, next), contentOf(revisions[0]!));
}
