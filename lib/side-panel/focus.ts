import type * as z from 'zod/mini';

/**
 * How long after a click on a page a side panel that opens still takes it as "opened for this
 * creator" (the click stores a focus in `storage.session`; the panel may open after it).
 */
export const FOCUS_FRESH_MS = 60_000;

/** The stored focus if `value` is one (per `schema`) and still fresh at `now`. */
export function freshFocusOf<T extends { at: number }>(schema: z.ZodMiniType<T>, value: unknown, now: number): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success && now - parsed.data.at <= FOCUS_FRESH_MS ? parsed.data : null;
}
