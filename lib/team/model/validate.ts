import { nestingExceeds } from '../../backup/json-depth';
import { TeamDocSchema, docIdOf, type TeamDoc } from './documents';

/** The largest document accepted, as JSON text (a creator with 30 recent videos is ≈ 20,000). */
export const MAX_DOC_CHARS = 200_000;
/** Deeper nesting than any Vettok document has. */
export const MAX_DOC_DEPTH = 16;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DocCheck = { ok: true; doc: TeamDoc } | { ok: false; id: string; reason: string };

function forbiddenKey(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const inner = forbiddenKey((value as Record<string, unknown>)[key]);
    if (inner) return inner;
  }
  return null;
}

const idOf = (raw: unknown) => {
  const id = raw !== null && typeof raw === 'object' ? (raw as { _id?: unknown })._id : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : '(no id)';
};

/**
 * Checks a document that came from the team's server before anything of it reaches the app's
 * database: size, nesting, no prototype keys, every field of the right type and range (zod), and
 * an id that matches the content. A refusal says why in plain words; the document is never used.
 */
export function checkTeamDoc(raw: unknown): DocCheck {
  const id = idOf(raw);
  let text: string;
  try {
    text = JSON.stringify(raw);
  } catch {
    return { ok: false, id, reason: 'not JSON' };
  }
  if (text === undefined) return { ok: false, id, reason: 'not JSON' };
  if (text.length > MAX_DOC_CHARS) return { ok: false, id, reason: `${text.length} characters, more than ${MAX_DOC_CHARS}` };
  if (nestingExceeds(text, MAX_DOC_DEPTH)) return { ok: false, id, reason: `nested deeper than ${MAX_DOC_DEPTH} levels` };
  const key = forbiddenKey(raw);
  if (key) return { ok: false, id, reason: `forbidden key "${key}"` };
  const parsed = TeamDocSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || '(document)';
    return { ok: false, id, reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  if (docIdOf(parsed.data) !== parsed.data._id) return { ok: false, id, reason: `id does not match its content (${docIdOf(parsed.data)})` };
  return { ok: true, doc: parsed.data };
}
