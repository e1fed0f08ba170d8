/**
 * Real bot records for the server benchmark and tests: the bot plays seed N and its run is
 * written as `seed-N.replay.json.gz` in a cache folder (git-ignored `data/`), once; later runs
 * reuse the files. Different seeds give different records.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { queueBotCommands } from '../session/autopilot';
import { Session } from '../session/Session';
import { SIM_VERSION } from '../sim/balance';
import type { RunRecord } from '../speedrun/record';
import { RunRecorder } from '../speedrun/recorder';
import type { GameEnv } from '../speedrun/verify';

const MAX_TICKS = 60 * 60 * 60;

export function botRecord(
  env: GameEnv,
  seed: number,
  difficulty: 'easy' | 'normal' | 'elite' = 'normal',
): RunRecord {
  const session = new Session({ script: env.script, geometry: env.geometry, seed, difficulty });
  const recorder = new RunRecorder({
    missionHash: env.missionHash,
    startedAt: new Date(Date.UTC(2026, 0, 1) + seed * 1000).toISOString(),
    runner: 'autopilot',
  });
  recorder.autopilot = true;
  while (session.mission.status !== 'complete' && session.tick < MAX_TICKS) {
    queueBotCommands(session);
    session.step();
    recorder.afterTick(session);
  }
  return recorder.finish(session, session.mission.status === 'complete' ? 'complete' : 'reset');
}

/**
 * Gzipped record files of `count` complete bot runs in `dir` (seeds from 1 up), made when
 * missing. A seed the bot does not finish within an hour of game time (seed 253 on normal, at
 * simVersion 3) is noted as `seed-N.incomplete` and skipped: its record would be past the
 * record size limit, and a benchmark of the server needs records it can rank.
 */
export function ensureBotRecords(
  env: GameEnv,
  dir: string,
  count: number,
  progress?: (made: number) => void,
): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let made = 0;
  for (let seed = 1; files.length < count; seed++) {
    const file = join(dir, `seed-${seed}.replay.json.gz`);
    const skipped = join(dir, `seed-${seed}.incomplete`);
    if (existsSync(skipped)) continue;
    if (existsSync(file)) {
      const cached = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as RunRecord;
      if (cached.result.status !== 'complete') {
        renameSync(file, skipped);
        continue;
      }
    } else {
      const record = botRecord(env, seed);
      if (record.result.status !== 'complete') {
        writeFileSync(skipped, `${record.result.status} at tick ${record.result.endTick}\n`);
        continue;
      }
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, gzipSync(JSON.stringify(record)));
      renameSync(partial, file);
      progress?.(++made);
    }
    files.push(file);
  }
  return files;
}

/** The cache folder for this game's records: a new sim or mission version gets fresh ones. */
export const recordCacheDir = (root: string, env: GameEnv): string =>
  join(root, 'data', 'bench-records', `sim${SIM_VERSION}-${env.missionHash}`);

export const readBytes = (file: string): Buffer => readFileSync(file);
