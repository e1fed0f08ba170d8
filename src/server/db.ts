/**
 * One small interface over the two databases the server runs on: PGlite (PostgreSQL in
 * WebAssembly, in this process, one connection) and a PostgreSQL server through a `pg` pool.
 * The schema, the migrations and every query are the same on both.
 *
 * `transaction` gives a callback its own connection (pg) or PGlite's transaction (which holds
 * PGlite's only connection, so other queries wait for it).
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Db extends Queryable {
  kind: 'pglite' | 'postgres';
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** What pg-boss needs to run its SQL through this database. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<Db> {
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) =>
      (await lite.query(sql, params as unknown[])) as { rows: T[] },
    exec: async (sql) => {
      await lite.exec(sql);
    },
    transaction: (fn) =>
      lite.transaction((tx) =>
        fn({
          query: async <T>(sql: string, params?: unknown[]) =>
            (await tx.query(sql, params as unknown[])) as { rows: T[] },
        }),
      ),
    // pg-boss sends its schema as one multi-statement text without parameters, which only
    // PGlite's `exec` accepts; the last statement's rows are the answer.
    executeSql: async (text, values) => {
      if (values && values.length > 0) return await lite.query(text, values);
      const results = await lite.exec(text);
      return results[results.length - 1] ?? { rows: [] };
    },
    close: () => lite.close(),
  };
}

export async function openPostgres(url: string, max = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const q = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) =>
    (await client.query(sql, params)) as unknown as { rows: T[] };
  return {
    kind: 'postgres',
    query: (sql, params) => q(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({ query: (sql, params) => q(client, sql, params) });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    executeSql: (text, values) => q(pool, text, values),
    close: () => pool.end(),
  };
}

export function openDb(config: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
