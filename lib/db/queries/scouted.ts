import { parseScoutedLog, type ScoutedSighting } from '../../scout/scouted-log';
import type { VettokDatabase } from '../database';

/** `meta` key of the scouted log (lib/scout/scouted-log.ts). */
export const META_SCOUTED = 'scoutedLog';

/** Everyone in the scouted log, most recent first. */
export async function scoutedLog(db: VettokDatabase): Promise<ScoutedSighting[]> {
  return parseScoutedLog((await db.meta.get(META_SCOUTED))?.value);
}
