import { createRouter, type Handlers } from '../../messaging/router';
import type { ExtensionIdentity } from '../../messaging/sender';
import { backupHandlers } from './backup';
import { collaborationHandlers } from './collaborations';
import { creatorHandlers } from './creators';
import type { BackgroundDeps } from './deps';
import { ERROR_REPLIES } from './error-replies';
import { invitationHandlers } from './invitations';
import { recordHandlers } from './records';
import { scoutHandlers } from './scout';
import { settingsHandlers } from './settings';
import { shortlistHandlers } from './shortlists';

/** Every message's handler, one domain per file. */
function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...creatorHandlers(deps),
    ...shortlistHandlers(deps),
    ...backupHandlers(deps),
    ...settingsHandlers(deps),
    ...invitationHandlers(deps),
    ...collaborationHandlers(deps),
    ...recordHandlers(deps),
    ...scoutHandlers(deps),
  };
}

/** The background's message router: every handler, with the one table of error replies. */
export function createBackgroundRouter(deps: BackgroundDeps, self: ExtensionIdentity) {
  return createRouter(createHandlers(deps), self, ERROR_REPLIES);
}
