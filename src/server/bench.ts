/**
 * `npm run bench:server -- [--records M] [--clients N] [--threads T] [--url URL] [--prepare]`: N clients
 * submit M distinct real bot records (complete runs of seeds 1, 2, …, made once and cached in
 * data/bench-records)
 * to a leaderboard server and poll until every run is final. Without --url it starts
 * `npm run server` as a child process on a fresh PGlite folder and a free port, and stops it
 * after. The last stdout line is JSON: submissions/s, p50/p99 submit latency, verified/s and
 * `lost` (runs that never reached a final status: must be 0).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBotRecords, readBytes, recordCacheDir } from './benchRecords';
import { loadGameEnvs } from './gameEnv';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '500' },
    clients: { type: 'string', default: '20' },
    threads: { type: 'string', default: '2' },
    url: { type: 'string' },
    'timeout-s': { type: 'string', default: '1800' },
    /** Only make the cached records. */
    prepare: { type: 'boolean', default: false },
  },
});
const M = Number(values.records);
const N = Number(values.clients);
const root = process.cwd();

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startChild(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'server.mjs'), 'main'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      VERIFY_THREADS: values.threads,
      RATE_LIMIT_SUBMIT: '1000000',
      RATE_LIMIT_READ: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      process.stderr.write(d);
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) res(m[1]!);
    });
    child.on('exit', (code) => rej(new Error(`the server exited (code ${code}) before listening`)));
  });
  return { url, child };
}

async function main(): Promise<void> {
  const envs = loadGameEnvs(resolve(root, 'missions'));
  const env = [...envs.values()][0]!;
  const t0 = performance.now();
  const files = ensureBotRecords(env, recordCacheDir(root, env), M, (made) => {
    if (made % 10 === 0) console.error(`bench: made ${made} bot records…`);
  });
  console.error(
    `bench: ${files.length} records ready (${round((performance.now() - t0) / 1000)} s)`,
  );
  if (values.prepare) return;
  const bodies = files.map(readBytes);

  let child: ChildProcess | null = null;
  let url = values.url;
  const dataDir = resolve(root, 'data', `bench-db-${process.pid}`);
  if (!url) {
    rmSync(dataDir, { recursive: true, force: true });
    const started = await startChild(dataDir);
    child = started.child;
    url = started.url;
  }
  try {
    const health = (await (await fetch(`${url}/api/health`)).json()) as Record<string, unknown>;
    const ids: string[] = new Array(M);
    const latencies: number[] = [];
    let next = 0;
    let failedSubmits = 0;
    const runTag = `${process.pid}`;
    const submitStart = performance.now();
    await Promise.all(
      Array.from({ length: N }, async (_, c) => {
        let token: string | undefined;
        const runner = `bench-${runTag}-${c}`;
        for (let i = next++; i < M; i = next++) {
          const t = performance.now();
          const res = await fetch(`${url}/api/runs?runner=${encodeURIComponent(runner)}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/gzip',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: new Uint8Array(bodies[i]!),
          });
          latencies.push(performance.now() - t);
          const body = (await res.json()) as { id?: string; token?: string; message?: string };
          if (res.status !== 202 && res.status !== 200) {
            failedSubmits++;
            console.error(`bench: submit ${i + 1} → ${res.status} ${body.message}`);
            continue;
          }
          token ??= body.token;
          ids[i] = body.id!;
        }
      }),
    );
    const submitSeconds = (performance.now() - submitStart) / 1000;
    const final = new Map<string, string>();
    const deadline = performance.now() + Number(values['timeout-s']) * 1000;
    const submitted = ids.filter(Boolean);
    let lastReport = 0;
    while (final.size < submitted.length && performance.now() < deadline) {
      const open = submitted.filter((id) => !final.has(id));
      let k = 0;
      await Promise.all(
        Array.from({ length: N }, async () => {
          for (let i = k++; i < open.length; i = k++) {
            const res = await fetch(`${url}/api/runs/${open[i]}`);
            if (res.status !== 200) continue;
            const run = (await res.json()) as { status: string };
            if (run.status !== 'pending') final.set(open[i]!, run.status);
          }
        }),
      );
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        console.error(`bench: ${final.size}/${submitted.length} final…`);
      }
      if (final.size < submitted.length) await sleep(500);
    }
    const totalSeconds = (performance.now() - submitStart) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const verified = [...final.values()].filter((s) => s === 'verified').length;
    console.log(
      JSON.stringify({
        records: M,
        clients: N,
        database: health.database,
        verifyThreads: health.verifyThreads,
        submitted: submitted.length,
        failedSubmits,
        submitSeconds: round(submitSeconds, 2),
        submissionsPerSecond: round(submitted.length / submitSeconds),
        submitLatencyMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) },
        verified,
        rejected: final.size - verified,
        secondsUntilAllFinal: round(totalSeconds, 1),
        // Verified runs only; `finalPerSecond` counts rejected ones too (every decision made).
        verifiedPerSecond: round(verified / totalSeconds, 2),
        finalPerSecond: round(final.size / totalSeconds, 2),
        lost: M - final.size,
      }),
    );
    process.exitCode = M - final.size === 0 ? 0 : 1;
  } finally {
    if (child) {
      child.kill('SIGINT');
      await new Promise((r) => child!.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((e) => {
  console.error(`bench:server: ${(e as Error).message}`);
  process.exit(1);
});
