import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VettokDatabase } from '@/lib/db/database';
import { createList } from '@/lib/db/list-admin-repository';
import { createTeamService, TEAM_CONFIG_KEY } from '@/lib/team/service/team-service';
import type { TeamConfig } from '@/lib/team/model/connection';
import { NodePouch } from '../../team/node-pouch';
import { startTeamServer, type TeamServer } from '../../team/team-server';
import { until } from '../../team/seat';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer({ databases: { shop: ['ana'] }, users: { ana: 'pw-ana' } });
});
afterAll(async () => server.close());

let serial = 0;
function service(options: { granted: boolean }) {
  const db = new VettokDatabase(`vettok-service-${process.pid}-${++serial}`);
  const stored = new Map<string, unknown>();
  const opened: string[] = [];
  const badge: boolean[] = [];
  const team = createTeamService({
    db,
    store: { get: async (k) => stored.get(k), set: async (k, v) => void stored.set(k, v), remove: async (k) => void stored.delete(k) },
    openLocal: (name) => new NodePouch(`${name}-${serial}`, { adapter: 'memory' }),
    openRemote: (url, user, password) => {
      opened.push(url);
      return new NodePouch(url, { skip_setup: true, auth: { username: user, password } } as PouchDB.Configuration.RemoteDatabaseConfiguration);
    },
    hasOrigin: async () => options.granted,
    showError: async (error) => void badge.push(error),
    now: () => Date.now(),
    newSeatId: () => `seat-${serial}`,
  });
  return { db, stored, opened, badge, team };
}
const form = () => ({ url: server.url, database: 'shop', user: 'ana', password: 'pw-ana', seatName: 'Ana' });
const noContext = {} as never;

describe('the team workspace in the background', () => {
  it('with no workspace: status off and no server handle is ever made', async () => {
    const { team, opened } = service({ granted: true });
    await team.resume();
    expect((await team.handlers['team.get']({}, noContext)).status.state).toBe('off');
    expect(opened).toEqual([]);
  });

  it('refuses to connect without the host permission for that origin', async () => {
    const { team, opened } = service({ granted: false });
    await expect(team.handlers['team.connect']({ form: form() }, noContext)).rejects.toThrow(/no permission to reach http:\/\/127\.0\.0\.1:\d+/);
    expect(opened).toEqual([]);
  });

  it('connects, keeps the password out of what pages see, disconnects keeping data, leaves removing team data', async () => {
    const { team, db, stored } = service({ granted: true });
    const shared = await createList(db, 'Team picks', Date.now(), { newId: () => 'l-team' });
    await createList(db, 'Mine', Date.now(), { newId: () => 'l-mine' });
    await team.handlers['team.list.share']({ listId: shared.id, shared: true }, noContext);
    await team.handlers['team.connect']({ form: form() }, noContext);
    await until('connected', async () => (await team.handlers['team.get']({}, noContext)).status.state === 'connected');
    const seen = await team.handlers['team.get']({}, noContext);
    expect(seen.team).toEqual({ url: server.url, database: 'shop', user: 'ana', seatName: 'Ana', connected: true });
    expect(JSON.stringify(seen)).not.toContain('pw-ana');
    expect((stored.get(TEAM_CONFIG_KEY) as TeamConfig).password).toBe('pw-ana');
    await until('list on the server', async () => server.db('shop').get(`list:${shared.id}`).then(() => true, () => false));

    await team.handlers['team.disconnect']({}, noContext);
    expect((stored.get(TEAM_CONFIG_KEY) as TeamConfig).connected).toBe(false);
    expect(await db.shortlists.get(shared.id)).toBeDefined();

    expect(await team.handlers['team.leave']({}, noContext)).toEqual({ removedLists: 1 });
    expect(await db.shortlists.get(shared.id)).toBeUndefined();
    expect(await db.shortlists.get('l-mine')).toBeDefined();
    expect(stored.has(TEAM_CONFIG_KEY)).toBe(false);
    // The team's copy on the server is untouched.
    expect((await server.db('shop').get(`list:${shared.id}`)) as { deleted: unknown }).toMatchObject({ deleted: null });
  });

  it('a wrong password turns the badge to its error state', async () => {
    const { team, badge } = service({ granted: true });
    await team.handlers['team.connect']({ form: { ...form(), password: 'wrong' } }, noContext);
    await until('error state', async () => (await team.handlers['team.get']({}, noContext)).status.error === 'wrong-password');
    await until('badge', async () => badge.includes(true));
    await team.handlers['team.disconnect']({}, noContext);
  });
});
