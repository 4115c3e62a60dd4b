import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/field-rules';
import { DatabaseNameSchema, ServerUrlSchema, TeamFormSchema, TeamStatusSchema } from '../model/connection';
import { SeatNameSchema } from '../model/stamps';

/** The workspace as the side panel may see it: never the password. */
export const TeamViewSchema = z.object({
  url: ServerUrlSchema,
  database: DatabaseNameSchema,
  user: z.string(),
  seatName: SeatNameSchema,
  connected: z.boolean(),
});

const Status = z.object({ status: TeamStatusSchema });

/** Messages of Settings → Team and the side panel's team controls (all from Vettok's own pages). */
export const TEAM_PROTOCOL = {
  /** The workspace (without the password) and the status line. */
  'team.get': {
    from: ['page'],
    request: z.strictObject({}),
    response: z.object({ team: z.nullable(TeamViewSchema), status: TeamStatusSchema, teamLists: z.array(IdSchema) }),
  },
  /** Connects this seat (the page asked for the server's host permission first) and starts replication. */
  'team.connect': {
    from: ['page'],
    request: z.strictObject({ form: TeamFormSchema }),
    response: Status,
  },
  /** Stops replication; the data stays on this seat. */
  'team.disconnect': {
    from: ['page'],
    request: z.strictObject({}),
    response: Status,
  },
  /** Removes the team's lists and entries from this seat, its replica and the workspace settings (after the merchant confirmed). */
  'team.leave': {
    from: ['page'],
    request: z.strictObject({}),
    response: z.object({ removedLists: z.number() }),
  },
  /** Shares a list with the team (or keeps a list private from now on). */
  'team.list.share': {
    from: ['page'],
    request: z.strictObject({ listId: IdSchema, shared: z.boolean() }),
    response: z.object({ teamLists: z.array(IdSchema) }),
  },
} as const;

export type TeamMessageName = keyof typeof TEAM_PROTOCOL;
