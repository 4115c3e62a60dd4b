import Dexie from 'dexie';
import type { VettokDatabase } from '../../db/database';
import { getCreators } from '../../db/queries/creators';
import { entriesOfList, entryStores, getEntries } from '../../db/queries/entries';
import type { Collaboration } from '../../collaborations/collaboration';
import type { Draft } from '../../invitations/draft';
import type { CreatorRecord, Shortlist, ShortlistEntry } from '../../schemas/records';
import type { Visit } from '../model/mapping';
import { teamListIds } from './team-lists';

/** Which of this seat's records a flush looks at: ids by kind (visits by handle). */
export interface RecordKeys {
  lists: Set<string>;
  entries: Set<string>;
  /** Creators (and their visits) by handle. */
  creators: Set<string>;
  drafts: Set<string>;
  collabs: Set<string>;
}

export const emptyKeys = (): RecordKeys => ({ lists: new Set(), entries: new Set(), creators: new Set(), drafts: new Set(), collabs: new Set() });
export const keyCount = (k: RecordKeys) => k.lists.size + k.entries.size + k.creators.size + k.drafts.size + k.collabs.size;

/** The team's records this seat holds now, for the keys asked (null = all of them). */
export interface TeamRecords {
  teamLists: Set<string>;
  lists: Map<string, Shortlist | null>;
  entries: Map<string, ShortlistEntry | null>;
  creators: Map<string, CreatorRecord | null>;
  visits: Map<string, Visit[]>;
  drafts: Map<string, Draft | null>;
  collabs: Map<string, Collaboration | null>;
}

const strip = ({ view: _v, team: _t, ...entry }: ShortlistEntry & { view?: unknown; team?: unknown }): ShortlistEntry => entry;

/**
 * Reads what the team shares from this seat's database: the team lists, their entries, those
 * entries' creators and visits, every invitation draft and every collaboration. With `keys`, only
 * those records (a record asked for and gone reads as null: it was deleted here).
 */
export async function readTeamRecords(db: VettokDatabase, keys: RecordKeys | null): Promise<TeamRecords> {
  return db.transaction('r', [db.meta, db.shortlists, ...entryStores(db), db.creatorBuckets, db.snapshots, db.invitationDrafts, db.collaborations], async () => {
    const teamLists = await teamListIds(db);
    const listIds = keys ? [...keys.lists] : [...teamLists];
    const lists = new Map<string, Shortlist | null>();
    (await db.shortlists.bulkGet(listIds)).forEach((l, i) => lists.set(listIds[i]!, l && teamLists.has(l.id) ? l : null));

    const entries = new Map<string, ShortlistEntry | null>();
    if (keys) {
      const ids = [...keys.entries];
      (await getEntries(db, ids)).forEach((e, i) => entries.set(ids[i]!, e && teamLists.has(e.listId) ? strip(e) : null));
    } else {
      for (const listId of teamLists) for (const e of await entriesOfList(db, listId)) entries.set(e.id, strip(e));
    }
    // Creators of the team's entries; with keys, those asked that some team entry holds.
    const handles = new Set<string>();
    for (const e of entries.values()) if (e) handles.add(e.handle);
    if (keys && keys.creators.size > 0) {
      const teamHandles = new Set<string>();
      for (const listId of teamLists) for (const e of await entriesOfList(db, listId)) teamHandles.add(e.handle);
      for (const h of keys.creators) if (teamHandles.has(h)) handles.add(h);
    }
    const wanted = [...handles];
    const creators = new Map<string, CreatorRecord | null>();
    (await getCreators(db, wanted)).forEach((c, i) => creators.set(wanted[i]!, c ?? null));
    const visits = new Map<string, Visit[]>();
    for (const handle of wanted) visits.set(handle, []);
    const ranges = wanted.map((h) => [[h, Dexie.minKey], [h, Dexie.maxKey]] as [[string, unknown], [string, unknown]]);
    const rows = ranges.length ? await db.snapshots.where('[handle+capturedAt]').inAnyRange(ranges).toArray() : [];
    for (const r of rows) {
      visits.get(r.handle)?.push({ handle: r.handle, capturedAt: r.capturedAt, snapshot: r.snapshot });
    }

    const drafts = new Map<string, Draft | null>();
    const collabs = new Map<string, Collaboration | null>();
    if (keys) {
      const d = [...keys.drafts];
      (await db.invitationDrafts.bulkGet(d)).forEach((x, i) => drafts.set(d[i]!, x ?? null));
      const c = [...keys.collabs];
      (await db.collaborations.bulkGet(c)).forEach((x, i) => collabs.set(c[i]!, x ?? null));
    } else {
      for (const x of await db.invitationDrafts.toArray()) drafts.set(x.id, x);
      for (const x of await db.collaborations.toArray()) collabs.set(x.id, x);
    }
    return { teamLists, lists, entries, creators, visits, drafts, collabs };
  });
}
