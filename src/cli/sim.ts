/**
 * `npm run sim -- [--seed N] [--mission FILE] [--json] [--difficulty normal|advanced|elite]
 * [--policy bot|idle] [--max-ticks N] [--from-step ID] [--replay-out FILE]`: the bot plays the
 * mission headlessly. With --json the last line is the run summary (with the combat report and
 * each objective's progress). `--policy idle` is an idle captain: it goes where the bot would
 * go (so every encounter starts as in a played run) and accepts, hails and interacts as the bot
 * does, but never fires, targets, throws a grenade, launches a torpedo or uses an ability
 * (session/autopilot.ts): what the away team does alone. `--replay-out FILE` writes the run as
 * a run record (flagged autopilot; gzipped when the name ends in .gz). `--max-ticks N` stops
 * the run after N ticks (exit 2, as for a run that does not complete): counted from the start
 * of the mission, or with `--from-step` from the practised step's start (18000 = five minutes
 * of that step).
 *
 * `--from-step ID` is practice: the run starts at that step's start state, made by a headless
 * run of the bot with the same seed (speedrun/practice.ts), kept on disk for the next run
 * (practiceFiles.ts); its record is flagged practice and
 * carries the start state, and the JSON summary gains `practice: {stepId, startTick, stepTicks,
 * stepTime}` (the step's time from its start, null while it is not done). Arguments are strict
 * (see args.ts): a bad one is refused with one line on stderr, exit 1.
 */

// Lets Session.restore check the snapshots it is given (session/snapshotCheck.ts).
import '../session/validateSnapshot';
import { idleCaptainCommandsFor, queueBotCommands } from '../session/autopilot';
import { formatIgt, Session } from '../session/Session';
import { type RunSummary, runSummary } from '../session/summary';
import { DIFFICULTY } from '../sim/balance';
import { practiceKey, practiceSession, practiceStart, stepTicks } from '../speedrun/practice';
import { missionHash } from '../speedrun/record';
import { RunRecorder } from '../speedrun/recorder';
import { choiceArg, parseCommandLine, seedArg, wholeNumberArg } from './args';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { oneLine, runTool } from './output';
import { PracticeFiles } from './practiceFiles';
import { writeRecordFile } from './recordFiles';

/** A generous cap: an hour of game time. */
const MAX_TICKS = 60 * 60 * 60;

const USAGE =
  'usage: npm run sim -- [--seed N] [--mission FILE] [--json] [--difficulty normal|advanced|elite] [--policy bot|idle] [--max-ticks N (from the step with --from-step)] [--from-step ID] [--replay-out FILE]';
const POLICIES = { bot: true, idle: true } as const;
const OPTIONS = {
  seed: { type: 'string' },
  mission: { type: 'string' },
  json: { type: 'boolean' },
  difficulty: { type: 'string' },
  'replay-out': { type: 'string' },
  'max-ticks': { type: 'string' },
  'from-step': { type: 'string' },
  policy: { type: 'string' },
} as const;

function main(argv: string[]): number {
  const args = parseCommandLine(argv, OPTIONS);
  if (!args.ok) return refuse(args.problems[0]!);
  const { values } = args.value;
  const seed = seedArg(values.seed ?? '1');
  if (!seed.ok) return refuse(seed.problems[0]!);
  const difficulty = choiceArg('--difficulty', values.difficulty ?? 'normal', DIFFICULTY);
  if (!difficulty.ok) return refuse(difficulty.problems[0]!);
  const maxTicks = wholeNumberArg(
    '--max-ticks',
    values['max-ticks'] ?? String(MAX_TICKS),
    1,
    MAX_TICKS,
  );
  if (!maxTicks.ok) return refuse(maxTicks.problems[0]!);
  const policy = choiceArg('--policy', values.policy ?? 'bot', POLICIES);
  if (!policy.ok) return refuse(policy.problems[0]!);
  const loaded = loadFromDisk(values.mission ?? DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const line of loaded.problems) console.error(line);
    return 1;
  }
  const env = {
    script: loaded.script,
    geometry: loaded.geometry,
    missionHash: missionHash(loaded.script, loaded.geometry),
  };
  let session = new Session({
    script: loaded.script,
    geometry: loaded.geometry,
    seed: seed.value,
    difficulty: difficulty.value,
  });
  const fromStep = values['from-step'];
  let startedFrom: { stepId: string; snapshot: ReturnType<Session['snapshot']> } | undefined;
  if (fromStep !== undefined) {
    // The same parameters the bot's own accept would carry, so the start state is the one a
    // plain `npm run sim` with this seed passes through.
    const params = session.runDefaults;
    // Start states are kept on disk between runs (practiceFiles.ts); one that no longer
    // restores is thrown away and made again.
    const files = new PracticeFiles();
    let start = practiceStart(env, params, fromStep, files);
    if (!start.ok) {
      console.error(oneLine(`--from-step: ${start.reason}`));
      return 1;
    }
    let practice = practiceSession(env, params, start.snapshot);
    if (!practice.ok && start.cached) {
      files.delete(practiceKey(env, params, fromStep));
      start = practiceStart(env, params, fromStep, files);
      if (!start.ok) {
        console.error(oneLine(`--from-step: ${start.reason}`));
        return 1;
      }
      practice = practiceSession(env, params, start.snapshot);
    }
    if (!practice.ok) {
      console.error(oneLine(`--from-step: ${practice.reason}`));
      return 1;
    }
    session = practice.session;
    startedFrom = { stepId: fromStep, snapshot: start.snapshot };
  }
  const startTick = session.tick;
  const replayOut = values['replay-out'];
  const recorder = new RunRecorder({
    missionHash: env.missionHash,
    startedAt: new Date().toISOString(),
    runner: 'autopilot',
    ...(startedFrom ? { startedFrom, practice: true } : {}),
  });
  recorder.autopilot = true;
  // With --from-step the cap counts from the practised step's start, not from tick 0.
  const endTick = startTick + maxTicks.value;
  let released = false;
  while (session.mission.status !== 'complete' && session.tick < endTick) {
    if (policy.value === 'bot') queueBotCommands(session);
    else {
      if (!released) {
        releaseControls(session);
        released = true;
      }
      for (const c of idleCaptainCommandsFor(session)) session.queue(c);
    }
    session.step();
    if (replayOut) recorder.afterTick(session);
  }
  const done = session.mission.status === 'complete';
  const summary = runSummary(session);
  const practice = startedFrom && practiceFacts(session, summary, startedFrom.stepId, startTick);
  if (replayOut) {
    const record = recorder.finish(session, done ? 'complete' : 'reset');
    const bytes = writeRecordFile(replayOut, record);
    console.error(oneLine(`wrote ${replayOut} (${bytes} bytes)`));
  }
  if (values.json) console.log(JSON.stringify(practice ? { ...summary, practice } : summary));
  else {
    if (practice)
      console.log(
        oneLine(
          `practice from step ${practice.stepId} (tick ${practice.startTick}): ${practice.stepTime === null ? 'the step was NOT completed' : `step done in ${practice.stepTime} (${practice.stepTicks} ticks)`}`,
        ),
      );
    console.log(
      oneLine(
        `${summary.mission} seed ${seed.value}: ${done ? 'completed' : 'NOT completed'} in ${summary.igt} (${summary.ticks} ticks)`,
      ),
    );
    for (const o of summary.objectives)
      console.log(
        oneLine(
          `  ${String(o.completedAtTick ?? '-').padStart(6)}  ${o.title}${o.count > 1 ? ` (${o.progress}/${o.count})` : ''}`,
        ),
      );
    console.log(`  Federation Officers: ${JSON.stringify(summary.federationOfficerKills)}`);
    const c = summary.combat;
    console.log(
      `  combat (${summary.difficulty}): player dealt ${c.playerDamageDealt}, took ${c.playerDamageTaken}, died ${c.playerDeaths}; allies dealt ${c.alliesDamageDealt}`,
    );
    console.log(`  state hash ${summary.stateHash}`);
  }
  return done ? 0 : 2;
}

/** The practised step's time, from its start state to its last objective. */
function practiceFacts(session: Session, summary: RunSummary, stepId: string, startTick: number) {
  const splits = summary.objectives
    .filter((o) => o.completedAtTick !== null)
    .map((o): [string, number] => [o.id, o.completedAtTick!]);
  const ticks = stepTicks(session.ctx.script, stepId, startTick, splits);
  return {
    stepId,
    startTick,
    stepTicks: ticks,
    stepTime: ticks === null ? null : formatIgt(ticks),
  };
}

/** The idle captain first lets go of every control the bot was holding (a practice start). */
function releaseControls(session: Session) {
  session.queue({ type: 'throttle', value: 0 });
  session.queue({ type: 'turn', value: 0 });
  session.queue({ type: 'fullImpulse', on: false });
  session.queue({ type: 'move', x: 0, y: 0 });
  session.queue({ type: 'fire', on: false });
  session.queue({ type: 'interact', on: false });
  session.queue({ type: 'target', id: 0 });
}

function refuse(problem: string): number {
  console.error(oneLine(`${problem} (${USAGE})`));
  return 1;
}

runTool('sim', () => main(process.argv.slice(2)));
