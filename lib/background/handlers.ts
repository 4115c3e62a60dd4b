import * as z from 'zod/mini';
import type { VettokDatabase } from '../db/database';
import { recordSnapshot } from '../db/creators-repository';
import { addToShortlist, UnknownCreatorError, UnknownListError } from '../db/shortlists-repository';
import { listsOf } from '../db/queries/memberships';
import type { IdSource } from '../db/shortlists-repository';
import type { Locale } from '../i18n';
import { translate } from '../i18n';
import { HandlerError } from '../messaging/router';
import type { Handlers } from '../messaging/router';
import type { Assessment } from '../schemas/assessment';
import type { Settings } from '../schemas/settings';
import { assess } from '../scoring/assess';
import { isStorageFullError } from '../db/storage-errors';
import {
  applyDraft,
  deleteDraft,
  DraftNotReadyError,
  draftForQuickInvite,
  saveDraft,
  UnknownCreatorsError,
  UnknownDraftError,
} from '../db/invitations-repository';
import { scanClaims } from '../invitations/claim-scanner';
import type { ClaimScanner } from '../invitations/lint';
import { addOptions } from '../db/shortlists-repository';
import { createList, deleteList, renameList, setListArchived } from '../db/list-admin-repository';
import { bulkUpdateEntries, UnknownEntryError, updateEntry, type UndoRecord } from '../db/entries-repository';
import { eraseAll, importData, recordBackup } from '../db/backup-repository';
import { existingKeys } from '../db/queries/backup-data';
import { findInvitation, listDrafts } from '../db/queries/invitations';
import { planImport } from '../backup/import-plan';
import { readBackup } from '../backup/read-backup';
import { LOST_SESSION_MESSAGE } from '../backup/import-failure';
import { countsOf, MAX_BACKUP_BYTES } from '../backup/backup-format';
import {
  addResult,
  CollaborationRefusedError,
  recordExtension,
  removeResult,
  startCollaboration,
  UnknownCollaborationError,
  updateCollaboration,
} from '../db/collaborations-repository';
import { creatorOutcome } from '../collaborations/commerce-flags';
import { createImportSessions } from './import-sessions';
import { createUndoStore } from './undo-store';
import { applyUndoSince } from './undo-apply';
import { creatorPageKey, forgetIfMovedOn, type TabCreator } from './tab-page';
import { getCreator } from '../db/queries/creators';
import { createScoutHandlers, type ScoutDeps } from './scout-handlers';

/** Everything the background's handlers need from the browser, passed in so tests can fake it. */
export interface BackgroundDeps {
  db: VettokDatabase;
  now(): number;
  ids: IdSource;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  locale(): Promise<Locale>;
  /** Remembers which creator a tab shows, and on which page (survives service-worker restarts). */
  tabCreators: {
    get(tabId: number): Promise<TabCreator | null>;
    set(tabId: number, shown: TabCreator | null): Promise<void>;
  };
  /**
   * The tab's URL now (null when the tab is gone or on a site the extension may not see). Without it
   * the recorded creator is taken as still shown.
   */
  tabUrl?(tabId: number): Promise<string | null>;
  setBadge(tabId: number, assessment: Assessment | null): Promise<void>;
  /**
   * The text of the backup file the side panel staged under `key` (lib/db/import-staging.ts), the
   * staging store emptied; null when there is none. Without it only chunked imports work.
   */
  takeStagedImport?(key: string, maxBytes: number): Promise<{ text: string } | { tooLarge: number } | null>;
  /** Empties the staging store (erase everything: no backup file outlives the data). */
  clearStagedImports?(): Promise<void>;
  /** Rows written so far by a running import (shown in the side panel); optional. */
  importProgress?(done: number, total: number): void;
  /** Banned-claims checker for invitation messages; the app's adapter unless a test passes one. */
  claimScanner?: ClaimScanner;
  /** The merchant's IANA time zone for collaboration deadlines; UTC when not given. */
  timeZone?(): string;
  /** Re-plans reminders, alarms and the badge after a collaboration changed (lib/background/reminders.ts). */
  collaborationsChanged?(): Promise<void>;
}

/** A collaboration write: refusals become validation errors; reminders are re-planned after it. */
async function collabWrite<T>(deps: BackgroundDeps, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await storageSafe(work);
  } catch (error) {
    if (error instanceof UnknownCollaborationError || error instanceof CollaborationRefusedError) {
      throw new HandlerError('invalid-payload', error.message);
    }
    if (error instanceof z.core.$ZodError) throw new HandlerError('invalid-payload', error.message);
    throw error;
  }
  // The write is done: a failed re-plan must not turn it into an error (the next start re-plans).
  await deps.collaborationsChanged?.().catch((error: unknown) => console.warn('reminders not re-planned', error));
  return result;
}

function invitationError(error: unknown): never {
  if (error instanceof UnknownDraftError || error instanceof UnknownCreatorsError || error instanceof DraftNotReadyError) {
    throw new HandlerError('invalid-payload', error.message);
  }
  throw error;
}

async function storageSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStorageFullError(error)) {
      throw new HandlerError('storage-full', 'The browser has no room left for Vettok data; nothing was saved.');
    }
    throw error;
  }
}

/** Turns "no such list/entry/creator" into a validation error the page can show. */
async function known<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await storageSafe(work);
  } catch (error) {
    if (error instanceof UnknownCreatorError || error instanceof UnknownListError || error instanceof UnknownEntryError) {
      throw new HandlerError('invalid-payload', error.message);
    }
    throw error;
  }
}

export function createHandlers(deps: BackgroundDeps & ScoutDeps): Handlers {
  const scanner = deps.claimScanner ?? scanClaims;
  const undos = createUndoStore(deps.ids);
  const imports = createImportSessions(deps.ids);
  const remember = (undo: UndoRecord, affected: number) => ({ undoId: undos.put(undo), affected });
  return {
    async 'snapshot.submit'({ snapshot }, { tabId, sender }) {
      const now = deps.now();
      // The overlay waits for this reply to show the score: independent reads and writes run
      // side by side, and the reply still comes only after everything is written.
      const [settings, collaborations, locale] = await Promise.all([deps.settings(), deps.db.collaborations.toArray(), deps.locale()]);
      // What happened with this creator before (terminated for low ROI, sample never posted) feeds the assessment.
      const outcome = creatorOutcome(collaborations, snapshot.handle, now, deps.timeZone?.() ?? 'UTC');
      const creator = await storageSafe(() =>
        recordSnapshot(deps.db, snapshot, (history, at) => assess(history, settings, at, { outcomeFlags: outcome.flags }), now),
      );
      const [options] = await Promise.all([
        addOptions(deps.db, creator.handle),
        // The page the snapshot was read on (an in-app navigation leaves the sender's URL at the first page).
        tabId === null ? null : deps.tabCreators.set(tabId, { handle: creator.handle, page: creatorPageKey(snapshot.url ?? sender.url) }),
        tabId === null ? null : deps.setBadge(tabId, creator.assessment),
      ]);
      return {
        assessment: creator.assessment,
        lists: options.memberOf,
        listChoices: options.lists,
        lastListId: options.lastListId,
        locale,
      };
    },

    async 'page.unreadable'(_request, { tabId }) {
      if (tabId !== null) {
        await deps.tabCreators.set(tabId, null);
        await deps.setBadge(tabId, null);
      }
      return { locale: await deps.locale() };
    },

    async 'shortlist.add'(request) {
      const locale = await deps.locale();
      try {
        const { entry, list } = await storageSafe(() =>
          addToShortlist(deps.db, request, {
            listName: translate(locale, 'shortlist.default'),
            now: deps.now(),
            ids: deps.ids,
          }),
        );
        const options = await addOptions(deps.db, request.handle);
        return { entryId: entry.id, list, lists: options.memberOf, listChoices: options.lists, lastListId: options.lastListId };
      } catch (error) {
        if (error instanceof UnknownCreatorError || error instanceof UnknownListError) {
          throw new HandlerError('invalid-payload', error.message);
        }
        throw error;
      }
    },

    async 'list.create'({ name }) {
      return { list: await known(() => createList(deps.db, name, deps.now(), deps.ids)) };
    },

    async 'list.rename'({ listId, name }) {
      return { list: await known(() => renameList(deps.db, listId, name)) };
    },

    async 'list.archive'({ listId, archived }) {
      return { list: await known(() => setListArchived(deps.db, listId, archived)) };
    },

    async 'list.delete'({ listId }) {
      const { list, entries } = await known(() => deleteList(deps.db, listId));
      return remember({ lists: [list], entries, removeEntryIds: [] }, entries.length);
    },

    async 'entry.update'({ entryId, patch }) {
      const { before, after } = await known(() => updateEntry(deps.db, entryId, patch));
      return { entry: after, undoId: undos.put({ lists: [], entries: [before], removeEntryIds: [] }) };
    },

    async 'entries.bulk'({ entryIds, action }) {
      const { affected, undo } = await known(() => bulkUpdateEntries(deps.db, entryIds, action, { now: deps.now(), ids: deps.ids }));
      return remember(undo, affected);
    },

    async 'undo.apply'({ undoId }) {
      const undo = undos.get(undoId);
      if (!undo) return { restored: false, merged: 0, refusal: 'gone' as const };
      // Spent only once applied: a refusal or a failed write leaves it to try again.
      const outcome = await known(() => applyUndoSince(deps.db, undo));
      if (!outcome.restored) return { restored: false, merged: 0, refusal: outcome.refusal };
      undos.spend(undoId);
      return { restored: true, merged: outcome.merged, refusal: null };
    },

    async 'backup.import.begin'({ chunks, totalChars, staged }) {
      if (totalChars > MAX_BACKUP_BYTES) {
        throw new HandlerError('too-large', `a backup of ${totalChars} characters is larger than ${MAX_BACKUP_BYTES}; nothing was read`);
      }
      if (staged === undefined) return { sessionId: imports.begin(chunks, totalChars) };
      const file = deps.takeStagedImport ? await deps.takeStagedImport(staged, MAX_BACKUP_BYTES) : null;
      if (file === null) throw new HandlerError('invalid-payload', 'no staged file under this key; nothing was read');
      if ('tooLarge' in file) {
        throw new HandlerError('too-large', `a backup of ${file.tooLarge} bytes is larger than ${MAX_BACKUP_BYTES}; nothing was read`);
      }
      // The whole text is one chunk of the session; the check that follows is the same as for chunks.
      const sessionId = imports.begin(1, file.text.length);
      imports.add(sessionId, 0, file.text);
      return { sessionId };
    },

    async 'backup.import.chunk'({ sessionId, index, text }) {
      const received = imports.add(sessionId, index, text);
      if (received === null) throw new HandlerError('invalid-payload', LOST_SESSION_MESSAGE);
      return { received };
    },

    async 'backup.import.check'({ sessionId }) {
      const text = imports.text(sessionId);
      // Chunks missing, or no session at all: the background restarted meanwhile and forgot it.
      if (text === null) {
        const code = imports.began(sessionId) ? 'incomplete' : 'interrupted';
        return { imported: false, code, detail: 'the file did not arrive completely; nothing was written' };
      }
      const result = await readBackup(text);
      imports.checked(sessionId, result.ok ? result.backup : null);
      if (!result.ok) return { imported: false, code: result.code, detail: result.detail };
      const keys = await existingKeys(deps.db);
      const data = result.backup.data;
      return {
        checked: true,
        createdAt: result.backup.createdAt,
        counts: countsOf(data),
        plans: { merge: planImport(data, keys, 'merge'), replace: planImport(data, keys, 'replace') },
      };
    },

    async 'backup.import.commit'({ sessionId, mode }) {
      const backup = imports.take(sessionId);
      if (!backup) {
        // A session this background never began: it restarted between the preview and the confirmation.
        const code = imports.began(sessionId) ? 'incomplete' : 'interrupted';
        return { imported: false, code, detail: 'no checked file to import; nothing was written' };
      }
      await storageSafe(() => importData(deps.db, backup.data, mode, (done, total) => deps.importProgress?.(done, total)));
      return { imported: true, counts: countsOf(backup.data) };
    },

    async 'backup.recorded'() {
      const at = deps.now();
      await storageSafe(() => recordBackup(deps.db, at));
      return { at };
    },

    async 'data.erase'() {
      await eraseAll(deps.db);
      await deps.clearStagedImports?.();
      return { erased: true };
    },

    async 'settings.get'() {
      return deps.settings();
    },

    async 'settings.save'({ settings }) {
      await deps.saveSettings(settings);
      return deps.settings();
    },

    async 'tab.creator'({ tabId }) {
      // The tab may have moved on (another creator, the feed, another site) since it submitted.
      if (deps.tabUrl && !(await forgetIfMovedOn(deps, tabId, await deps.tabUrl(tabId)))) return { creator: null, lists: [] };
      const shown = await deps.tabCreators.get(tabId);
      const creator = shown ? ((await getCreator(deps.db, shown.handle)) ?? null) : null;
      return { creator, lists: creator ? await listsOf(deps.db, creator.handle) : [] };
    },

    async 'invitation.draft.save'({ draft }) {
      return { draft: await storageSafe(() => saveDraft(deps.db, draft, deps.now())) };
    },

    async 'invitation.draft.delete'({ id }) {
      return { deleted: await deleteDraft(deps.db, id) };
    },

    async 'invitation.apply'({ draftId, handles }) {
      const invitations = await storageSafe(() =>
        applyDraft(deps.db, { draftId, handles }, { now: deps.now(), ids: deps.ids, scanner, source: 'shortlist' }),
      ).catch(invitationError);
      return { invitations };
    },

    async 'invitation.inviteCreator'({ handle, draftId }, { sender }) {
      const now = deps.now();
      const draft = await draftForQuickInvite(deps.db, draftId, scanner, now);
      if (!draft) throw new HandlerError('invalid-payload', 'no ready invitation draft: finish one in the side panel first');
      // Clicking again does not invite the same creator twice with the same draft.
      const existing = await findInvitation(deps.db, draft.id, handle);
      if (existing) return { invitationId: existing.id, draftId: draft.id, draftName: draft.name };
      const source = sender.url?.startsWith('https://') ? 'overlay' : 'shortlist';
      const [invitation] = await storageSafe(() =>
        applyDraft(deps.db, { draftId: draft.id, handles: [handle] }, { now, ids: deps.ids, scanner, source }),
      ).catch(invitationError);
      return { invitationId: invitation!.id, draftId: draft.id, draftName: draft.name };
    },

    async 'invitation.drafts'() {
      // Only the form helper on the Affiliate Center asks (the router refuses every other sender).
      return { drafts: (await listDrafts(deps.db)).filter((d) => !d.terms.isTemplate) };
    },

    async 'collab.start'(request) {
      return collabWrite(deps, () => startCollaboration(deps.db, request, { now: deps.now(), ids: deps.ids }));
    },

    async 'collab.update'({ id, patch }) {
      return { collaboration: await collabWrite(deps, () => updateCollaboration(deps.db, id, patch, deps.now())) };
    },

    async 'collab.result.add'({ id, result }) {
      return { collaboration: await collabWrite(deps, () => addResult(deps.db, id, result, { now: deps.now(), ids: deps.ids })) };
    },

    async 'collab.result.remove'({ id, resultId }) {
      return { collaboration: await collabWrite(deps, () => removeResult(deps.db, id, resultId, deps.now())) };
    },

    async 'collab.extend'({ id }) {
      return { collaboration: await collabWrite(deps, () => recordExtension(deps.db, id, deps.now())) };
    },
    ...createScoutHandlers(deps),
  };
}
