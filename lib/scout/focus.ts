import * as z from 'zod/mini';
import { HandleSchema, InstantSchema } from '../schemas/field-rules';

/**
 * `storage.session` key: the creator whose chip was clicked last, for the side panel's Scouted
 * view to open on (the panel may open after the click, or be open already and follow it).
 */
export const SCOUTED_FOCUS_KEY = 'scoutedFocus';

export const ScoutedFocusSchema = z.object({ handle: HandleSchema, at: InstantSchema });
export type ScoutedFocus = z.infer<typeof ScoutedFocusSchema>;

/** How long after the click a side panel that opens still takes it as "opened for this creator". */
export const FOCUS_FRESH_MS = 60_000;

/** The stored focus if it is one and still fresh at `now`. */
export function freshFocus(value: unknown, now: number): ScoutedFocus | null {
  const parsed = ScoutedFocusSchema.safeParse(value);
  return parsed.success && now - parsed.data.at <= FOCUS_FRESH_MS ? parsed.data : null;
}

/** `storage.session` key: when scouting began in this browser session (storage.session empties when the browser closes). */
export const SCOUT_SESSION_KEY = 'scoutSessionStart';
