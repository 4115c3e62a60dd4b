import type { VettokDatabase } from '../../db/database';
import { entryStores } from '../../db/queries/entries';
import { deleteEntriesOfList } from '../../db/entry-store-repository';
import { HandlerError } from '../../messaging/router';
import { databaseUrl, originPattern, TeamConfigSchema, TeamStatusSchema, type TeamConfig, type TeamForm, type TeamStatus } from '../model/connection';
import { createTeamSync, type TeamSync } from '../sync/team-sync';
import { META_TEAM_APPLIED, META_TEAM_LISTS, setTeamList, teamListIds } from '../sync/team-lists';
import type { TeamHandlers } from './team-handlers';

/** `storage.local` keys: the workspace with its credentials (never replicated), and the status line. */
export const TEAM_CONFIG_KEY = 'team';
export const TEAM_STATUS_KEY = 'teamStatus';

export interface TeamServiceDeps {
  db: VettokDatabase;
  store: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void>; remove(key: string): Promise<void> };
  /** This seat's replica of the team's database. */
  openLocal(name: string): PouchDB.Database;
  /** The team's database on its server, with the seat's user name and password. */
  openRemote(url: string, user: string, password: string): PouchDB.Database;
  /** Whether the browser granted the host permission for this origin pattern. */
  hasOrigin(pattern: string): Promise<boolean>;
  /** The toolbar badge's error state. */
  showError(error: boolean): Promise<void>;
  now(): number;
  newSeatId(): string;
}

const OFF = (at: number): TeamStatus => ({ state: 'off', pending: 0, error: null, detail: null, refusals: [], at });

const replicaName = (config: TeamConfig) => `vettok-team-${config.seatId}`;

/**
 * The team workspace in the background: connects, disconnects and leaves, shares lists, and runs
 * the replication (lib/team/sync) while connected. With no workspace connected it creates no
 * database handle and sends nothing: the extension makes no request of its own.
 */
export function createTeamService(deps: TeamServiceDeps) {
  let sync: TeamSync | null = null;
  let status: TeamStatus = OFF(deps.now());
  let writeTimer: ReturnType<typeof setTimeout> | null = null;
  let shownError = false;

  const config = async (): Promise<TeamConfig | null> => {
    const parsed = TeamConfigSchema.safeParse(await deps.store.get(TEAM_CONFIG_KEY));
    return parsed.success ? parsed.data : null;
  };
  async function writeStatus() {
    writeTimer = null;
    await deps.store.set(TEAM_STATUS_KEY, status);
    const error = status.state === 'error';
    if (error !== shownError) {
      shownError = error;
      await deps.showError(error);
    }
  }
  function report(next: TeamStatus) {
    status = next;
    // The status changes with every batch: the side panel gets it a few times a second at most.
    writeTimer ??= setTimeout(() => void writeStatus().catch(() => undefined), 200);
  }

  async function storedRefusals() {
    const parsed = TeamStatusSchema.safeParse(await deps.store.get(TEAM_STATUS_KEY));
    return parsed.success ? parsed.data.refusals : [];
  }

  async function run(current: TeamConfig) {
    await stop();
    if (!(await deps.hasOrigin(originPattern(current.url)))) {
      report({ ...OFF(deps.now()), state: 'error', error: 'no-permission', detail: originPattern(current.url) });
      return;
    }
    sync = createTeamSync({
      db: deps.db,
      local: deps.openLocal(replicaName(current)),
      remote: deps.openRemote(databaseUrl(current), current.user, current.password),
      seat: { seat: current.seatId, name: current.seatName },
      now: deps.now,
      onStatus: report,
      refusals: await storedRefusals(),
    });
    await sync.start();
  }

  async function stop() {
    const running = sync;
    sync = null;
    await running?.stop();
  }

  /** Forgets the replica and how far it was applied: the next connection reads the team's database anew. */
  async function dropReplica(previous: TeamConfig) {
    await deps.openLocal(replicaName(previous)).destroy();
    await deps.db.meta.delete(META_TEAM_APPLIED);
  }

  const view = (c: TeamConfig | null) => (c ? { url: c.url, database: c.database, user: c.user, seatName: c.seatName, connected: c.connected } : null);

  const handlers: TeamHandlers = {
    async 'team.get'() {
      return { team: view(await config()), status, teamLists: [...(await teamListIds(deps.db))] };
    },
    async 'team.connect'({ form }) {
      if (!(await deps.hasOrigin(originPattern(form.url)))) {
        throw new HandlerError('invalid-payload', `no permission to reach ${new URL(form.url).origin}`);
      }
      const previous = await config();
      const sameTeam = previous && previous.url === form.url && previous.database === form.database && previous.user === form.user;
      if (previous && !sameTeam) {
        await stop();
        await dropReplica(previous);
      }
      const next: TeamConfig = TeamConfigSchema.parse({ ...(form satisfies TeamForm), seatId: previous?.seatId ?? deps.newSeatId(), connected: true });
      await deps.store.set(TEAM_CONFIG_KEY, next);
      await run(next);
      return { status };
    },
    async 'team.disconnect'() {
      const current = await config();
      if (current) await deps.store.set(TEAM_CONFIG_KEY, { ...current, connected: false });
      await stop();
      report(OFF(deps.now()));
      return { status };
    },
    async 'team.leave'() {
      const current = await config();
      await stop();
      const lists = [...(await teamListIds(deps.db))];
      await deps.db.transaction('rw', [deps.db.shortlists, ...entryStores(deps.db), deps.db.meta], async () => {
        for (const listId of lists) {
          await deleteEntriesOfList(deps.db, listId);
          await deps.db.shortlists.delete(listId);
        }
        await deps.db.meta.bulkDelete([META_TEAM_LISTS, META_TEAM_APPLIED]);
      });
      if (current) await deps.openLocal(replicaName(current)).destroy();
      await deps.store.remove(TEAM_CONFIG_KEY);
      report(OFF(deps.now()));
      return { removedLists: lists.length };
    },
    async 'team.list.share'({ listId, shared }) {
      if (!(await deps.db.shortlists.get(listId))) throw new HandlerError('invalid-payload', `no shortlist with id ${listId}`);
      await setTeamList(deps.db, listId, shared);
      return { teamLists: [...(await teamListIds(deps.db))] };
    },
  };

  return {
    handlers,
    /** At every start of the background: replication resumes when the workspace is connected. */
    async resume() {
      const current = await config();
      if (current?.connected) await run(current);
      else report(OFF(deps.now()));
    },
  };
}
