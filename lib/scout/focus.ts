import * as z from 'zod/mini';
import { HandleSchema, InstantSchema } from '../schemas/field-rules';
import { freshFocusOf } from '../side-panel/focus';

/**
 * `storage.session` key: the creator whose chip was clicked last, for the side panel's Scouted
 * view to open on (the panel may open after the click, or be open already and follow it).
 */
export const SCOUTED_FOCUS_KEY = 'scoutedFocus';

export const ScoutedFocusSchema = z.object({ handle: HandleSchema, at: InstantSchema });
export type ScoutedFocus = z.infer<typeof ScoutedFocusSchema>;

/** The stored Scouted focus if it is one and still fresh at `now`. */
export function freshFocus(value: unknown, now: number): ScoutedFocus | null {
  return freshFocusOf(ScoutedFocusSchema, value, now);
}

/** `storage.session` key: when scouting began in this browser session (storage.session empties when the browser closes). */
export const SCOUT_SESSION_KEY = 'scoutSessionStart';
