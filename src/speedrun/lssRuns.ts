/**
 * A LiveSplit file from run records: which records belong to a category's file, each record's
 * split times, and the `.lss` of them all (`npm run lss` and the game's export share this).
 *
 * A record fits a category when its flags do (SPEEDRUN.md, Integrity): a full run of a player's
 * category is clean (no autopilot, no resume, no practice) and names that category; the
 * autopilot category takes the bot's full runs; an individual level takes the player's practice
 * runs started at its step. Split times count from the run's start: the accept for a full run,
 * the step's start state for an individual level.
 */
import type { MissionScript } from '../mission/schema';
import { autopilotCategory, type Category, categoriesOf } from './categories';
import { type LssAttempt, writeLss } from './lss';
import type { RunRecord } from './recordFormat';

/** What a record's split times are taken from: its own result, or its verification's. */
export interface RunOutcome {
  endTick: number;
  igtTicks: number;
  /** Objective id and the tick it completed. */
  splits: readonly (readonly [string, number])[];
}

/** Why the record does not belong in the category's file, or null when it does. */
export function recordMisfit(
  script: MissionScript,
  category: Category,
  record: RunRecord,
  difficulty: string,
): string | null {
  const a = record.assisted;
  if (record.run.difficulty !== difficulty)
    return `it was played on ${record.run.difficulty}, not ${difficulty}`;
  if (a.resumed) return 'it was resumed from a checkpoint';
  if (category.individualLevel) {
    const step = script.steps[category.fromStep]?.id;
    if (!a.practice || record.run.startedFrom !== step)
      return `an individual level takes practice runs of step '${step}' only`;
    if (a.autopilot) return 'the autopilot played it';
    return null;
  }
  if (a.practice) return `it is a practice run of step '${record.run.startedFrom}'`;
  const bot = category.runner === 'autopilot';
  if (a.autopilot && !bot)
    return `the autopilot played it: it belongs to '${autopilotCategory(script)}'`;
  if (!a.autopilot && bot) return 'the autopilot did not play it';
  if (record.run.category !== category.id)
    return `it is a run of '${record.run.category}', not '${category.id}'`;
  return null;
}

/**
 * A record as an attempt of the category: its split times from `outcome` (the verification's,
 * or the record's own result), counted from the run's start.
 */
export function lssAttemptOf(
  category: Category,
  record: RunRecord,
  outcome: RunOutcome & { complete: boolean },
  ended?: string,
): LssAttempt {
  const origin =
    category.individualLevel && record.start
      ? record.start.world.tick
      : outcome.endTick - outcome.igtTicks;
  const done = new Map(outcome.splits.map(([id, tick]) => [id, tick] as const));
  const splits: Record<string, number> = {};
  for (const s of category.splits) {
    const tick = done.get(s.objective);
    if (tick !== undefined && tick >= origin) splits[s.id] = tick - origin;
  }
  const all = category.splits.every((s) => Object.hasOwn(splits, s.id));
  // A full run is complete when the game says so (All Officers needs its officers too); an
  // individual level when its step's splits are all taken.
  const complete = all && (category.individualLevel || outcome.complete);
  const last = category.splits.at(-1);
  const igtTicks = complete && last ? splits[last.id]! : Math.max(0, outcome.endTick - origin);
  return {
    started: record.run.startedAt,
    ...(ended ? { ended } : {}),
    complete,
    splits,
    igtTicks,
    ...(record.timing ? { realMs: record.timing.rtaMs } : {}),
  };
}

/** The difficulty's display name (Normal, Advanced, Elite). */
export function difficultyName(script: MissionScript, id: string): string {
  return categoriesOf(script).difficulty.values.find((v) => v.id === id)?.name ?? id;
}

/** The `.lss` of a category's attempts (sorted oldest first by their start). */
export function lssOfAttempts(
  script: MissionScript,
  category: Category,
  difficulty: string,
  attempts: readonly LssAttempt[],
  /** What the captain's board knows beyond the listed attempts (see LssInput). */
  board?: { attemptCount: number; bestSegments: Readonly<Record<string, number>> },
): string {
  const sorted = [...attempts].sort((a, b) =>
    a.started < b.started ? -1 : a.started > b.started ? 1 : 0,
  );
  const variable = categoriesOf(script).difficulty.name;
  return writeLss({
    categoryName: category.name,
    splits: category.splits,
    attempts: sorted,
    variables: { [variable]: difficultyName(script, difficulty) },
    ...(board ? { attemptCount: board.attemptCount, bestSegments: board.bestSegments } : {}),
  });
}

/** The default file name: `Shutdown - <category name>.lss`, safe on every file system. */
export function lssFileName(script: MissionScript, category: Category): string {
  const safe = (s: string) => s.replace(UNSAFE_IN_FILE_NAMES, '-').trim();
  return `${safe(script.title)} - ${safe(category.name)}.lss`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among them.
const UNSAFE_IN_FILE_NAMES = /[/\\:*?"<>|\u0000-\u001f]+/g;
