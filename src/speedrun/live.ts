/**
 * The splits panel's content for the attempt under way, worked out from its split times so
 * far, the game time now, the chosen comparison and the best segments before the attempt.
 * LiveSplit's rules: a done split shows its delta against the comparison; the current split
 * shows a live delta once it is behind the comparison or its segment is already slower than
 * the best; colours say ahead or behind, and gaining or losing against the delta before it; a
 * segment faster than the best segment is gold (only for an attempt that may set golds).
 */
import type { Split } from './categories';
import { type Comparison, type SplitTimes, sumOfBest } from './splits';

export type SplitColour = 'ahead-gaining' | 'ahead-losing' | 'behind-gaining' | 'behind-losing';

export interface LiveRow {
  id: string;
  title: string;
  group: string;
  groupTitle: string;
  state: 'pending' | 'current' | 'done';
  /** The comparison's split time. */
  comparison: number | null;
  /** This attempt's split time (done rows). */
  time: number | null;
  /** Signed, ticks: done rows always (when comparable), the current row when it shows. */
  delta: number | null;
  gold: boolean;
  colour: SplitColour | null;
}

export interface LiveFooter {
  /** The last segment taken against the comparison's (negative: time saved). */
  previousSegment: number | null;
  previousGold: boolean;
  /** How much faster the current segment could be than the comparison's (its best segment). */
  possibleTimeSave: number | null;
  sumOfBest: number | null;
  /** The fastest this attempt can still end: time so far plus the best of what remains. */
  bestPossible: number | null;
}

export interface LiveInput {
  splits: readonly Split[];
  times: SplitTimes;
  /** Game time now (ticks since the start). */
  elapsed: number;
  /** The attempt is still going (false once it has ended). */
  running: boolean;
  comparison: Comparison;
  bestSegments: Readonly<Record<string, number>>;
  /** The attempt may set golds (a clean run, or the bot on its own board). */
  counts: boolean;
}

const get = (times: SplitTimes, id: string): number | null => {
  const t = Object.hasOwn(times, id) ? times[id] : null;
  return typeof t === 'number' ? t : null;
};

const colourOf = (delta: number, before: number | null): SplitColour =>
  `${delta < 0 ? 'ahead' : 'behind'}-${(before === null ? delta < 0 : delta < before) ? 'gaining' : 'losing'}`;

export function liveSplits(o: LiveInput): { rows: LiveRow[]; footer: LiveFooter; current: number } {
  const ids = o.splits.map((s) => s.id);
  let current = 0;
  ids.forEach((id, i) => {
    if (get(o.times, id) !== null) current = i + 1;
  });
  const best = (id: string) => (Object.hasOwn(o.bestSegments, id) ? o.bestSegments[id]! : null);
  let lastDelta: number | null = null;
  let lastTime = 0;
  let previousSegment: number | null = null;
  let previousGold = false;
  const rows = o.splits.map((s, i): LiveRow => {
    const comparison = get(o.comparison.splitTimes, s.id);
    const time = get(o.times, s.id);
    const state = i < current ? 'done' : i === current && o.running ? 'current' : 'pending';
    const base = { id: s.id, title: s.title, group: s.group, groupTitle: s.groupTitle, state };
    if (state === 'done' && time !== null) {
      const before = i === 0 ? 0 : get(o.times, ids[i - 1]!);
      const segment = before === null ? null : time - before;
      const b = best(s.id);
      const gold = o.counts && segment !== null && b !== null && segment < b;
      const delta = comparison === null ? null : time - comparison;
      const compBefore = i === 0 ? 0 : get(o.comparison.splitTimes, ids[i - 1]!);
      previousSegment =
        segment !== null && comparison !== null && compBefore !== null
          ? segment - (comparison - compBefore)
          : null;
      previousGold = gold;
      const colour = delta === null ? null : colourOf(delta, lastDelta);
      if (delta !== null) lastDelta = delta;
      lastTime = time;
      return { ...base, state, comparison, time, delta, gold, colour };
    }
    if (state === 'current' && comparison !== null) {
      const live = o.elapsed - comparison;
      const b = best(s.id);
      const slowerThanBest = b !== null && o.elapsed - lastTime > b;
      const shown = live > 0 || slowerThanBest;
      return {
        ...base,
        state,
        comparison,
        time: null,
        delta: shown ? live : null,
        gold: false,
        colour: shown ? colourOf(live, lastDelta) : null,
      };
    }
    return { ...base, state, comparison, time: null, delta: null, gold: false, colour: null };
  });

  const sob = sumOfBest(ids, o.bestSegments);
  let possibleTimeSave: number | null = null;
  let bestPossible: number | null = null;
  if (current < ids.length) {
    const id = ids[current]!;
    const comp = get(o.comparison.splitTimes, id);
    const compBefore = current === 0 ? 0 : get(o.comparison.splitTimes, ids[current - 1]!);
    const b = best(id);
    if (comp !== null && compBefore !== null && b !== null)
      possibleTimeSave = Math.max(0, comp - compBefore - b);
    const rest = sumOfBest(ids.slice(current + 1), o.bestSegments);
    if (b !== null && rest !== null) {
      const thisSegment = o.running ? Math.max(b, o.elapsed - lastTime) : b;
      bestPossible = lastTime + thisSegment + rest;
    }
  } else if (ids.length > 0) {
    bestPossible = lastTime;
  }
  return {
    rows,
    current,
    footer: { previousSegment, previousGold, possibleTimeSave, sumOfBest: sob, bestPossible },
  };
}
