/**
 * The leaderboard's schema as numbered migrations, applied in order at start, each once, in a
 * transaction with its version row. Never edit a migration that has shipped: add the next one.
 * On PostgreSQL an advisory lock keeps two processes starting at once from both migrating.
 */
import type { Db } from './db';

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'runners and runs',
    sql: `
      CREATE TABLE runners (
        name_key text PRIMARY KEY,
        name text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE runs (
        id text PRIMARY KEY,
        runner_key text NOT NULL REFERENCES runners(name_key),
        mission text NOT NULL,
        category text NOT NULL,
        difficulty text NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'verified', 'rejected')),
        claimed_igt_ticks integer NOT NULL,
        igt_ticks integer,
        splits jsonb,
        reason text,
        diverged_at_tick integer,
        record bytea NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        verified_at timestamptz
      );
      CREATE INDEX runs_board ON runs (mission, category, difficulty, igt_ticks)
        WHERE status = 'verified';
      CREATE INDEX runs_pending ON runs (submitted_at) WHERE status = 'pending';
      -- One row per final verdict, keyed by run: a run can never be decided twice.
      CREATE TABLE verdicts (
        run_id text PRIMARY KEY REFERENCES runs(id),
        status text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        decided_by text NOT NULL
      );
    `,
  },
];

export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(872211)');
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
  });
  return applied;
}

/** Our own migration text only: statements end with `;` and hold no string with one. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
