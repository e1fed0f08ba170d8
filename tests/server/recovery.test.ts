/**
 * Crash safety of `npm run server` as a child process: kill it (SIGKILL) while runs are being
 * verified, start it again on the same PGlite folder, and every run reaches a final status,
 * none is lost and none is decided twice (one verdict row per run). Then Ctrl-C (SIGINT)
 * mid-verification stops it cleanly (exit 0), leaving the unfinished runs pending for the
 * next start. Three PGlite cold starts: about a minute or two here.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/server/db';
import type { RunRecord } from '../../src/speedrun/record';
import { botRun, type Child, finalStatus, json, sleep, startChildServer, tempDir } from './helpers';

const dataDir = tempDir('recovery');
const children: Child[] = [];
const env = {
  DATA_DIR: dataDir,
  VERIFY_THREADS: '1',
  RATE_LIMIT_SUBMIT: '10000',
  RATE_LIMIT_READ: '100000',
  DIST_DIR: join(dataDir, 'no-dist'),
};

async function start(): Promise<Child> {
  const c = await startChildServer(env);
  children.push(c);
  return c;
}

const statuses = async (url: string, ids: string[]) =>
  Promise.all(
    ids.map(async (id) => (await json(await fetch(`${url}/api/runs/${id}`))).status as string),
  );

afterAll(() => {
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill and restart', () => {
  it('brings every run to one final status after SIGKILL mid-verification and after Ctrl-C', async () => {
    const records: RunRecord[] = [];
    for (let seed = 11; seed <= 18; seed++) records.push(botRun(seed));
    let server = await start();
    const ids: string[] = [];
    let token: string | undefined;
    for (const record of records) {
      const res = await fetch(`${server.url}/api/runs`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ runner: 'Crash Test', record }),
      });
      expect(res.status).toBe(202);
      const body = await json(res);
      token ??= body.token as string;
      ids.push(body.id as string);
    }
    // Wait until some are decided and some are not, then pull the plug.
    for (;;) {
      const s = await statuses(server.url, ids);
      if (s.includes('verified') && s.filter((x) => x === 'pending').length >= 4) break;
      if (!s.includes('pending')) throw new Error('verification finished before the kill');
      await sleep(50);
    }
    server.proc.kill('SIGKILL');
    expect(await server.exited).toBe(null);

    server = await start();
    // Ctrl-C while the restarted server is verifying: it stops cleanly, work goes back.
    for (;;) {
      const s = await statuses(server.url, ids);
      const pending = s.filter((x) => x === 'pending').length;
      if (pending <= 3 || pending === 0) break;
      await sleep(50);
    }
    server.proc.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/stopped/);

    server = await start();
    const finals = await Promise.all(ids.map((id) => finalStatus(server.url, id, 180_000)));
    expect(finals.map((r) => r.status)).toEqual(ids.map(() => 'verified'));
    expect(finals.map((r) => r.igtTicks)).toEqual(records.map((r) => r.result.igtTicks));
    server.proc.kill('SIGINT');
    expect(await server.exited).toBe(0);

    const db = await openPglite(dataDir);
    try {
      const verdicts = await db.query<{ run_id: string; status: string }>(
        'SELECT run_id, status FROM verdicts',
      );
      expect(verdicts.rows.map((r) => r.run_id).sort()).toEqual([...ids].sort());
      const runs = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM runs WHERE status = 'verified'",
      );
      expect(runs.rows[0]!.n).toBe(ids.length);
    } finally {
      await db.close();
    }
  }, 540_000);
});
