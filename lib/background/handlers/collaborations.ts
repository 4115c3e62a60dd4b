import { addResult, recordExtension, removeResult, startCollaboration, updateCollaboration, updateResult } from '../../db/collaborations-repository';
import type { Handlers } from '../../messaging/router';
import type { BackgroundDeps } from './deps';

type CollaborationMessages = 'collab.start' | 'collab.update' | 'collab.result.add' | 'collab.result.update' | 'collab.result.remove' | 'collab.extend' | 'collab.open';

/** Collaborations and their results; every write re-plans the reminders. The card's line opens one in the side panel. */
export function collaborationHandlers(deps: BackgroundDeps): Pick<Handlers, CollaborationMessages> {
  async function write<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    // The write is done: a failed re-plan must not turn it into an error (the next start re-plans).
    await deps.collaborationsChanged?.().catch((error: unknown) => console.warn('reminders not re-planned', error));
    return result;
  }
  return {
    async 'collab.start'(request) {
      return write(startCollaboration(deps.db, request, { now: deps.now(), ids: deps.ids }));
    },

    async 'collab.update'({ id, patch }) {
      return { collaboration: await write(updateCollaboration(deps.db, id, patch, deps.now())) };
    },

    async 'collab.result.add'({ id, result }) {
      return { collaboration: await write(addResult(deps.db, id, result, { now: deps.now(), ids: deps.ids })) };
    },

    async 'collab.result.update'({ id, resultId, result }) {
      return { collaboration: await write(updateResult(deps.db, id, resultId, result, deps.now())) };
    },

    async 'collab.result.remove'({ id, resultId }) {
      return { collaboration: await write(removeResult(deps.db, id, resultId, deps.now())) };
    },

    async 'collab.extend'({ id }) {
      return { collaboration: await write(recordExtension(deps.db, id, deps.now())) };
    },

    async 'collab.open'({ handle, collaborationId }, { tabId }) {
      return { opened: deps.openCollaboration ? await deps.openCollaboration(handle, collaborationId, tabId) : false };
    },
  };
}
