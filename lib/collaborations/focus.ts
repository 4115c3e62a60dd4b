import * as z from 'zod/mini';
import { HandleSchema, IdSchema, InstantSchema } from '../schemas/field-rules';
import { freshFocusOf } from '../side-panel/focus';
import type { Collaboration } from './collaboration';
import { normaliseHandle } from './metrics';

/**
 * `storage.session` key: the creator whose collaboration line was clicked last on the card, for
 * the side panel's Collaborations tab to open on (the panel may open after the click, or be open
 * already and follow it).
 */
export const COLLABORATION_FOCUS_KEY = 'collaborationFocus';

/** `collaborationId`: the collaboration the card's line came from, when it named one. */
export const CollaborationFocusSchema = z.object({ handle: HandleSchema, collaborationId: z.nullable(IdSchema), at: InstantSchema });
export type CollaborationFocus = z.infer<typeof CollaborationFocusSchema>;

/** The stored Collaborations focus if it is one and still fresh at `now`. */
export function freshCollaborationFocus(value: unknown, now: number): CollaborationFocus | null {
  return freshFocusOf(CollaborationFocusSchema, value, now);
}

/**
 * The collaboration the focus points at: the one it names if it is still this creator's, else the
 * creator's most recently started one; null when the creator has none.
 */
export function focusedCollaboration(collaborations: readonly Collaboration[], focus: Pick<CollaborationFocus, 'handle' | 'collaborationId'>): Collaboration | null {
  const handle = normaliseHandle(focus.handle);
  const theirs = collaborations.filter((c) => normaliseHandle(c.creatorHandle) === handle);
  const named = theirs.find((c) => c.id === focus.collaborationId);
  if (named) return named;
  return theirs.reduce<Collaboration | null>((newest, c) => (newest === null || c.createdAt > newest.createdAt ? c : newest), null);
}
