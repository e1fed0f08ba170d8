/**
 * `npm run worker`: verification workers as a separate process against DATABASE_URL (a
 * PostgreSQL server; PGlite belongs to the one process that opened it). Start as many as
 * wanted, on any machine; each takes jobs with FOR UPDATE SKIP LOCKED through pg-boss.
 */
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config';
import { openPostgres } from './db';
import { migrate } from './migrations';
import { reconcile, startBoss } from './queue';
import { startVerifier } from './runtime';

async function main(): Promise<void> {
  const config = configFromEnv();
  if (!config.databaseUrl)
    throw new Error('npm run worker needs DATABASE_URL=postgres://… (the server it works for)');
  const db = await openPostgres(config.databaseUrl, config.verifyThreads + 2);
  await migrate(db);
  const boss = await startBoss(db, config.limits);
  await reconcile(db, boss, config.limits);
  const threads = Math.max(1, config.verifyThreads);
  const verifier = await startVerifier(
    db,
    boss,
    { ...config, verifyThreads: threads },
    fileURLToPath(new URL('./verifyThread.mjs', import.meta.url)),
  );
  console.log(`worker: verifying with ${threads} threads (pid ${process.pid})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`worker: ${signal}: stopping…`);
    await verifier?.stop(10_000);
    await boss.stop({ graceful: false, wait: true, close: false });
    await db.close();
    console.log('worker: stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(`worker: ${(e as Error).message.split('\n')[0]}`);
  process.exit(1);
});
