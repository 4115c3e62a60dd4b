import * as z from 'zod/mini';
import { DraftSchema } from '../invitations/draft';

/** Reply to `invitation.drafts` (the Affiliate Center form helper); apart from replies.ts so only that script builds the draft schema. */
export const DraftsReply = z.object({ drafts: z.array(DraftSchema) });
