/**
 * The verification queue, on pg-boss 10 (which runs on PostgreSQL and, through its
 * `db.executeSql` option, on PGlite). Runs are the truth, jobs only wake verifiers:
 * - a job carries a run id; a verifier counts the attempt, re-simulates, and decides the run
 *   once (store.ts), so a job delivered twice never decides a run twice;
 * - a job whose process died stays active until pg-boss expires it (a little past the time
 *   limit) and retries it; with the embedded database no other process can be running it, so
 *   at start its active jobs are orphans and are failed at once;
 * - `reconcile` gives every pending run without a live job a new one (at start, then now and
 *   then), so no run is lost whatever died when;
 * - a run whose attempts pass the limit (its record killed the process every time) is rejected.
 */
import PgBoss from 'pg-boss';
import type { VerifyLimits } from './config';
import type { Db } from './db';
import { decideRun, startAttempt } from './store';
import type { Verdict, VerifyPool } from './verifyPool';

export const QUEUE = 'verify';
const SCHEMA = 'pgboss';

export async function startBoss(db: Db, limits: VerifyLimits): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => db.executeSql(text, values) },
    schema: SCHEMA,
    maintenanceIntervalSeconds: 10,
    monitorStateIntervalSeconds: 60,
  });
  boss.on('error', (e: Error) => console.error(`queue: ${e.message}`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE)))
    await boss.createQueue(QUEUE, {
      name: QUEUE,
      policy: 'standard',
      retryLimit: 1000,
      retryDelay: 0,
      expireInSeconds: expiry(limits),
    });
  return boss;
}

const expiry = (limits: VerifyLimits) => Math.ceil(limits.timeoutMs / 1000) + 30;

export async function enqueue(boss: PgBoss, runId: string, limits: VerifyLimits): Promise<void> {
  await boss.send(QUEUE, { runId }, { expireInSeconds: expiry(limits), retryLimit: 1000 });
}

/** Embedded database only: jobs left active belong to a process that is gone. */
export async function failOrphans(db: Db): Promise<number> {
  const r = await db.query(
    `UPDATE ${SCHEMA}.job SET state = 'failed', completed_on = now(),
       output = '{"reason":"the process running it stopped"}'::jsonb
     WHERE name = $1 AND state = 'active' RETURNING id`,
    [QUEUE],
  );
  return r.rows.length;
}

/** Gives every pending run without a live job a new one; returns how many. */
export async function reconcile(db: Db, boss: PgBoss, limits: VerifyLimits): Promise<number> {
  const r = await db.query<{ id: string }>(
    `SELECT r.id FROM runs r WHERE r.status = 'pending' AND NOT EXISTS (
       SELECT 1 FROM ${SCHEMA}.job j WHERE j.name = $1 AND j.data->>'runId' = r.id
         AND j.state IN ('created', 'retry', 'active'))
     ORDER BY r.submitted_at, r.id`,
    [QUEUE],
  );
  if (r.rows.length > 0)
    await boss.insert(
      r.rows.map((row) => ({
        name: QUEUE,
        data: { runId: row.id },
        retryLimit: 1000,
        expireInSeconds: expiry(limits),
      })),
    );
  return r.rows.length;
}

export interface VerifierOptions {
  db: Db;
  boss: PgBoss;
  pool: VerifyPool;
  limits: VerifyLimits;
  /** Who decides (kept in the verdict row): host and process id. */
  name: string;
  pollMs?: number;
}

/** Fetches jobs while threads are free, verifies them, decides their runs. */
export class Verifier {
  private running = false;
  private inFlight = new Map<string, Promise<void>>();
  private wakeUp: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(private readonly o: VerifierOptions) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** A submission arrived: look for work now instead of at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  get busy(): number {
    return this.inFlight.size;
  }

  /**
   * Stops fetching; work in flight gets `graceMs` to finish, then it is put back on the queue
   * (its attempt uncounted) for the next start or another worker.
   */
  async stop(graceMs: number): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    const all = Promise.all(this.inFlight.values());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      all,
      new Promise((r) => {
        timer = setTimeout(r, graceMs);
      }),
    ]);
    clearTimeout(timer);
    this.stopping = true;
    await this.o.pool.close();
    await all;
  }

  private async run(): Promise<void> {
    const pollMs = this.o.pollMs ?? 1000;
    while (this.running) {
      const free = this.o.pool.size - this.inFlight.size;
      let jobs: PgBoss.Job<{ runId: string }>[] = [];
      if (free > 0) {
        try {
          jobs = await this.o.boss.fetch<{ runId: string }>(QUEUE, { batchSize: free });
        } catch (e) {
          console.error(`queue: fetch failed: ${(e as Error).message}`);
        }
      }
      for (const job of jobs) {
        const p = this.process(job).finally(() => {
          this.inFlight.delete(job.id);
          this.wake();
        });
        this.inFlight.set(job.id, p);
      }
      if (jobs.length === 0 || this.inFlight.size >= this.o.pool.size)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pollMs);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.wakeUp = done;
        });
      this.wakeUp = null;
    }
  }

  private async process(job: PgBoss.Job<{ runId: string }>): Promise<void> {
    const { db, boss, pool, limits, name } = this.o;
    const runId = job.data?.runId;
    try {
      if (typeof runId !== 'string') {
        await boss.complete(QUEUE, job.id, { skipped: 'no run id' });
        return;
      }
      const attempt = await startAttempt(db, runId);
      if (!attempt) {
        await boss.complete(QUEUE, job.id, { skipped: 'already decided' });
        return;
      }
      let verdict: Verdict;
      if (attempt.attempts > limits.maxAttempts)
        verdict = {
          verified: false,
          reason: `verification did not finish in ${limits.maxAttempts} attempts (the verifying process stopped each time)`,
        };
      else {
        verdict = await pool.verify(attempt.text);
        if (this.stopping) {
          await db.query('UPDATE runs SET attempts = attempts - 1 WHERE id = $1 AND status = $2', [
            runId,
            'pending',
          ]);
          await boss.fail(QUEUE, job.id, { requeued: 'the verifier stopped' });
          return;
        }
      }
      await decideRun(db, runId, verdict, name);
      await boss.complete(QUEUE, job.id, { verified: verdict.verified });
    } catch (e) {
      console.error(`verify ${runId}: ${(e as Error).message}`);
      await boss.fail(QUEUE, job.id, { error: (e as Error).message }).catch(() => {});
    }
  }
}
