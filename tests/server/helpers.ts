/**
 * Shared by the server tests: temporary data folders (under the OS temp dir), the bundled
 * verification thread, real bot records (cached in data/bench-records like the benchmark's),
 * and a leaderboard server started as a child process (`node scripts/server.mjs main`).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { botRecord, recordCacheDir } from '../../src/server/benchRecords';
import { loadGameEnvs } from '../../src/server/gameEnv';
import type { RunRecord } from '../../src/speedrun/record';

export const root = resolve(import.meta.dirname, '../..');
export const missionsDir = join(root, 'missions');

export const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `shutdown-${name}-`));

/** Bundles src/server (as `npm run server` does) and returns the thread script's path. */
export function builtThreadScript(): string {
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "await (await import('./scripts/buildServer.mjs')).buildServer()",
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return join(root, 'node_modules', '.cache', 'shutdown-server', 'verifyThread.mjs');
}

let env: ReturnType<typeof loadGameEnvs> | null = null;

/** The bot's run of `seed` as a record (from the benchmark's cache when it is there). */
export function botRun(seed: number): RunRecord {
  env ??= loadGameEnvs(missionsDir);
  const game = [...env.values()][0]!;
  const cached = join(recordCacheDir(root, game), `seed-${seed}.replay.json.gz`);
  if (existsSync(cached)) return JSON.parse(gunzipSync(readFileSync(cached)).toString('utf8'));
  return botRecord(game, seed);
}

export const gz = (value: unknown): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(gzipSync(JSON.stringify(value)));

export interface Child {
  url: string;
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export async function startChildServer(env: Record<string, string>): Promise<Child> {
  // The tests need the API, not the game: a stand-in page keeps the server from building the
  // game into DIST_DIR (a minute of work, and files written where a test should not).
  if (env.DIST_DIR && !existsSync(join(env.DIST_DIR, 'index.html'))) {
    mkdirSync(env.DIST_DIR, { recursive: true });
    writeFileSync(join(env.DIST_DIR, 'index.html'), '<!doctype html><title>test</title>');
  }
  const proc = spawn(process.execPath, [join(root, 'scripts', 'server.mjs'), 'main'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: '',
      BUILD_GAME: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const url = await new Promise<string>((res, rej) => {
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        res(m[1]!);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      rej(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
  return { url, proc, output: () => out, exited };
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls a run until it is no longer pending. */
export async function finalStatus(
  url: string,
  id: string,
  timeoutMs = 120_000,
): Promise<Record<string, unknown>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const run = await json(await fetch(`${url}/api/runs/${id}`));
    if (run.status !== 'pending') return run;
    if (Date.now() > end) throw new Error(`run ${id} still pending after ${timeoutMs} ms`);
    await sleep(200);
  }
}
