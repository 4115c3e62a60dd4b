import * as z from 'zod/mini';
import { InstantSchema } from '../../schemas/field-rules';
import { SeatIdSchema, SeatNameSchema } from './stamps';

/** The longest note text accepted (the side panel's note field allows 2,000 characters). */
export const MAX_NOTE_CHARS = 2000;
/** How many earlier versions a note version remembers having replaced. */
export const MAX_REPLACED = 200;
/** How many concurrent versions of a note a document may carry. */
export const MAX_NOTE_VERSIONS = 10;

/**
 * One version of a note, written on one seat. `replaces` names (by `key`) every version it was
 * written over, and the versions those replaced, so a merge can tell an edit from a concurrent one.
 */
export const NoteVersionSchema = z.strictObject({
  text: z.string().check(z.maxLength(MAX_NOTE_CHARS)),
  at: InstantSchema,
  seat: SeatIdSchema,
  name: SeatNameSchema,
  replaces: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(MAX_REPLACED)),
});
export type NoteVersion = z.infer<typeof NoteVersionSchema>;

export const noteKey = (v: Pick<NoteVersion, 'at' | 'seat'>) => `${v.at}:${v.seat}`;

const order = (a: NoteVersion, b: NoteVersion) =>
  a.at - b.at || (a.seat < b.seat ? -1 : a.seat > b.seat ? 1 : 0) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/**
 * The versions of a note after two revisions met: every version either side holds, minus those
 * another one replaced. Two seats that edited the same note apart keep both versions (shown with
 * the "edited on two seats" marker) until a merchant writes over them.
 */
export function mergeNotes(a: readonly NoteVersion[], b: readonly NoteVersion[]): NoteVersion[] {
  const all = new Map<string, NoteVersion>();
  for (const v of [...a, ...b]) all.set(`${noteKey(v)}:${v.text}`, v);
  const replaced = new Set<string>();
  for (const v of all.values()) for (const key of v.replaces) replaced.add(key);
  return [...all.values()].filter((v) => !replaced.has(noteKey(v))).sort(order);
}

/** The text a merchant sees: one version as written; concurrent versions one after the other, oldest first. */
export function noteText(versions: readonly NoteVersion[]): string {
  return versions.map((v) => v.text).join('\n\n');
}

/** The versions after a local edit: unchanged when the text is what the merchant saw, else one new version over all of them. */
export function editedNote(previous: readonly NoteVersion[], text: string, by: { at: number; seat: string; name: string }): NoteVersion[] {
  if (noteText(previous) === text) return [...previous];
  if (previous.length === 0 && text === '') return [];
  const replaces = [...new Set(previous.flatMap((v) => [noteKey(v), ...v.replaces]))]
    .sort((x, y) => Number(y.split(':')[0]) - Number(x.split(':')[0]))
    .slice(0, MAX_REPLACED);
  return [{ text, at: by.at, seat: by.seat, name: by.name, replaces }];
}
