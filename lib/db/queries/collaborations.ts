import type { Collaboration } from '../../collaborations/collaboration';
import type { VettokDatabase } from '../database';

/** Every collaboration, newest first. */
export async function listCollaborations(db: VettokDatabase): Promise<Collaboration[]> {
  return db.collaborations.orderBy('updatedAt').reverse().toArray();
}
