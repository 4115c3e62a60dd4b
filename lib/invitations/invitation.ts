import * as z from 'zod/mini';
import { HandleSchema, IdSchema, InstantSchema } from '../schemas/field-rules';
import { InvitationTermsSchema } from './terms';

/**
 * One invitation as applied: a draft sent to one batch of ≤ 50 creators (and ≤ 100 products).
 * The terms and message are copied at the time of applying, so later edits of the draft do not
 * change what was agreed. Collaboration tracking builds on these records.
 */
export const InvitationSchema = z.object({
  id: IdSchema,
  draftId: IdSchema,
  draftName: z.string(),
  /** 1-based batch number within one application, and the number of batches it made. */
  batchIndex: z.number(),
  batchCount: z.number(),
  /** Shared by the invitations made in one application. */
  applicationId: IdSchema,
  handles: z.array(HandleSchema),
  productIds: z.array(z.string()),
  terms: InvitationTermsSchema,
  message: z.string(),
  source: z.enum(['shortlist', 'overlay']),
  createdAt: InstantSchema,
});
export type Invitation = z.infer<typeof InvitationSchema>;
