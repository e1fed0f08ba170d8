/**
 * Real bot records for the server benchmark and tests: the bot plays seed N and its run is
 * written as `seed-N.replay.json.gz` in a cache folder (git-ignored `data/`), once; later runs
 * reuse the files. Different seeds give different records.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { queueBotCommands } from '../session/autopilot';
import { Session } from '../session/Session';
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

/** Gzipped record files for seeds 1..count in `dir`, made when missing. */
export function ensureBotRecords(
  env: GameEnv,
  dir: string,
  count: number,
  progress?: (made: number) => void,
): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let made = 0;
  for (let seed = 1; seed <= count; seed++) {
    const file = join(dir, `seed-${seed}.replay.json.gz`);
    if (!existsSync(file)) {
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, gzipSync(JSON.stringify(botRecord(env, seed))));
      renameSync(partial, file);
      progress?.(++made);
    }
    files.push(file);
  }
  return files;
}

export const readBytes = (file: string): Buffer => readFileSync(file);
