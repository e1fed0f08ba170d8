/**
 * `npm run sim -- --seed N [--mission FILE] [--json] [--difficulty easy|normal|elite]`:
 * the bot plays the mission headlessly. With --json the last line is the run summary.
 * `--replay-out FILE` writes the bot's run as a run record (flagged autopilot; gzipped when the
 * name ends in .gz).
 */

import { queueBotCommands } from '../session/autopilot';
import { Session } from '../session/Session';
import { runSummary } from '../session/summary';
import { DIFFICULTY, type Difficulty } from '../sim/balance';
import { missionHash } from '../speedrun/record';
import { RunRecorder } from '../speedrun/recorder';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { writeRecordFile } from './recordFiles';

/** A generous cap: an hour of game time. */
const MAX_TICKS = 60 * 60 * 60;

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): number {
  const seedText = arg(argv, '--seed') ?? '1';
  const seed = Number(seedText);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error(`--seed must be a whole number from 0 to 4294967295, not '${seedText}'`);
    return 1;
  }
  const difficulty = (arg(argv, '--difficulty') ?? 'normal') as Difficulty;
  if (!(difficulty in DIFFICULTY)) {
    console.error(`--difficulty must be one of ${Object.keys(DIFFICULTY).join(', ')}`);
    return 1;
  }
  const loaded = loadFromDisk(arg(argv, '--mission') ?? DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(p);
    return 1;
  }
  const session = new Session({
    script: loaded.script,
    geometry: loaded.geometry,
    seed,
    difficulty,
  });
  const replayOut = arg(argv, '--replay-out');
  const recorder = new RunRecorder({
    missionHash: missionHash(loaded.script, loaded.geometry),
    startedAt: new Date().toISOString(),
    runner: 'autopilot',
  });
  recorder.autopilot = true;
  while (session.mission.status !== 'complete' && session.tick < MAX_TICKS) {
    queueBotCommands(session);
    session.step();
    if (replayOut) recorder.afterTick(session);
  }
  const done = session.mission.status === 'complete';
  const summary = runSummary(session);
  if (replayOut) {
    const record = recorder.finish(session, done ? 'complete' : 'reset');
    const bytes = writeRecordFile(replayOut, record);
    console.error(`wrote ${replayOut} (${bytes} bytes)`);
  }
  if (argv.includes('--json')) console.log(JSON.stringify(summary));
  else {
    console.log(
      `${summary.mission} seed ${seed}: ${done ? 'completed' : 'NOT completed'} in ${summary.igt} (${summary.ticks} ticks)`,
    );
    for (const o of summary.objectives)
      console.log(`  ${String(o.completedAtTick ?? '-').padStart(6)}  ${o.title}`);
    console.log(`  Federation Officers: ${JSON.stringify(summary.federationOfficerKills)}`);
    console.log(`  state hash ${summary.stateHash}`);
  }
  return done ? 0 : 2;
}

process.exitCode = main(process.argv.slice(2));
