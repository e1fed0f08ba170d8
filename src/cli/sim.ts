/**
 * `npm run sim -- [--seed N] [--mission FILE] [--json] [--difficulty easy|normal|elite]`:
 * the bot plays the mission headlessly. With --json the last line is the run summary.
 * `--replay-out FILE` writes the bot's run as a run record (flagged autopilot; gzipped when the
 * name ends in .gz). Arguments are strict (see args.ts): a bad one is refused with one line on
 * stderr, exit 1.
 */

import { queueBotCommands } from '../session/autopilot';
import { Session } from '../session/Session';
import { runSummary } from '../session/summary';
import { DIFFICULTY } from '../sim/balance';
import { missionHash } from '../speedrun/record';
import { RunRecorder } from '../speedrun/recorder';
import { choiceArg, parseCommandLine, seedArg } from './args';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { oneLine, runTool } from './output';
import { writeRecordFile } from './recordFiles';

/** A generous cap: an hour of game time. */
const MAX_TICKS = 60 * 60 * 60;

const USAGE =
  'usage: npm run sim -- [--seed N] [--mission FILE] [--json] [--difficulty easy|normal|elite] [--replay-out FILE]';
const OPTIONS = {
  seed: { type: 'string' },
  mission: { type: 'string' },
  json: { type: 'boolean' },
  difficulty: { type: 'string' },
  'replay-out': { type: 'string' },
} as const;

function main(argv: string[]): number {
  const args = parseCommandLine(argv, OPTIONS);
  if (!args.ok) return refuse(args.problems[0]!);
  const { values } = args.value;
  const seed = seedArg(values.seed ?? '1');
  if (!seed.ok) return refuse(seed.problems[0]!);
  const difficulty = choiceArg('--difficulty', values.difficulty ?? 'normal', DIFFICULTY);
  if (!difficulty.ok) return refuse(difficulty.problems[0]!);
  const loaded = loadFromDisk(values.mission ?? DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const line of loaded.problems) console.error(line);
    return 1;
  }
  const session = new Session({
    script: loaded.script,
    geometry: loaded.geometry,
    seed: seed.value,
    difficulty: difficulty.value,
  });
  const replayOut = values['replay-out'];
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
    console.error(oneLine(`wrote ${replayOut} (${bytes} bytes)`));
  }
  if (values.json) console.log(JSON.stringify(summary));
  else {
    console.log(
      oneLine(
        `${summary.mission} seed ${seed.value}: ${done ? 'completed' : 'NOT completed'} in ${summary.igt} (${summary.ticks} ticks)`,
      ),
    );
    for (const o of summary.objectives)
      console.log(oneLine(`  ${String(o.completedAtTick ?? '-').padStart(6)}  ${o.title}`));
    console.log(`  Federation Officers: ${JSON.stringify(summary.federationOfficerKills)}`);
    console.log(`  state hash ${summary.stateHash}`);
  }
  return done ? 0 : 2;
}

function refuse(problem: string): number {
  console.error(oneLine(`${problem} (${USAGE})`));
  return 1;
}

runTool('sim', () => main(process.argv.slice(2)));
