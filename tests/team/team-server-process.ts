/**
 * The test server (team-server.ts) in a process of its own, so a benchmark's seats and the server
 * do not share one thread: `npx tsx tests/team/team-server-process.ts '<setup as JSON>'` prints
 * `listening <url>` and serves until it is killed.
 */
import { startTeamServer, type TeamServerSetup } from './team-server';

const setup = JSON.parse(process.argv[2] ?? '{}') as TeamServerSetup;
const server = await startTeamServer(setup);
process.stdout.write(`listening ${server.url}\n`);
const quit = () => void server.close().finally(() => process.exit(0));
process.on('SIGTERM', quit);
process.on('SIGINT', quit);
