import * as z from 'zod/mini';
import { CollaborationRefusedError, UnknownCollaborationError } from '../../db/collaborations-repository';
import { UnknownEntryError } from '../../db/entries-repository';
import { DraftNotReadyError, UnknownCreatorsError, UnknownDraftError } from '../../db/invitations-repository';
import { UnknownCreatorError, UnknownListError } from '../../db/shortlists-repository';
import { isStorageFullError } from '../../db/storage-errors';
import type { ErrorReply } from '../../messaging/router';

const instanceOf =
  (...classes: (abstract new (...args: never[]) => unknown)[]) =>
  (error: unknown) =>
    classes.some((c) => error instanceof c);

/**
 * What a handler's error becomes in the reply, first match wins (the router applies it once, for
 * every handler). Anything not listed replies `internal`.
 */
export const ERROR_REPLIES: readonly ErrorReply[] = [
  // Checked first: a write that ran out of room fails the same way whatever it was writing.
  { matches: isStorageFullError, code: 'storage-full', message: 'The browser has no room left for Vettok data; nothing was saved.' },
  // "No such list/entry/creator/draft/collaboration", or a write the record refuses: the page can show it.
  {
    matches: instanceOf(
      UnknownCreatorError,
      UnknownListError,
      UnknownEntryError,
      UnknownDraftError,
      UnknownCreatorsError,
      DraftNotReadyError,
      UnknownCollaborationError,
      CollaborationRefusedError,
    ),
    code: 'invalid-payload',
  },
  // A record the repository's own schema refuses (e.g. a collaboration patch that breaks a rule).
  { matches: (error) => error instanceof z.core.$ZodError, code: 'invalid-payload' },
];
