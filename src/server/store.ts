/**
 * The leaderboard's queries: runners and their tokens, runs, verdicts, boards. Every write that
 * decides a run is conditional on the run still being pending and inserts its verdict row in
 * the same transaction (the verdict's primary key is the run id), so a run retried after a
 * crash is never decided twice.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { formatIgt } from '../session/Session';
import type { Db } from './db';

export type RunStatus = 'pending' | 'verified' | 'rejected';

export interface RunView {
  id: string;
  runner: string;
  mission: string;
  category: string;
  difficulty: string;
  status: RunStatus;
  igtTicks: number;
  igt: string;
  reason?: string;
  divergedAtTick?: number;
  submittedAt: string;
  verifiedAt?: string;
}

interface RunRow {
  id: string;
  runner: string;
  mission: string;
  category: string;
  difficulty: string;
  status: RunStatus;
  claimed_igt_ticks: number;
  igt_ticks: number | null;
  reason: string | null;
  diverged_at_tick: number | null;
  submitted_at: Date | string;
  verified_at: Date | string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time comparison of a presented token with the stored hash. */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export type Claim =
  | { ok: true; name: string; token?: string }
  | { ok: false; reason: 'token_required' | 'token_wrong' };

/**
 * A name is claimed by its first submission, which gets the token (returned once, stored
 * hashed); later submissions must present it. Two first submissions racing: one insert wins,
 * the other is checked against the winner's token like any later one.
 */
export async function claimRunner(
  db: Db,
  name: string,
  key: string,
  bearer: string | null,
): Promise<Claim> {
  const token = randomBytes(24).toString('base64url');
  const inserted = await db.query<{ name: string }>(
    'INSERT INTO runners (name_key, name, token_hash) VALUES ($1, $2, $3) ON CONFLICT (name_key) DO NOTHING RETURNING name',
    [key, name, hashToken(token)],
  );
  if (inserted.rows.length > 0) return { ok: true, name, token };
  const row = (
    await db.query<{ name: string; token_hash: string }>(
      'SELECT name, token_hash FROM runners WHERE name_key = $1',
      [key],
    )
  ).rows[0]!;
  if (!bearer) return { ok: false, reason: 'token_required' };
  return tokenMatches(bearer, row.token_hash)
    ? { ok: true, name: row.name }
    : { ok: false, reason: 'token_wrong' };
}

export interface NewRun {
  id: string;
  runnerKey: string;
  mission: string;
  category: string;
  difficulty: string;
  claimedIgtTicks: number;
  canonical: string;
}

/** Inserts the run unless the same record is already stored; true when it is new. */
export async function insertRun(db: Db, run: NewRun): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO runs (id, runner_key, mission, category, difficulty, claimed_igt_ticks, record)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      run.id,
      run.runnerKey,
      run.mission,
      run.category,
      run.difficulty,
      run.claimedIgtTicks,
      gzipSync(run.canonical),
    ],
  );
  return r.rows.length > 0;
}

const RUN_COLUMNS = `r.id, u.name AS runner, r.mission, r.category, r.difficulty, r.status, r.claimed_igt_ticks,
  r.igt_ticks, r.reason, r.diverged_at_tick, r.submitted_at, r.verified_at`;

function view(row: RunRow): RunView {
  const igtTicks = row.igt_ticks ?? row.claimed_igt_ticks;
  return {
    id: row.id,
    runner: row.runner,
    mission: row.mission,
    category: row.category,
    difficulty: row.difficulty,
    status: row.status,
    igtTicks,
    igt: formatIgt(igtTicks),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.diverged_at_tick !== null ? { divergedAtTick: row.diverged_at_tick } : {}),
    submittedAt: iso(row.submitted_at),
    ...(row.verified_at !== null ? { verifiedAt: iso(row.verified_at) } : {}),
  };
}

export async function getRun(db: Db, id: string): Promise<RunView | null> {
  const r = await db.query<RunRow>(
    `SELECT ${RUN_COLUMNS} FROM runs r JOIN runners u ON u.name_key = r.runner_key WHERE r.id = $1`,
    [id],
  );
  return r.rows[0] ? view(r.rows[0]) : null;
}

export async function getRecordText(db: Db, id: string): Promise<string | null> {
  const r = await db.query<{ record: Uint8Array }>('SELECT record FROM runs WHERE id = $1', [id]);
  return r.rows[0] ? gunzipSync(r.rows[0].record).toString('utf8') : null;
}

/** Counts one more verification attempt; null when the run is no longer pending. */
export async function startAttempt(
  db: Db,
  id: string,
): Promise<{ attempts: number; text: string } | null> {
  const r = await db.query<{ attempts: number; record: Uint8Array }>(
    `UPDATE runs SET attempts = attempts + 1 WHERE id = $1 AND status = 'pending' RETURNING attempts, record`,
    [id],
  );
  const row = r.rows[0];
  return row ? { attempts: row.attempts, text: gunzipSync(row.record).toString('utf8') } : null;
}

export interface Decision {
  verified: boolean;
  igtTicks?: number;
  splits?: { id: string; tick: number }[];
  reason?: string;
  divergedAtTick?: number;
}

/** Decides a pending run once; false when it was already decided. */
export async function decideRun(db: Db, id: string, d: Decision, by: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const r = await tx.query(
      `UPDATE runs SET status = $2, igt_ticks = $3, splits = $4, reason = $5, diverged_at_tick = $6,
         verified_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
      [
        id,
        d.verified ? 'verified' : 'rejected',
        d.igtTicks ?? null,
        d.splits ? JSON.stringify(d.splits) : null,
        d.verified ? null : (d.reason ?? 'not verified'),
        d.divergedAtTick ?? null,
      ],
    );
    if (r.rows.length === 0) return false;
    await tx.query('INSERT INTO verdicts (run_id, status, decided_by) VALUES ($1, $2, $3)', [
      id,
      d.verified ? 'verified' : 'rejected',
      by,
    ]);
    return true;
  });
}

export async function pendingRunIds(db: Db): Promise<string[]> {
  const r = await db.query<{ id: string }>(
    "SELECT id FROM runs WHERE status = 'pending' ORDER BY submitted_at, id",
  );
  return r.rows.map((row) => row.id);
}

export interface BoardEntry {
  place: number;
  id: string;
  runner: string;
  igtTicks: number;
  igt: string;
  splits: { id: string; tick: number }[];
  submittedAt: string;
  verifiedAt: string;
}

/**
 * Each runner's best verified run (ties between one runner's runs go to the earlier one),
 * ranked by IGT with equal times sharing a place (1, 2, 2, 4), earlier submissions listed first.
 */
export async function board(
  db: Db,
  q: { mission: string; category: string; difficulty: string; limit: number; offset: number },
): Promise<{ total: number; entries: BoardEntry[] }> {
  const r = await db.query<{
    place: string | number;
    total: string | number;
    id: string;
    runner: string;
    igt_ticks: number;
    splits: { id: string; tick: number }[] | string;
    submitted_at: Date | string;
    verified_at: Date | string;
  }>(
    `WITH best AS (
       SELECT DISTINCT ON (runner_key) id, runner_key, igt_ticks, splits, submitted_at, verified_at
       FROM runs WHERE mission = $1 AND category = $2 AND difficulty = $3 AND status = 'verified'
       ORDER BY runner_key, igt_ticks, submitted_at, id)
     SELECT rank() OVER (ORDER BY b.igt_ticks) AS place, count(*) OVER () AS total,
       b.id, u.name AS runner, b.igt_ticks, b.splits, b.submitted_at, b.verified_at
     FROM best b JOIN runners u ON u.name_key = b.runner_key
     ORDER BY b.igt_ticks, b.submitted_at, b.id LIMIT $4 OFFSET $5`,
    [q.mission, q.category, q.difficulty, q.limit, q.offset],
  );
  let total = Number(r.rows[0]?.total ?? 0);
  if (r.rows.length === 0 && q.offset > 0) {
    const c = await db.query<{ n: string | number }>(
      `SELECT count(DISTINCT runner_key) AS n FROM runs WHERE mission = $1 AND category = $2 AND difficulty = $3 AND status = 'verified'`,
      [q.mission, q.category, q.difficulty],
    );
    total = Number(c.rows[0]?.n ?? 0);
  }
  return {
    total,
    entries: r.rows.map((row) => ({
      place: Number(row.place),
      id: row.id,
      runner: row.runner,
      igtTicks: row.igt_ticks,
      igt: formatIgt(row.igt_ticks),
      splits: typeof row.splits === 'string' ? JSON.parse(row.splits) : row.splits,
      submittedAt: iso(row.submitted_at),
      verifiedAt: iso(row.verified_at),
    })),
  };
}
