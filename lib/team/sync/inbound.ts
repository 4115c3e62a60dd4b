import Dexie, { type Transaction } from 'dexie';
import type { VettokDatabase } from '../../db/database';
import { putCreators } from '../../db/creators-repository';
import { getCreators } from '../../db/queries/creators';
import { entriesOfCreators, entryStores, getEntries } from '../../db/queries/entries';
import { deleteEntries, deleteEntriesOfList, putEntries } from '../../db/entry-store-repository';
import type { CreatorRecord, EntryWithView } from '../../schemas/records';
import { creatorColumns } from '../../shortlists/row-view';
import type { TeamDoc } from '../model/documents';
import { collabFromDoc, creatorFromDoc, draftFromDoc, entryFromDoc, listFromDoc, visitFromDoc } from '../model/mapping';
import { keepLocalEdit, noLocalEdits, type LocalEdits } from './local-edits';
import { META_TEAM_APPLIED, META_TEAM_LISTS, parseTeamLists } from './team-lists';

/** Transactions that write what came from the team: their writes are not this seat's own changes. */
const inboundTransactions = new WeakSet<Transaction>();
export const isInbound = (tx: Transaction | null | undefined) => !!tx && inboundTransactions.has(tx);

/**
 * Writes documents from the team into the app's database, with the sequence they were read up
 * to, in one transaction: after a stop the next start reads on from exactly there, so nothing is
 * applied twice or skipped. A record the same as the stored one is not written. A record with
 * `edits` of this seat not yet mapped out keeps its changed fields (they go out next). Returns the
 * entry ids of this seat that lost to the team's entry of the same creator in the same list
 * (their documents become tombstones).
 */
export async function applyDocs(db: VettokDatabase, docs: readonly TeamDoc[], appliedSeq: string | number, edits: LocalEdits = noLocalEdits()): Promise<string[]> {
  return db.transaction('rw', [db.meta, db.shortlists, ...entryStores(db), db.creatorBuckets, db.snapshots, db.invitationDrafts, db.collaborations], async (tx) => {
    inboundTransactions.add(tx);
    const teamLists = parseTeamLists((await db.meta.get(META_TEAM_LISTS))?.value);
    const listsBefore = teamLists.size;
    const displaced: string[] = [];

    // Creators first, so entries written after them carry their columns.
    const creators = docs.filter((d) => d.kind === 'creator' && !d.deleted).map((d) => creatorFromDoc(d as Extract<TeamDoc, { kind: 'creator' }>));
    /** Creators as stored once this batch is written, by handle: entries below read their columns here, not from the buckets again. */
    const known = new Map<string, CreatorRecord | undefined>();
    if (creators.length) {
      const stored = await getCreators(db, creators.map((c) => c.handle));
      const newer = creators.filter((c, i) => !stored[i] || (c.updatedAt >= stored[i]!.updatedAt && JSON.stringify(c) !== JSON.stringify(stored[i])));
      creators.forEach((c, i) => known.set(c.handle, stored[i]));
      for (const c of newer) known.set(c.handle, c);
      if (newer.length) {
        await putCreators(db, newer);
        const byHandle = new Map(newer.map((c) => [c.handle, creatorColumns(c)]));
        const stale = (await entriesOfCreators(db, [...byHandle.keys()])).filter(
          (e) => JSON.stringify(e.view) !== JSON.stringify(byHandle.get(e.handle)),
        );
        if (stale.length) await putEntries(db, stale.map((e) => ({ ...e, view: byHandle.get(e.handle) ?? null })));
      }
    }

    const visits = docs.filter((d) => d.kind === 'visit').map((d) => visitFromDoc(d as Extract<TeamDoc, { kind: 'visit' }>));
    for (const v of visits) {
      const held = await db.snapshots.where('[handle+capturedAt]').equals([v.handle, v.capturedAt]).count();
      if (held === 0) await db.snapshots.add({ handle: v.handle, capturedAt: v.capturedAt, snapshot: v.snapshot });
    }

    for (const doc of docs) {
      if (doc.kind !== 'list') continue;
      if (doc.deleted) {
        await deleteEntriesOfList(db, doc.id);
        await db.shortlists.delete(doc.id);
        teamLists.delete(doc.id);
      } else {
        const stored = await db.shortlists.get(doc.id);
        const list = keepLocalEdit(listFromDoc(doc), stored, edits.lists.get(doc.id));
        if (list && JSON.stringify(stored) !== JSON.stringify(list)) await db.shortlists.put(list);
        teamLists.add(doc.id);
      }
    }

    const entryDocs = docs.filter((d): d is Extract<TeamDoc, { kind: 'entry' }> => d.kind === 'entry');
    const gone = entryDocs.filter((d) => d.deleted).map((d) => d.id);
    await deleteEntries(db, gone);
    // One entry per creator and list: of documents in this batch naming the same pair, the smaller id.
    const byPair = new Map<string, ReturnType<typeof entryFromDoc>>();
    for (const entry of entryDocs.filter((d) => !d.deleted).map(entryFromDoc)) {
      const pair = `${entry.listId}\u0000${entry.handle}`;
      const held = byPair.get(pair);
      if (!held || entry.id < held.id) byPair.set(pair, entry);
      if (held) displaced.push(entry.id < held.id ? held.id : entry.id);
    }
    const live = [...byPair.values()];
    if (live.length) {
      const stored = await getEntries(db, live.map((e) => e.id));
      const unknown = [...new Set(live.map((e) => e.handle).filter((h) => !known.has(h)))];
      (await getCreators(db, unknown)).forEach((c, i) => known.set(unknown[i]!, c));
      const columns = live.map((e) => known.get(e.handle));
      const writes: EntryWithView[] = [];
      // Entries already held for the creators of new entries, in the lists concerned: one indexed
      // read for the batch (not the whole list, which a first sync would read again at every batch).
      const held = new Map<string, EntryWithView>();
      const fresh = live.filter((_, i) => !stored[i]);
      if (fresh.length) {
        const lists = new Set(fresh.map((e) => e.listId));
        for (const e of await entriesOfCreators(db, [...new Set(fresh.map((x) => x.handle))])) {
          if (lists.has(e.listId)) held.set(`${e.listId}\u0000${e.handle}`, e);
        }
      }
      for (const [i, entry] of live.entries()) {
        const before = stored[i];
        const next = keepLocalEdit<EntryWithView>({ ...entry, view: creatorColumns(columns[i]) }, before, edits.entries.get(entry.id));
        if (!next) continue;
        if (before && JSON.stringify(before) === JSON.stringify(next)) continue;
        if (!before) {
          // The same creator added to the same list on two seats: the entry with the smaller id stays.
          const twin = held.get(`${entry.listId}\u0000${entry.handle}`);
          if (twin && twin.id !== entry.id) {
            if (twin.id < entry.id) continue;
            await deleteEntries(db, [twin.id]);
            displaced.push(twin.id);
          }
        }
        writes.push(next);
      }
      await putEntries(db, writes);
    }

    for (const doc of docs) {
      if (doc.kind === 'draft') {
        if (doc.deleted) await db.invitationDrafts.delete(doc.id);
        else {
          const stored = await db.invitationDrafts.get(doc.id);
          const draft = keepLocalEdit(draftFromDoc(doc), stored, edits.drafts.get(doc.id));
          if (draft && JSON.stringify(stored) !== JSON.stringify(draft)) await db.invitationDrafts.put(draft);
        }
      } else if (doc.kind === 'collab') {
        if (doc.deleted) await db.collaborations.delete(doc.id);
        else {
          const stored = await db.collaborations.get(doc.id);
          const collab = keepLocalEdit(collabFromDoc(doc), stored, edits.collabs.get(doc.id));
          if (collab && JSON.stringify(stored) !== JSON.stringify(collab)) await db.collaborations.put(collab);
        }
      }
    }

    if (teamLists.size !== listsBefore || docs.some((d) => d.kind === 'list')) {
      await db.meta.put({ key: META_TEAM_LISTS, value: JSON.stringify([...teamLists].sort()) });
    }
    await db.meta.put({ key: META_TEAM_APPLIED, value: typeof appliedSeq === 'number' ? appliedSeq : String(appliedSeq) });
    return displaced;
  });
}

/** Where applying stopped last time (0: nothing applied yet). */
export async function appliedSeq(db: VettokDatabase): Promise<string | number> {
  return (await db.meta.get(META_TEAM_APPLIED))?.value ?? 0;
}

export { Dexie };
