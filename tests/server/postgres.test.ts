/**
 * The DATABASE_URL path: `npm run server` on a real PostgreSQL server with no verification
 * threads of its own, and `npm run worker` processes doing the verifying. One worker is killed
 * (SIGKILL) in the middle of a verification: its job expires and another worker finishes it.
 * Runs when TEST_DATABASE_URL is set (scripts/with-postgres.sh, which .ci/run uses); it says
 * which database it used, or that it was skipped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db';
import {
  botRun,
  type Child,
  finalStatus,
  json,
  root,
  sleep,
  startChildServer,
  tempDir,
} from './helpers';

const url = process.env.TEST_DATABASE_URL;
const procs: ChildProcess[] = [];

function startWorker(env: Record<string, string>): { proc: ChildProcess; output: () => string } {
  const proc = spawn(process.execPath, [join(root, 'scripts', 'server.mjs'), 'worker'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  procs.push(proc);
  return { proc, output: () => out };
}

afterAll(() => {
  for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
});

describe.skipIf(!url)('PostgreSQL (DATABASE_URL) with separate npm run worker processes', () => {
  it('verifies every run in worker processes, also when one is killed mid-verification', async () => {
    console.log(`leaderboard test database: PostgreSQL at ${url!.replace(/\/\/[^@]*@/, '//')}`);
    const admin = await openPostgres(url!, 1);
    await admin.exec(
      'DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public',
    );
    await admin.close();
    const env = {
      DATABASE_URL: url!,
      VERIFY_TIMEOUT_MS: '20000',
      RATE_LIMIT_SUBMIT: '10000',
      RATE_LIMIT_READ: '100000',
    };
    const server: Child = await startChildServer({
      ...env,
      VERIFY_THREADS: '0',
      DIST_DIR: join(tempDir('pg-dist'), 'no-dist'),
    });
    procs.push(server.proc);
    expect(await json(await fetch(`${server.url}/api/health`))).toMatchObject({
      database: 'postgres',
      verifyThreads: 0,
    });
    const first = startWorker({ ...env, VERIFY_THREADS: '1' });
    const ids: string[] = [];
    let token: string | undefined;
    for (let seed = 21; seed <= 26; seed++) {
      const res = await fetch(`${server.url}/api/runs`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ runner: 'Postgres', record: botRun(seed) }),
      });
      expect(res.status).toBe(202);
      const body = await json(res);
      token ??= body.token as string;
      ids.push(body.id as string);
    }
    // Kill the first worker once it has decided a run and is working on the next.
    for (;;) {
      const s = await Promise.all(
        ids.map(async (id) => (await json(await fetch(`${server.url}/api/runs/${id}`))).status),
      );
      if (s.includes('verified') && s.includes('pending')) break;
      if (!s.includes('pending')) break;
      await sleep(50);
    }
    first.proc.kill('SIGKILL');
    const second = startWorker({ ...env, VERIFY_THREADS: '2' });
    const finals = await Promise.all(ids.map((id) => finalStatus(server.url, id, 240_000)));
    expect(finals.map((r) => `${r.status} ${r.reason ?? ''}`.trim())).toEqual(
      ids.map(() => 'verified'),
    );
    const db = await openPostgres(url!, 1);
    try {
      const v = await db.query<{ run_id: string; decided_by: string }>(
        'SELECT run_id, decided_by FROM verdicts',
      );
      expect(v.rows.map((r) => r.run_id).sort()).toEqual([...ids].sort());
      // The server has no verification threads: every verdict came from a worker process.
      const pids = new Set(v.rows.map((r) => Number(r.decided_by.split(':').pop())));
      expect(pids.has(server.proc.pid!)).toBe(false);
      expect([...pids].every((p) => p === first.proc.pid || p === second.proc.pid)).toBe(true);
    } finally {
      await db.close();
    }
    second.proc.kill('SIGINT');
    server.proc.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(second.output()).toMatch(/verifying with 2 threads/);
  }, 400_000);
});

describe.skipIf(Boolean(url))('PostgreSQL (DATABASE_URL)', () => {
  it('is skipped: TEST_DATABASE_URL is not set (run through scripts/with-postgres.sh)', () => {
    console.log('leaderboard test database: none (PostgreSQL test skipped; PGlite tests ran)');
  });
});
