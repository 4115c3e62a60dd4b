import * as z from 'zod/mini';
import { HandleSchema, InstantSchema } from '../schemas/field-rules';
import { LIST_KINDS } from './list-kinds';

/**
 * Who the merchant saw on list pages, most recent first: one line per creator (the latest
 * sighting), at most MAX_SCOUTED. The creators' figures and assessments live with the creators and
 * their snapshots; this only says who was seen, when and where.
 */
export const MAX_SCOUTED = 1_000;

export const ScoutedSightingSchema = z.object({
  handle: HandleSchema,
  seenAt: InstantSchema,
  kind: z.enum(LIST_KINDS),
});
export type ScoutedSighting = z.infer<typeof ScoutedSightingSchema>;

export const ScoutedLogSchema = z.array(ScoutedSightingSchema);

/** The stored text read back; anything unreadable counts as an empty log (it only lists sightings). */
export function parseScoutedLog(text: unknown): ScoutedSighting[] {
  if (typeof text !== 'string') return [];
  try {
    const parsed = ScoutedLogSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The log with new sightings first (a creator seen again moves up), capped. */
export function withSightings(log: readonly ScoutedSighting[], seen: readonly ScoutedSighting[]): ScoutedSighting[] {
  const fresh = new Map<string, ScoutedSighting>();
  for (const s of seen) if (!fresh.has(s.handle)) fresh.set(s.handle, s);
  return [...fresh.values(), ...log.filter((s) => !fresh.has(s.handle))].slice(0, MAX_SCOUTED);
}
