/**
 * The leaderboard API against a real server on 127.0.0.1 (PGlite in a temp folder, real
 * verification threads, wrapped by fixtures/faultyThread.mjs so hostile records can hang,
 * fill the heap or crash their thread): status codes and JSON errors, token claims, dedupe,
 * ranking with ties, rate limits, worker limits. One server per database: PGlite always (its
 * cold start takes 10–30 s here), and a real PostgreSQL server too when TEST_DATABASE_URL is set
 * (scripts/with-postgres.sh, which .ci/run uses), in a database of its own so the worker test
 * (postgres.test.ts) can run beside it. The worker-limit test runs once, on PGlite: it tests the
 * verification threads, which are the same whatever the database.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { configFromEnv } from '../../src/server/config';
import { openPostgres } from '../../src/server/db';
import { loadGameEnvs } from '../../src/server/gameEnv';
import { type RunningServer, startServer } from '../../src/server/runtime';
import type { RunRecord } from '../../src/speedrun/record';
import {
  botRun,
  builtThreadScript,
  finalStatus,
  gz,
  json,
  missionsDir,
  root,
  tempDir,
} from './helpers';

const seed1 = botRun(1);
const seed2 = botRun(2);
const seed3 = botRun(3);

const variant = (r: RunRecord, startedAt: string, runner?: string): RunRecord => ({
  ...r,
  run: { ...r.run, startedAt, ...(runner ? { runner } : {}) },
});

/** A record that parses and is stored but never verifies (one command left out), so it never ranks. */
function tamperedVariant(r: RunRecord, startedAt: string): RunRecord {
  const t = structuredClone(variant(r, startedAt));
  const i = t.commands.findIndex(([, c]) => c.type === 'throttle');
  expect(i).toBeGreaterThan(0);
  t.commands.splice(i, 1);
  return t;
}

/** The server the suite running now talks to. */
let url = '';

async function submit(record: unknown, runner: string, token?: string) {
  const res = await fetch(`${url}/api/runs`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ runner, record }),
  });
  return { status: res.status, body: await json(res) };
}

const pgUrl = process.env.TEST_DATABASE_URL;

/** A fresh database of its own on the PostgreSQL server, so the suite starts empty. */
async function freshPostgresDatabase(base: string): Promise<string> {
  const admin = await openPostgres(base, 1);
  try {
    await admin.exec('DROP DATABASE IF EXISTS shutdown_api_test WITH (FORCE)');
    await admin.exec('CREATE DATABASE shutdown_api_test');
  } finally {
    await admin.close();
  }
  const u = new URL(base);
  u.pathname = '/shutdown_api_test';
  return u.toString();
}

const databases: { name: string; database: () => Promise<string | undefined>; faults: boolean }[] =
  [
    { name: 'PGlite', database: async () => undefined, faults: true },
    ...(pgUrl
      ? [{ name: 'PostgreSQL', database: () => freshPostgresDatabase(pgUrl), faults: false }]
      : []),
  ];

describe.each(databases)('leaderboard API on $name', ({ name, database, faults }) => {
  let server: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    builtThreadScript();
    dataDir = tempDir('api');
    const databaseUrl = await database();
    const config = configFromEnv(
      {
        DATA_DIR: dataDir,
        PORT: '0',
        VERIFY_THREADS: '2',
        VERIFY_TIMEOUT_MS: '15000',
        VERIFY_HEAP_MB: '96',
        RATE_LIMIT_SUBMIT: '10000',
        RATE_LIMIT_READ: '100000',
        DIST_DIR: join(dataDir, 'no-dist'),
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
      root,
    );
    server = await startServer(
      config,
      join(root, 'tests', 'server', 'fixtures', 'faultyThread.mjs'),
    );
    url = server.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }, 180_000);

  afterAll(async () => {
    await server?.close(1000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs on the database it names', async () => {
    const health = await json(await fetch(`${url}/api/health`));
    expect(health.database).toBe(name === 'PGlite' ? 'pglite' : 'postgres');
    console.log(`leaderboard API test database: ${name}`);
  });

  let aliceToken = '';
  let aliceRun = '';
  /** Bob's runner token: the bad-input test claims the name with seed 3's run. */
  let bobToken = '';

  it('says what it is at /api/health and describes itself at /api/openapi.json', async () => {
    const health = await json(await fetch(`${url}/api/health`));
    expect(health).toMatchObject({
      service: 'shutdown-leaderboard',
      missions: ['shutdown'],
    });
    expect(health.categories).toContain('autopilot');
    const spec = await json<{ openapi: string; paths: Record<string, unknown> }>(
      await fetch(`${url}/api/openapi.json`),
    );
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/runs',
        '/api/runs/{id}',
        '/api/runs/{id}/replay',
        '/api/leaderboards/{mission}/{category}',
      ]),
    );
  });

  it('accepts a record, answers 202 pending with the runner token once, then verifies it', async () => {
    const r = await submit(seed1, 'Alice');
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ status: 'pending' });
    expect(r.body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(typeof r.body.token).toBe('string');
    aliceToken = r.body.token as string;
    aliceRun = r.body.id as string;
    const pending = await json(await fetch(`${url}/api/runs/${aliceRun}`));
    expect(pending).toMatchObject({
      id: aliceRun,
      runner: 'Alice',
      mission: 'shutdown',
      category: 'autopilot',
      difficulty: 'normal',
    });
    const run = await finalStatus(url, aliceRun);
    expect(run).toMatchObject({ status: 'verified', igtTicks: seed1.result.igtTicks });
    expect(run.verifiedAt).toBeTruthy();
    expect(run.reason).toBeUndefined();
  });

  it('stores a record once by its content, zipped or not, keys in any order', async () => {
    const again = await submit(seed1, 'Alice', aliceToken);
    expect(again).toMatchObject({
      status: 200,
      body: { id: aliceRun, duplicate: true, status: 'verified' },
    });
    const reordered = Object.fromEntries(Object.entries(seed1).reverse());
    const res = await fetch(`${url}/api/runs?runner=Alice`, {
      method: 'POST',
      headers: { 'content-type': 'application/gzip', authorization: `Bearer ${aliceToken}` },
      body: gz(reordered),
    });
    expect(res.status).toBe(200);
    expect((await json(res)).id).toBe(aliceRun);
  });

  it('gives a new name its token even when its first record is already stored', async () => {
    const first = await submit(seed1, 'Grace');
    expect(first).toMatchObject({
      status: 200,
      body: { id: aliceRun, duplicate: true },
    });
    expect(typeof first.body.token).toBe('string');
    // The claim is real: the name needs that token from now on, and it works.
    // (A record that never verifies, so the ranking below does not gain a runner.)
    const other = tamperedVariant(seed2, '2026-08-01T00:00:00.000Z');
    expect((await submit(other, 'Grace')).status).toBe(401);
    const next = await submit(other, 'Grace', first.body.token as string);
    expect(next.status).toBe(202);
    expect(next.body.token).toBeUndefined();
    // The stored run keeps the runner who sent it first.
    expect((await json(await fetch(`${url}/api/runs/${aliceRun}`))).runner).toBe('Alice');
  });

  it('refuses assisted and unfinished records for a ranked board with 422, claiming nothing', async () => {
    const resumed = {
      ...seed3,
      assisted: { ...seed3.assisted, autopilot: false, resumed: true },
      run: { ...seed3.run, category: 'any%' },
    };
    const r1 = await submit(resumed, 'Heidi');
    expect(r1.status).toBe(422);
    expect(r1.body).toMatchObject({ error: 'not_rankable' });
    expect(String(r1.body.message)).toContain('resumed');
    const unfinished = {
      ...variant(seed3, '2026-09-01T00:00:00.000Z'),
      result: { ...seed3.result, status: 'failed' },
    };
    const r2 = await submit(unfinished, 'Heidi');
    expect(r2.status).toBe(422);
    expect(r2.body).toMatchObject({ error: 'not_rankable' });
    expect(String(r2.body.message)).toContain('not complete');
    // Nothing was stored or claimed: the name is still free.
    const claim = await submit(tamperedVariant(seed3, '2026-09-02T00:00:00.000Z'), 'Heidi');
    expect(claim.status).toBe(202);
    expect(typeof claim.body.token).toBe('string');
  });

  it('needs the runner token for a claimed name (any case) and refuses a wrong one, storing nothing', async () => {
    const other = variant(seed2, '2026-02-01T00:00:00.000Z');
    const none = await submit(other, 'alice');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: 'token_required' });
    // Another last character (never the token's own: a token ending in x stays wrong).
    const last = aliceToken.endsWith('x') ? 'y' : 'x';
    const wrong = await submit(other, 'Alice', `${aliceToken.slice(0, -1)}${last}`);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: 'token_wrong' });
    const right = await submit(other, 'ALICE', aliceToken);
    expect(right.status).toBe(202);
    expect(right.body.token).toBeUndefined();
    expect((await json(await fetch(`${url}/api/runs/${right.body.id}`))).runner).toBe('Alice');
  });

  it('returns the record at /replay as JSON that parses back to the same run', async () => {
    const res = await fetch(`${url}/api/runs/${aliceRun}/replay`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const record = (await res.json()) as RunRecord;
    expect(record.result).toEqual(seed1.result);
    expect(record.commands.length).toBe(seed1.commands.length);
  });

  it('answers bad input with clear JSON errors', async () => {
    const post = (body: BodyInit, type = 'application/json', q = '?runner=Bob') =>
      fetch(`${url}/api/runs${q}`, { method: 'POST', headers: { 'content-type': type }, body });
    const malformed = await post('{"runner": "Bob", "record": ');
    expect(malformed.status).toBe(400);
    expect(await json(malformed)).toMatchObject({ error: 'malformed' });
    const notRecord = await post(
      JSON.stringify({ runner: 'Bob', record: { format: 'shutdown-replay', formatVersion: 1 } }),
    );
    expect(notRecord.status).toBe(400);
    const body = await json<{ error: string; problems: { path: string }[] }>(notRecord);
    expect(body.error).toBe('invalid_record');
    expect(body.problems.length).toBeGreaterThan(0);
    const noRunner = await post(JSON.stringify({ record: seed3 }), 'application/json', '');
    expect(noRunner.status).toBe(400);
    expect(await json(noRunner)).toMatchObject({ error: 'runner_missing' });
    const longName = await post(JSON.stringify({ runner: 'x'.repeat(33), record: seed3 }));
    expect(longName.status).toBe(400);
    const tooBig = await post(
      JSON.stringify({ runner: 'Bob', record: seed3, pad: 'x'.repeat(300_000) }),
    );
    expect(tooBig.status).toBe(413);
    expect(await json(tooBig)).toMatchObject({ error: 'too_large' });
    const bomb = await post(
      Uint8Array.from(gzipSync(Buffer.alloc(5_000_000, 32))),
      'application/gzip',
    );
    expect(bomb.status).toBe(413);
    const badGzip = await post(new Uint8Array([0x1f, 0x8b, 1, 2, 3]), 'application/gzip');
    expect(badGzip.status).toBe(400);
    const otherMission = { ...seed3, game: { ...seed3.game, missionId: 'not-a-mission' } };
    const unknownMission = await post(JSON.stringify({ runner: 'Bob', record: otherMission }));
    expect(unknownMission.status).toBe(422);
    expect(await json(unknownMission)).toMatchObject({ error: 'unknown_mission' });
    const oldSim = { ...seed3, game: { ...seed3.game, simVersion: seed3.game.simVersion + 1 } };
    const incompatible = await post(JSON.stringify({ runner: 'Bob', record: oldSim }));
    expect(incompatible.status).toBe(422);
    const practice = {
      ...seed3,
      assisted: { ...seed3.assisted, autopilot: false, practice: true },
      run: { ...seed3.run, category: 'practice' },
    };
    const unranked = await post(JSON.stringify({ runner: 'Bob', record: practice }));
    expect(unranked.status).toBe(422);
    expect(await json(unranked)).toMatchObject({ error: 'unknown_category' });
    // An autopilot record passed off as a clean Any% run is refused before it is stored.
    const disguised = { ...seed3, run: { ...seed3.run, category: 'any%' } };
    const assisted = await post(JSON.stringify({ runner: 'Bob', record: disguised }));
    expect(assisted.status).toBe(400);
    expect(JSON.stringify(await json(assisted))).toContain("category 'autopilot'");
    // None of that claimed the name Bob.
    const claim = await submit(seed3, 'Bob');
    expect(claim.status).toBe(202);
    expect(claim.body.token).toBeTruthy();
    bobToken = claim.body.token as string;
    expect((await fetch(`${url}/api/runs/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${url}/api/runs/not-an-id`)).status).toBe(400);
    expect((await fetch(`${url}/api/leaderboards/nope/autopilot`)).status).toBe(404);
    expect((await fetch(`${url}/api/leaderboards/shutdown/nope`)).status).toBe(404);
    expect(
      (await fetch(`${url}/api/leaderboards/shutdown/autopilot?difficulty=impossible`)).status,
    ).toBe(400);
    expect((await fetch(`${url}/api/leaderboards/shutdown/autopilot?limit=1000`)).status).toBe(400);
  });

  it('rejects a tampered record with the tick where it diverged', async () => {
    const tampered = tamperedVariant(seed2, '2026-03-01T00:00:00.000Z');
    const r = await submit(tampered, 'Mallory');
    expect(r.status).toBe(202);
    const run = await finalStatus(url, r.body.id as string);
    expect(run.status).toBe('rejected');
    expect(typeof run.divergedAtTick).toBe('number');
    expect(run.reason).toMatch(/diverged at tick \d+/);
  });

  it("ranks each runner's best verified run by IGT, ties sharing a place (1, 2, 2, 4), with splits", async () => {
    // Alice has seeds 1 and 2 (her best counts once); Dave has seed 2 too (a tie with her);
    // Carol has seed 1 under another start date (same IGT, another record); Bob has seed 3.
    const carol = await submit(variant(seed1, '2026-04-01T00:00:00.000Z'), 'Carol');
    const dave = await submit(variant(seed2, '2026-05-01T00:00:00.000Z'), 'Dave');
    for (const id of [carol.body.id, dave.body.id])
      expect((await finalStatus(url, id as string)).status).toBe('verified');
    // Bob's seed 3 run is the one that claimed his name: the same record again (his token,
    // a duplicate) names it, and the board is read only once it is verified.
    const again = await submit(seed3, 'Bob', bobToken);
    expect(again.body.duplicate).toBe(true);
    expect((await finalStatus(url, again.body.id as string)).status).toBe('verified');
    const [t1, t2, t3] = [seed1, seed2, seed3].map((r) => r.result.igtTicks) as [
      number,
      number,
      number,
    ];
    const best: [string, number][] = [
      ['Alice', Math.min(t1, t2)],
      ['Carol', t1],
      ['Bob', t3],
      ['Dave', t2],
    ];
    const sorted = [...best].sort((a, b) => a[1] - b[1]);
    const places = sorted.map(([, t]) => 1 + sorted.filter(([, u]) => u < t).length);
    expect(new Set(places).size).toBeLessThan(4);
    const b = await json<{
      total: number;
      entries: { place: number; runner: string; igtTicks: number; splits: unknown[] }[];
    }>(await fetch(`${url}/api/leaderboards/shutdown/autopilot?difficulty=normal`));
    expect(b.total).toBe(4);
    expect(b.entries.map((e) => e.igtTicks)).toEqual(sorted.map(([, t]) => t));
    expect(b.entries.map((e) => e.place)).toEqual(places);
    const placeOf = (name: string) => b.entries.find((e) => e.runner === name)!.place;
    if (t2 <= t1) expect(placeOf('Alice')).toBe(placeOf('Dave'));
    expect(b.entries.filter((e) => e.runner === 'Alice')).toHaveLength(1);
    expect(b.entries[0]!.splits.length).toBe(seed1.result.splits.length);
    const page = await json<{ entries: { place: number }[]; total: number }>(
      await fetch(`${url}/api/leaderboards/shutdown/autopilot?limit=2&offset=2`),
    );
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => e.place)).toEqual(places.slice(2));
    const empty = await json<{ entries: unknown[] }>(
      await fetch(`${url}/api/leaderboards/shutdown/any%25?difficulty=elite`),
    );
    expect(empty.entries).toEqual([]);
  });

  it.runIf(faults)(
    'rejects records that hang, fill the heap or crash their worker, and keeps serving',
    async () => {
      const faults = ['hang', 'oom', 'crash', 'exit'];
      const ids: string[] = [];
      for (const [i, f] of faults.entries()) {
        const r = await submit(
          variant(seed3, `2026-06-0${i + 1}T00:00:00.000Z`, `fault:${f}`),
          `Eve${i}`,
        );
        expect(r.status).toBe(202);
        ids.push(r.body.id as string);
      }
      const healthy = await submit(variant(seed2, '2026-07-01T00:00:00.000Z'), 'Frank');
      const runs = await Promise.all(ids.map((id) => finalStatus(url, id, 150_000)));
      expect(runs.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
      expect(runs[0]!.reason).toMatch(/took longer than 15 s/);
      expect(runs[1]!.reason).toMatch(/ran out of memory/);
      expect(runs[2]!.reason).toMatch(/crashed.*boom from a hostile record/);
      expect(runs[3]!.reason).toMatch(/exited \(code 3\)/);
      expect((await finalStatus(url, healthy.body.id as string)).status).toBe('verified');
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
    },
    240_000,
  );

  it('answers 429 past the rate limit', async () => {
    const envs = loadGameEnvs(missionsDir);
    const limited = await buildApp({
      db: server.db,
      envs,
      config: {
        rateLimit: { submitPerMinute: 2, readPerMinute: 3 },
        distDir: join(dataDir, 'no-dist'),
      },
      submitted: async () => {},
    });
    await limited.listen({ host: '127.0.0.1', port: 0 });
    const address = limited.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await fetch(`${base}/api/health`)).status);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await fetch(`${base}/api/health`);
      expect(await json(res)).toMatchObject({ error: 'rate_limited' });
      const posts: number[] = [];
      for (let i = 0; i < 3; i++)
        posts.push(
          (
            await fetch(`${base}/api/runs`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{}',
            })
          ).status,
        );
      expect(posts).toEqual([400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
