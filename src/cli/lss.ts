/**
 * `npm run lss -- --category ID [--difficulty D] [--out FILE] [--mission FILE] REPLAY…`: a
 * LiveSplit splits file from run records. Each record is verified first (re-simulated); one
 * that does not verify, cannot be read, or does not fit the category (an autopilot record for
 * Any%, a practice run for a full-run category, another difficulty) is named on stderr
 * (`FILE: skipped: why`) and left out. Of the rest: AttemptCount = the records used, the personal
 * best = the fastest complete one, best segments = the fastest segment over all of them, split
 * times from the verification's split ticks. Writes `Shutdown - <category name>.lss` unless
 * --out says otherwise; stdout says what was written. Exit 0 when the file is written, 1 when
 * no record fits or an argument is wrong.
 */
// Lets Session.restore check the snapshots it is given (session/snapshotCheck.ts).
import '../session/validateSnapshot';
import { writeFileSync } from 'node:fs';
import { categoriesOf, categoryById } from '../speedrun/categories';
import { lssAttemptOf, lssFileName, lssOfAttempts, recordMisfit } from '../speedrun/lssRuns';
import { missionHash } from '../speedrun/record';
import { formatTime } from '../speedrun/time';
import { type GameEnv, verifyRecord } from '../speedrun/verify';
import { choiceArg, parseCommandLine } from './args';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { oneLine, runTool, shown } from './output';
import { readRecordFile } from './recordFiles';

const USAGE =
  'usage: npm run lss -- --category ID [--difficulty D] [--out FILE] [--mission FILE] REPLAY…';
const OPTIONS = {
  category: { type: 'string' },
  difficulty: { type: 'string' },
  out: { type: 'string' },
  mission: { type: 'string' },
} as const;

function main(argv: string[]): number {
  const args = parseCommandLine(argv, OPTIONS, true);
  if (!args.ok) return refuse(args.problems[0]!);
  const { values, positionals: files } = args.value;
  if (values.category === undefined) return refuse('--category is required');
  if (files.length === 0) return refuse('give at least one replay file');
  const loaded = loadFromDisk(values.mission ?? DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(oneLine(p));
    return 1;
  }
  const script = loaded.script;
  const all = categoriesOf(script);
  const category = categoryById(script, values.category);
  if (!category)
    return refuse(
      `--category must be one of ${all.list.map((c) => c.id).join(', ')}, not ${shown(values.category)}`,
    );
  const levels = Object.fromEntries(all.difficulty.values.map((v) => [v.id, v.name]));
  const difficulty = choiceArg('--difficulty', values.difficulty ?? all.difficulty.default, levels);
  if (!difficulty.ok) return refuse(difficulty.problems[0]!);
  const env: GameEnv = {
    script,
    geometry: loaded.geometry,
    missionHash: missionHash(script, loaded.geometry),
  };
  const attempts: { file: string; attempt: ReturnType<typeof lssAttemptOf> }[] = [];
  for (const file of files) {
    const skip = (why: string) => console.error(oneLine(`${file}: skipped: ${why}`));
    const read = readRecordFile(file);
    if (!read.ok) {
      const p = read.problems[0]!;
      skip(`${p.path}: ${p.message}`);
      continue;
    }
    const record = read.record;
    const misfit = recordMisfit(script, category, record, difficulty.value);
    if (misfit) {
      skip(`it does not fit ${category.name}: ${misfit}`);
      continue;
    }
    const out = verifyRecord(record, env);
    if (!out.verified) {
      skip(`it does not verify: ${out.reason ?? 'unknown reason'}`);
      continue;
    }
    const ended =
      record.timing && Number.isFinite(Date.parse(record.run.startedAt))
        ? new Date(Date.parse(record.run.startedAt) + record.timing.rtaMs).toISOString()
        : undefined;
    const attempt = lssAttemptOf(
      category,
      record,
      {
        endTick: out.endTick,
        igtTicks: out.igtTicks,
        splits: out.splits.map((s) => [s.id, s.tick] as const),
        complete: out.status === 'complete',
      },
      ended,
    );
    attempts.push({ file, attempt });
  }
  if (attempts.length === 0) {
    console.error(oneLine(`no record fits ${category.name}: nothing written`));
    return 1;
  }
  const target = values.out ?? lssFileName(script, category);
  writeFileSync(
    target,
    lssOfAttempts(
      script,
      category,
      difficulty.value,
      attempts.map((a) => a.attempt),
    ),
  );
  const pb = attempts
    .filter((a) => a.attempt.complete)
    .sort((a, b) => a.attempt.igtTicks - b.attempt.igtTicks)[0];
  console.log(
    oneLine(
      `wrote ${target}: ${category.name}, ${levels[difficulty.value]}, ${attempts.length} attempt${attempts.length === 1 ? '' : 's'}, ${pb ? `personal best ${formatTime(pb.attempt.igtTicks)} (${pb.file})` : 'no complete run'}`,
    ),
  );
  return 0;
}

function refuse(problem: string): number {
  console.error(oneLine(`${problem} (${USAGE})`));
  return 1;
}

runTool('lss', () => main(process.argv.slice(2)));
