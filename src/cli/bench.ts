/**
 * `npm run bench [-- --seeds N]`: the bot plays the whole mission for seeds 1..N (default 100)
 * and the figures are measured: simulated ticks per wall second, the real-time factor
 * (simulated seconds per wall second) and the heap. The last line is JSON.
 * Every seed must complete; a seed that does not makes the bench fail (exit 1).
 * Arguments are strict (see args.ts): a bad one is refused with one line on stderr, exit 1.
 */
import { performance } from 'node:perf_hooks';
import { runBot } from '../session/autopilot';
import { Session } from '../session/Session';
import { TICKS_PER_SECOND } from '../sim/balance';
import { parseCommandLine, wholeNumberArg } from './args';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { oneLine, runTool } from './output';

const MAX_TICKS = 60 * 60 * 60;
const MAX_SEEDS = 100_000;

const USAGE = 'usage: npm run bench -- [--seeds N]';
const OPTIONS = { seeds: { type: 'string' } } as const;

function main(argv: string[]): number {
  const args = parseCommandLine(argv, OPTIONS);
  const parsed = args.ok
    ? wholeNumberArg('--seeds', args.value.values.seeds ?? '100', 1, MAX_SEEDS)
    : args;
  if (!parsed.ok) {
    console.error(oneLine(`${parsed.problems[0]} (${USAGE})`));
    return 1;
  }
  const seeds = parsed.value;
  const loaded = loadFromDisk(DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(p);
    return 1;
  }
  // Warm up the JIT on one run that is not measured.
  runBot(new Session({ script: loaded.script, geometry: loaded.geometry, seed: 0 }), MAX_TICKS);

  let ticks = 0;
  let wall = 0;
  let slowest = 0;
  const failed: number[] = [];
  const runTimes: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const session = new Session({ script: loaded.script, geometry: loaded.geometry, seed });
    const t0 = performance.now();
    const done = runBot(session, MAX_TICKS);
    const ms = performance.now() - t0;
    wall += ms;
    ticks += session.tick;
    runTimes.push(ms);
    slowest = Math.max(slowest, ms);
    if (!done) failed.push(seed);
  }
  runTimes.sort((a, b) => a - b);
  const ticksPerSecond = Math.round(ticks / (wall / 1000));
  const result = {
    bench: 'shutdown-bot',
    runs: seeds,
    completed: seeds - failed.length,
    failedSeeds: failed,
    meanMissionTicks: Math.round(ticks / seeds),
    meanMissionGameSeconds: Math.round(ticks / seeds / TICKS_PER_SECOND),
    ticksPerSecond,
    realTimeFactor: Math.round(ticksPerSecond / TICKS_PER_SECOND),
    medianRunMs: Math.round(runTimes[Math.floor(runTimes.length / 2)]! * 10) / 10,
    slowestRunMs: Math.round(slowest * 10) / 10,
    heapUsedMB: Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10,
  };
  console.log(
    `${result.completed}/${seeds} runs completed; ${ticksPerSecond} ticks/s, real-time factor ${result.realTimeFactor}`,
  );
  console.log(JSON.stringify(result));
  return failed.length === 0 ? 0 : 1;
}

runTool('bench', () => main(process.argv.slice(2)));
