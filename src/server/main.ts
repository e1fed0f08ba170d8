/**
 * `npm run server`: the leaderboard and the built game on one port (README, "Leaderboard
 * server"). Ctrl-C (or SIGTERM) stops it cleanly; a second Ctrl-C stops it at once.
 */
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config';
import { startServer } from './runtime';

async function main(): Promise<void> {
  const config = configFromEnv();
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`leaderboard: starting on ${where}…`);
  const server = await startServer(
    config,
    fileURLToPath(new URL('./verifyThread.mjs', import.meta.url)),
  );
  console.log(
    `leaderboard: listening on ${server.url} (${config.verifyThreads} verification threads)`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.log('leaderboard: stopped at once');
      process.exit(130);
    }
    stopping = true;
    console.log(
      `leaderboard: ${signal}: stopping (work in flight finishes or goes back on the queue)…`,
    );
    server.close().then(
      () => {
        console.log('leaderboard: stopped');
        process.exit(0);
      },
      (e) => {
        console.error(`leaderboard: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e) => {
  console.error(`leaderboard: ${(e as Error).message.split('\n')[0]}`);
  process.exit(1);
});
