import * as z from 'zod/mini';
import { CreatorSnapshotSchema } from '../schemas/creator-snapshot';
import { HandleSchema, InstantSchema } from '../schemas/field-rules';

/** A stored visit as a backup holds it (and as the side panel's views check it, stored-records.ts). */
export const SnapshotRowSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  handle: HandleSchema,
  capturedAt: InstantSchema,
  snapshot: CreatorSnapshotSchema,
});
