/**
 * Splits, comparisons and personal bests, in ticks, as LiveSplit reckons them:
 * - a split time is the game time from the run's start to the tick the split is taken;
 * - a segment is the time between a split and the one before it (only when both were taken);
 * - a gold is a segment faster than the best segment so far; best segments only ever improve;
 * - Sum of Best is the sum of the best segments; it is never above the personal best, since the
 *   PB's own segments were candidates for every best segment;
 * - comparisons (Personal Best, Best Segments, Average, an imported `.lss`) are each a list of
 *   split times, so any of them fits the same panel.
 *
 * The board of a captain, category and difficulty keeps the attempt count, the PB (with its
 * replay's id), the best segments and the attempt history. Only eligible attempts touch the PB
 * and the best segments (SPEEDRUN.md, Integrity): never a resumed or practice run, and an
 * autopilot run only on the autopilot category's own board. Every attempt is counted and kept
 * in the history with its flags.
 */
import type { RecordStatus, RunRecord } from './recordFormat';

/** Split id → game time (ticks from the start) when taken; null or absent: not taken. */
export type SplitTimes = Record<string, number | null>;

/** A set of times to race: the PB, the best segments, the average, an imported `.lss`. */
export interface Comparison {
  name: string;
  splitTimes: SplitTimes;
  /** An imported comparison is for the category it was matched to (its split ids are that one's). */
  categoryId?: string;
}

export interface AttemptEntry {
  /** 1 for the board's first attempt. */
  n: number;
  /** ISO date the attempt started. */
  at: string;
  result: RecordStatus;
  /** Game time when it ended (the final time of a complete run). */
  igtTicks: number;
  /** Real time, when known. */
  rtaMs: number | null;
  /** What helped: 'autopilot', 'resumed', 'practice'. */
  flags: string[];
  splitTimes: SplitTimes;
  /** Its record in the run library, when kept. */
  replayId: string | null;
}

export interface PersonalBest {
  igtTicks: number;
  splitTimes: SplitTimes;
  /** The record that proves it (SPEEDRUN.md: a PB is backed by its replay). */
  replayId: string | null;
  at: string;
  attempt: number;
}

export interface Board {
  attempts: number;
  pb: PersonalBest | null;
  /** Split id → the fastest segment ending at that split. */
  bestSegments: Record<string, number>;
  /** The newest attempts, oldest first, at most `HISTORY_KEPT`. */
  history: AttemptEntry[];
}

export const HISTORY_KEPT = 50;

export const emptyBoard = (): Board => ({ attempts: 0, pb: null, bestSegments: {}, history: [] });

/** Where the board of a category and difficulty is kept. */
export const boardKey = (category: string, difficulty: string): string =>
  `${category}/${difficulty}`;

const timeOf = (times: SplitTimes, id: string): number | null => {
  const t = Object.hasOwn(times, id) ? times[id] : null;
  return typeof t === 'number' && Number.isFinite(t) ? t : null;
};

/** Segment times in split order; null where the split or the one before it was not taken. */
export function segmentsOf(ids: readonly string[], times: SplitTimes): (number | null)[] {
  return ids.map((id, i) => {
    const t = timeOf(times, id);
    if (t === null) return null;
    if (i === 0) return t;
    const before = timeOf(times, ids[i - 1]!);
    return before === null ? null : t - before;
  });
}

/** Sum of the best segments; null until every segment has a best. */
export function sumOfBest(ids: readonly string[], best: Readonly<Record<string, number>>) {
  let sum = 0;
  for (const id of ids) {
    if (!Object.hasOwn(best, id)) return null;
    sum += best[id]!;
  }
  return sum;
}

/** Cumulative times from per-segment times (null from the first missing one on). */
function cumulative(ids: readonly string[], segment: (id: string, i: number) => number | null) {
  const out: SplitTimes = {};
  let at: number | null = 0;
  ids.forEach((id, i) => {
    const s = at === null ? null : segment(id, i);
    at = at === null || s === null ? null : at + s;
    out[id] = at;
  });
  return out;
}

export const pbComparison = (board: Board): Comparison => ({
  name: 'Personal Best',
  splitTimes: { ...(board.pb?.splitTimes ?? {}) },
});

export const bestSegmentsComparison = (ids: readonly string[], board: Board): Comparison => ({
  name: 'Best Segments',
  splitTimes: cumulative(ids, (id) =>
    Object.hasOwn(board.bestSegments, id) ? board.bestSegments[id]! : null,
  ),
});

/** The mean of each segment over the eligible attempts that have it, added up. */
export function averageComparison(
  ids: readonly string[],
  board: Board,
  eligible: (a: AttemptEntry) => boolean,
): Comparison {
  const sums = ids.map(() => ({ total: 0, n: 0 }));
  for (const a of board.history) {
    if (!eligible(a)) continue;
    segmentsOf(ids, a.splitTimes).forEach((s, i) => {
      if (s === null) return;
      sums[i]!.total += s;
      sums[i]!.n += 1;
    });
  }
  return {
    name: 'Average',
    splitTimes: cumulative(ids, (_, i) => {
      const { total, n } = sums[i]!;
      return n === 0 ? null : Math.round(total / n);
    }),
  };
}

/** May this attempt set a PB or a gold on the board of `category`? */
export function eligible(flags: readonly string[], category: string, botCategory: string) {
  if (flags.includes('resumed') || flags.includes('practice')) return false;
  return !flags.includes('autopilot') || category === botCategory;
}

export interface AttemptInput {
  at: string;
  result: RecordStatus;
  igtTicks: number;
  rtaMs: number | null;
  flags: string[];
  splitTimes: SplitTimes;
  replayId: string | null;
  /** May set a PB and golds (`eligible`). */
  counts: boolean;
}

export interface AttemptOutcome {
  board: Board;
  attempt: number;
  /** The attempt is the new personal best. */
  newPb: boolean;
  /** Splits whose segment beat the best segment (none when the attempt does not count). */
  golds: string[];
  /** The PB before this attempt (what the results compare against). */
  previousPb: PersonalBest | null;
}

/**
 * Books one finished attempt (complete, reset, failed or abandoned) on a board. Pure: the
 * board given is not changed. A complete run that counts and beats the PB becomes the PB; its
 * segments, and those of a counting reset run, improve the best segments where faster.
 */
export function applyAttempt(
  board: Board,
  ids: readonly string[],
  a: AttemptInput,
): AttemptOutcome {
  const n = board.attempts + 1;
  const entry: AttemptEntry = {
    n,
    at: a.at,
    result: a.result,
    igtTicks: a.igtTicks,
    rtaMs: a.rtaMs,
    flags: [...a.flags],
    splitTimes: { ...a.splitTimes },
    replayId: a.replayId,
  };
  const bestSegments = { ...board.bestSegments };
  const golds: string[] = [];
  // A crashed run's or an unfinished All Officers run's segments are real game time too, but
  // only runs that were played out (complete) or stopped by the runner (reset) give golds.
  if (a.counts && (a.result === 'complete' || a.result === 'reset')) {
    segmentsOf(ids, a.splitTimes).forEach((s, i) => {
      if (s === null) return;
      const id = ids[i]!;
      if (!Object.hasOwn(bestSegments, id) || s < bestSegments[id]!) {
        // The first time a segment is run it is its best, but not a gold: nothing was beaten.
        if (Object.hasOwn(bestSegments, id)) golds.push(id);
        bestSegments[id] = s;
      }
    });
  }
  const complete = a.result === 'complete' && ids.every((id) => timeOf(a.splitTimes, id) !== null);
  const newPb = a.counts && complete && (board.pb === null || a.igtTicks < board.pb.igtTicks);
  const pb: PersonalBest | null = newPb
    ? {
        igtTicks: a.igtTicks,
        splitTimes: { ...a.splitTimes },
        replayId: a.replayId,
        at: a.at,
        attempt: n,
      }
    : board.pb;
  return {
    board: {
      attempts: n,
      pb,
      bestSegments,
      history: [...board.history, entry].slice(-HISTORY_KEPT),
    },
    attempt: n,
    newPb,
    golds,
    previousPb: board.pb,
  };
}

/** Split times of a record for a split list: game time of each objective's completion. */
export function splitTimesOf(
  record: Pick<RunRecord, 'result'>,
  splits: readonly { id: string; objective: string }[],
): SplitTimes {
  // The run's start is the accept: its game time runs from there to the last tick.
  const origin = record.result.endTick - record.result.igtTicks;
  const done = new Map(record.result.splits.map(([id, tick]) => [id, tick] as const));
  const out: SplitTimes = {};
  for (const s of splits) {
    const tick = done.get(s.objective);
    out[s.id] = tick === undefined ? null : Math.max(0, tick - origin);
  }
  return out;
}
