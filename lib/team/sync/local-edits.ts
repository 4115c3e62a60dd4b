/** Record kinds this seat edits and the team shares field by field. */
export type EditedKind = 'lists' | 'entries' | 'drafts' | 'collabs';

/** What this seat changed in a record and has not mapped out yet: the fields, or the whole record gone. */
export type LocalEdit = Set<string> | 'deleted';

/** This seat's changes not yet mapped out to the replica, by kind and record id. */
export type LocalEdits = Record<EditedKind, Map<string, LocalEdit>>;

export const noLocalEdits = (): LocalEdits => ({ lists: new Map(), entries: new Map(), drafts: new Map(), collabs: new Map() });

/** Fields a record holds only on this seat (derived or team marks): never kept over the team's. */
const DERIVED = new Set(['view', 'team']);

/**
 * Notes one change of this seat's record: a new record (every field is this seat's), a deleted
 * one, or an update whose `mods` (Dexie's, which lists an array or object field even when a put
 * left it as it was) are checked against the record `before` it.
 */
export function noteEdit(edits: LocalEdits, kind: EditedKind, id: string, change: { deleted: true } | { created: object } | { before: object; mods: Record<string, unknown> }) {
  if ('deleted' in change) {
    edits[kind].set(id, 'deleted');
    return;
  }
  const held = edits[kind].get(id);
  const next = held instanceof Set ? held : new Set<string>();
  const add = (field: string) => {
    if (!DERIVED.has(field)) next.add(field);
  };
  if ('created' in change) for (const field of Object.keys(change.created)) add(field);
  else {
    const before = change.before as Record<string, unknown>;
    for (const [path, value] of Object.entries(change.mods)) {
      const field = path.split('.')[0]!;
      if (path !== field || JSON.stringify(before[field]) !== JSON.stringify(value)) add(field);
    }
  }
  edits[kind].set(id, next);
}

/** Both sets of edits, the later one winning where both name the same record. */
export function mergeEdits(a: LocalEdits, b: LocalEdits): LocalEdits {
  const out = noLocalEdits();
  for (const kind of Object.keys(out) as EditedKind[]) {
    for (const [id, edit] of a[kind]) out[kind].set(id, edit === 'deleted' ? edit : new Set(edit));
    for (const [id, edit] of b[kind]) {
      const held = out[kind].get(id);
      out[kind].set(id, edit === 'deleted' || !(held instanceof Set) ? edit : new Set([...held, ...edit]));
    }
  }
  return out;
}

/**
 * The record to store when the team's version of a record arrives while this seat has changes
 * of its own not yet mapped out: the team's fields, with this seat's changed fields kept, so the
 * next mapping out stamps only what this seat changed (a three-way merge whose base is what this
 * seat last applied). Null: this seat deleted the record, which stays deleted until mapped out.
 */
export function keepLocalEdit<T extends object>(incoming: T, stored: T | undefined, edit: LocalEdit | undefined): T | null {
  if (!edit) return incoming;
  if (edit === 'deleted') return null;
  if (!stored) return incoming;
  const kept = { ...incoming } as Record<string, unknown>;
  for (const field of edit) {
    if (field in stored) kept[field] = (stored as unknown as Record<string, unknown>)[field];
    else delete kept[field];
  }
  return kept as T;
}
