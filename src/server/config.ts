/**
 * The server's settings, all from the environment (README, "Leaderboard server"). Numbers are
 * checked: a bad value stops the server with one line instead of running with a surprise.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  /** PGlite's data directory, used when `databaseUrl` is not set. */
  dataDir: string;
  databaseUrl?: string;
  /** Verification threads in this process (0: verify nowhere here, e.g. with separate workers). */
  verifyThreads: number;
  limits: VerifyLimits;
  /** Requests per minute per client address: submissions, and everything else. */
  rateLimit: { submitPerMinute: number; readPerMinute: number };
  /** The built game, served beside the API when it exists. */
  distDir: string;
  missionsDir: string;
}

export interface VerifyLimits {
  /** Old-generation heap of one verification thread. */
  heapMb: number;
  /** Wall-clock time for one verification. */
  timeoutMs: number;
  /** Simulation ticks a record may ask for. */
  maxTicks: number;
  /** Verification attempts before a run is rejected (a process that died mid-way counts). */
  maxAttempts: number;
}

type Env = Record<string, string | undefined>;

function intFrom(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got '${raw}')`);
  return n;
}

export function configFromEnv(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: intFrom(env, 'PORT', 8787, 0, 65535),
    dataDir: resolve(cwd, env.DATA_DIR?.trim() || 'data/leaderboard'),
    databaseUrl,
    verifyThreads: intFrom(
      env,
      'VERIFY_THREADS',
      Math.max(1, Math.min(4, availableParallelism() - 1)),
      0,
      64,
    ),
    limits: {
      heapMb: intFrom(env, 'VERIFY_HEAP_MB', 256, 16, 8192),
      timeoutMs: intFrom(env, 'VERIFY_TIMEOUT_MS', 60_000, 100, 3_600_000),
      maxTicks: intFrom(env, 'VERIFY_MAX_TICKS', 2 * 60 * 60 * 60, 1, 2 * 60 * 60 * 60),
      maxAttempts: intFrom(env, 'VERIFY_MAX_ATTEMPTS', 3, 1, 100),
    },
    rateLimit: {
      submitPerMinute: intFrom(env, 'RATE_LIMIT_SUBMIT', 30, 1, 1_000_000),
      readPerMinute: intFrom(env, 'RATE_LIMIT_READ', 600, 1, 1_000_000),
    },
    distDir: resolve(cwd, env.DIST_DIR?.trim() || 'dist'),
    missionsDir: resolve(cwd, env.MISSIONS_DIR?.trim() || 'missions'),
  };
}
