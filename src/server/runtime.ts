/**
 * Starts the leaderboard in this process: database (PGlite or PostgreSQL), migrations, the
 * pg-boss queue, verification threads (unless there are none), and the HTTP API. `close`
 * stops taking requests, lets verifications in flight finish for a moment and puts the rest
 * back on the queue, then closes the database.
 */
import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { ServerConfig } from './config';
import { type Db, openDb } from './db';
import { loadGameEnvs } from './gameEnv';
import { migrate } from './migrations';
import { enqueue, failOrphans, reconcile, startBoss, Verifier } from './queue';
import { VerifyPool } from './verifyPool';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  db: Db;
  close(graceMs?: number): Promise<void>;
}

const RECONCILE_MS = 30_000;

export async function startServer(
  config: ServerConfig,
  threadScript: string,
): Promise<RunningServer> {
  const envs = loadGameEnvs(config.missionsDir);
  const db = await openDb(config);
  try {
    await migrate(db);
    const boss = await startBoss(db, config.limits);
    // With the embedded database this process is the only one: active jobs are orphans.
    if (db.kind === 'pglite') await failOrphans(db);
    const verifier = await startVerifier(db, boss, config, threadScript);
    await reconcile(db, boss, config.limits);
    const timer = setInterval(() => {
      reconcile(db, boss, config.limits).catch((e) =>
        console.error(`reconcile: ${(e as Error).message}`),
      );
    }, RECONCILE_MS);
    timer.unref();
    const app = await buildApp({
      db,
      envs,
      config,
      submitted: async (id) => {
        await enqueue(boss, id, config.limits);
        verifier?.wake();
      },
      verifierInfo: () => ({
        threads: verifier ? config.verifyThreads : 0,
        busy: verifier?.busy ?? 0,
      }),
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}`,
      app,
      db,
      close: async (graceMs = 10_000) => {
        clearInterval(timer);
        await app.close();
        await verifier?.stop(graceMs);
        await boss.stop({ graceful: false, wait: true, close: false });
        await db.close();
      },
    };
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
}

export async function startVerifier(
  db: Db,
  boss: Awaited<ReturnType<typeof startBoss>>,
  config: ServerConfig,
  threadScript: string,
): Promise<Verifier | null> {
  if (config.verifyThreads === 0) return null;
  const pool = new VerifyPool({
    threads: config.verifyThreads,
    script: threadScript,
    missionsDir: config.missionsDir,
    limits: config.limits,
  });
  const verifier = new Verifier({
    db,
    boss,
    pool,
    limits: config.limits,
    name: `${hostname()}:${process.pid}`,
  });
  verifier.start();
  return verifier;
}
