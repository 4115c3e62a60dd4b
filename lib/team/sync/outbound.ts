import type { VettokDatabase } from '../../db/database';
import type { TeamDoc } from '../model/documents';
import { collabToDoc, creatorToDoc, deletedDoc, draftToDoc, entryToDoc, listToDoc, visitToDoc } from '../model/mapping';
import type { Stamp } from '../model/stamps';
import { checkTeamDoc } from '../model/validate';
import { appliedSeq } from './inbound';
import { readTeamRecords, type RecordKeys } from './team-records';

type Local = PouchDB.Database;

/** Kinds whose document turns into a tombstone when this seat no longer has the record. */
const DELETABLE = ['list:', 'entry:', 'draft:', 'collab:'];

/**
 * Writes this seat's changes to the local replica: every team record (or those `keys` name) is
 * mapped against its document; only documents that changed are written, each changed field
 * stamped with this seat and the time. A record gone from this seat turns its document into a
 * tombstone. With all records (`keys` null), every document of a deletable kind the replica holds
 * without a record here is one deleted while the worker was away: call it only once every
 * document of the replica has been applied here, or a document not yet applied would read as deleted.
 * A document the pull changed after the last apply is not written over: this seat's record does
 * not hold the team's latest change yet, so comparing the two would undo it.
 * Returns the ids written, and those that met a newer revision (write them again after the next pull).
 */
export async function pushRecords(db: VettokDatabase, local: Local, by: Stamp, keys: RecordKeys | null): Promise<{ written: { id: string; rev: string }[]; conflicted: string[] }> {
  const records = await readTeamRecords(db, keys);
  const ids: string[] = [];
  for (const id of records.lists.keys()) ids.push(`list:${id}`);
  for (const id of records.entries.keys()) ids.push(`entry:${id}`);
  for (const handle of records.creators.keys()) ids.push(`creator:${handle}`);
  for (const visits of records.visits.values()) for (const v of visits) ids.push(`visit:${v.handle}:${v.capturedAt}`);
  for (const id of records.drafts.keys()) ids.push(`draft:${id}`);
  for (const id of records.collabs.keys()) ids.push(`collab:${id}`);
  if (keys === null) {
    for (const prefix of DELETABLE) {
      const held = await local.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0` });
      for (const row of held.rows) ids.push(row.id);
    }
  }
  const unique = [...new Set(ids)];
  const existing = new Map<string, { doc: TeamDoc | null; rev: string }>();
  for (let i = 0; i < unique.length; i += 2000) {
    const found = await local.allDocs({ keys: unique.slice(i, i + 2000), include_docs: true });
    for (const row of found.rows) {
      if (!('doc' in row) || !row.doc || ('value' in row && row.value.deleted)) continue;
      const check = checkTeamDoc(row.doc);
      // A document this seat cannot read (a hostile write) is written over with the record's own.
      existing.set(row.id, { doc: check.ok ? check.doc : null, rev: row.doc._rev });
    }
  }
  // Read after the documents: whatever the pull wrote before them is listed here.
  const since = await appliedSeq(db);
  const pulledSince = new Set((await local.changes({ since })).results.map((r) => r.id));
  const conflicted: string[] = [];
  const out: TeamDoc[] = [];
  const prev = <D extends TeamDoc>(id: string) => (existing.get(id)?.doc as D | null | undefined) ?? null;
  const next = (id: string, doc: TeamDoc | null) => {
    const held = existing.get(id);
    if (held && pulledSince.has(id)) conflicted.push(id);
    else if (doc) out.push(held ? { ...doc, _rev: held.rev } : doc);
  };
  const tombstone = (id: string) => {
    const held = existing.get(id);
    if (!held?.doc) return;
    if (pulledSince.has(id)) return void conflicted.push(id);
    const doc = deletedDoc(held.doc, by);
    if (doc) out.push({ ...doc, _rev: held.rev });
  };
  for (const [id, list] of records.lists) {
    if (list) next(`list:${id}`, listToDoc(list, prev(`list:${id}`), by));
    else tombstone(`list:${id}`);
  }
  for (const [id, entry] of records.entries) {
    if (entry) next(`entry:${id}`, entryToDoc(entry, prev(`entry:${id}`), by));
    else tombstone(`entry:${id}`);
  }
  for (const [handle, creator] of records.creators) if (creator) next(`creator:${handle}`, creatorToDoc(creator, prev(`creator:${handle}`), by));
  for (const visits of records.visits.values()) for (const v of visits) next(`visit:${v.handle}:${v.capturedAt}`, visitToDoc(v, prev(`visit:${v.handle}:${v.capturedAt}`), by));
  for (const [id, draft] of records.drafts) {
    if (draft) next(`draft:${id}`, draftToDoc(draft, prev(`draft:${id}`), by));
    else tombstone(`draft:${id}`);
  }
  for (const [id, collab] of records.collabs) {
    if (collab) next(`collab:${id}`, collabToDoc(collab, prev(`collab:${id}`), by));
    else tombstone(`collab:${id}`);
  }
  if (keys === null) {
    const known = new Set<string>([
      ...[...records.lists.keys()].map((id) => `list:${id}`),
      ...[...records.entries.keys()].map((id) => `entry:${id}`),
      ...[...records.drafts.keys()].map((id) => `draft:${id}`),
      ...[...records.collabs.keys()].map((id) => `collab:${id}`),
    ]);
    for (const id of existing.keys()) if (DELETABLE.some((p) => id.startsWith(p)) && !known.has(id)) tombstone(id);
  }
  const written: { id: string; rev: string }[] = [];
  for (let i = 0; i < out.length; i += 500) {
    const results = await local.bulkDocs(out.slice(i, i + 500) as PouchDB.Core.PutDocument<object>[]);
    for (const r of results) {
      if ('ok' in r && r.ok) written.push({ id: r.id, rev: r.rev });
      else if ('status' in r && r.status === 409 && r.id) conflicted.push(r.id);
      else if ('error' in r) throw Object.assign(new Error(`${r.id ?? ''}: ${r.message ?? r.error}`), { status: r.status, name: r.name });
    }
  }
  return { written, conflicted };
}
