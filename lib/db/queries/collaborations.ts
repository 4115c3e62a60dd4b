import { partitionRecords } from '../../backup/stored-records';
import type { Collaboration } from '../../collaborations/collaboration';
import type { VettokDatabase } from '../database';

/** Every collaboration, newest first. */
export async function listCollaborations(db: VettokDatabase): Promise<Collaboration[]> {
  // A collaboration the view cannot show is left out here and named by the view (badCollaborations).
  return partitionRecords('collaborations', await db.collaborations.orderBy('updatedAt').reverse().toArray(), Date.now()).good;
}
