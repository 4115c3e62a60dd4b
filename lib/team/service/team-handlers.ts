import { HandlerError, type HandlerContext } from '../../messaging/router';
import type { RequestOf, ResponseOf } from '../../messaging/protocol';
import type { TeamMessageName } from './team-protocol';

export type TeamHandlers = {
  [N in TeamMessageName]: (request: RequestOf<N>, context: HandlerContext) => Promise<ResponseOf<N>>;
};

const unavailable = async (): Promise<never> => {
  throw new HandlerError('internal', 'the team workspace is not available in this context');
};

/** The team workspace's handlers (lib/team/service/team-service.ts), or refusals where it does not run. */
export function teamHandlers(team: TeamHandlers | undefined): TeamHandlers {
  return team ?? { 'team.get': unavailable, 'team.connect': unavailable, 'team.disconnect': unavailable, 'team.leave': unavailable, 'team.list.share': unavailable };
}
