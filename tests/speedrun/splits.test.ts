/**
 * Personal bests, golds, Sum of Best, comparisons and the live panel, over sequences of
 * attempts (property tests: Sum of Best never above the PB, best segments only improve, runs
 * that do not count never change the PB or a best segment), and times at tick boundaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Split } from '../../src/speedrun/categories';
import { liveSplits } from '../../src/speedrun/live';
import {
  type AttemptInput,
  applyAttempt,
  averageComparison,
  type Board,
  bestSegmentsComparison,
  eligible,
  emptyBoard,
  pbComparison,
  type SplitTimes,
  segmentsOf,
  splitTimesOf,
  sumOfBest,
} from '../../src/speedrun/splits';
import { deltaMs, formatDelta, formatTime, ticksToMs } from '../../src/speedrun/time';

const IDS = ['a', 'b', 'c', 'd'];
const SPLITS: Split[] = IDS.map((id, i) => ({
  id,
  title: id.toUpperCase(),
  objective: id,
  group: i < 2 ? 'one' : 'two',
  groupTitle: i < 2 ? 'One' : 'Two',
}));

/** Cumulative split times from segments (null: stopped before that split). */
const times = (segments: (number | null)[]): SplitTimes => {
  const out: SplitTimes = {};
  let at: number | null = 0;
  IDS.forEach((id, i) => {
    const s = segments[i] ?? null;
    at = at === null || s === null ? null : at + s;
    out[id] = at;
  });
  return out;
};

const attempt = (segments: (number | null)[], over: Partial<AttemptInput> = {}): AttemptInput => {
  const t = times(segments);
  const complete = IDS.every((id) => t[id] !== null);
  return {
    at: '2026-12-02T10:00:00.000Z',
    result: complete ? 'complete' : 'reset',
    igtTicks: complete ? t.d! : 0,
    rtaMs: 1000,
    flags: [],
    splitTimes: t,
    replayId: 'r1',
    counts: true,
    ...over,
  };
};

describe('times at tick boundaries', () => {
  it('every tick shows its nearest ms, 60 ticks make exactly a second', () => {
    expect(formatTime(0)).toBe('0.000');
    expect(formatTime(1)).toBe('0.017');
    expect(formatTime(2)).toBe('0.033');
    expect(formatTime(3)).toBe('0.050');
    expect(formatTime(59)).toBe('0.983');
    expect(formatTime(60)).toBe('1.000');
    expect(formatTime(60 * 62 + 21)).toBe('1:02.350');
    expect(formatTime(60 * 3600)).toBe('1:00:00.000');
    expect(formatTime(null)).toBe('—');
    expect(formatDelta(75)).toBe('+1.250');
    expect(formatDelta(-43)).toBe('−0.717');
    expect(formatDelta(0)).toBe('±0.000');
    expect(deltaMs(-43)).toBe(-717);
  });

  it('distinct ticks never show the same time, and time text grows with the ticks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 3600 * 60 }), (t) => {
        expect(ticksToMs(t + 1)).toBeGreaterThan(ticksToMs(t));
        expect(Math.abs(ticksToMs(t) - (t * 1000) / 60)).toBeLessThan(0.5);
        expect(formatTime(t)).not.toBe(formatTime(t + 1));
        expect(deltaMs(-t)).toBe(-deltaMs(t) || 0);
      }),
    );
  });
});

describe('a board over attempts', () => {
  it('the first complete run is the PB; a faster one replaces it; golds need a beaten best', () => {
    let b = emptyBoard();
    const first = applyAttempt(b, IDS, attempt([100, 200, 300, 400]));
    expect(first).toMatchObject({ attempt: 1, newPb: true, golds: [] });
    b = first.board;
    expect(b.pb).toMatchObject({ igtTicks: 1000, replayId: 'r1', attempt: 1 });
    expect(sumOfBest(IDS, b.bestSegments)).toBe(1000);
    const second = applyAttempt(b, IDS, attempt([90, 250, 280, 400], { replayId: 'r2' }));
    expect(second).toMatchObject({ attempt: 2, newPb: false, golds: ['a', 'c'] });
    b = second.board;
    expect(b.pb?.replayId).toBe('r1');
    expect(sumOfBest(IDS, b.bestSegments)).toBe(90 + 200 + 280 + 400);
    const reset = applyAttempt(b, IDS, attempt([80, null, null, null]));
    expect(reset).toMatchObject({ attempt: 3, newPb: false, golds: ['a'] });
    expect(reset.board.history.map((h) => h.result)).toEqual(['complete', 'complete', 'reset']);
    const faster = applyAttempt(reset.board, IDS, attempt([95, 195, 290, 390], { replayId: 'r4' }));
    expect(faster.newPb).toBe(true);
    expect(faster.previousPb?.igtTicks).toBe(1000);
    expect(faster.board.pb).toMatchObject({ igtTicks: 970, replayId: 'r4', attempt: 4 });
  });

  it('who may set a PB: not resumed, not practice, the bot only on its own board', () => {
    expect(eligible([], 'any%', 'autopilot')).toBe(true);
    expect(eligible(['resumed'], 'any%', 'autopilot')).toBe(false);
    expect(eligible(['practice'], 'any%', 'autopilot')).toBe(false);
    expect(eligible(['autopilot'], 'any%', 'autopilot')).toBe(false);
    expect(eligible(['autopilot'], 'autopilot', 'autopilot')).toBe(true);
  });

  const seg = fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.constant(null));
  const FLAGS = ['autopilot', 'resumed', 'practice'] as const;
  const attemptArb = fc.record({
    segments: fc.array(seg, { minLength: 4, maxLength: 4 }),
    flags: fc.oneof(fc.constant([] as string[]), fc.subarray<string>([...FLAGS])),
    result: fc.constantFrom('complete', 'reset', 'failed', 'abandoned') as fc.Arbitrary<
      AttemptInput['result']
    >,
  });

  it('properties: SoB ≤ PB, best segments only improve, uncounted runs change no PB or gold', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 30 }), (list) => {
        let b: Board = emptyBoard();
        for (const x of list) {
          // The board is Any%'s: any flag makes the run one that does not count.
          const counts = eligible(x.flags, 'any%', 'autopilot');
          const a = attempt(x.segments, { counts, flags: x.flags });
          if (a.result === 'complete' && x.result !== 'complete') a.result = x.result;
          const before = b;
          const out = applyAttempt(b, IDS, a);
          b = out.board;
          expect(b.attempts).toBe(before.attempts + 1);
          for (const [id, s] of Object.entries(before.bestSegments))
            expect(b.bestSegments[id]).toBeLessThanOrEqual(s);
          for (const id of out.golds)
            expect(b.bestSegments[id]).toBeLessThan(before.bestSegments[id]!);
          if (x.flags.length > 0) {
            expect(counts).toBe(false);
            expect(b.pb).toEqual(before.pb);
            expect(b.bestSegments).toEqual(before.bestSegments);
            expect(out.golds).toEqual([]);
            expect(out.newPb).toBe(false);
          }
          if (b.pb && before.pb) expect(b.pb.igtTicks).toBeLessThanOrEqual(before.pb.igtTicks);
          const sob = sumOfBest(IDS, b.bestSegments);
          if (b.pb) {
            expect(sob).not.toBeNull();
            expect(sob!).toBeLessThanOrEqual(b.pb.igtTicks);
          }
          expect(b.history.length).toBeLessThanOrEqual(50);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('comparisons', () => {
  const board = [
    attempt([100, 200, 300, 400]),
    attempt([120, 180, 320, 380]),
    attempt([110, null, null, null]),
    attempt([1, 1, 1, 1], { counts: false, flags: ['resumed'] }),
  ].reduce((b, a) => applyAttempt(b, IDS, a).board, emptyBoard());

  it('Personal Best, Best Segments and Average are split times', () => {
    expect(pbComparison(board).splitTimes).toEqual(times([100, 200, 300, 400]));
    expect(bestSegmentsComparison(IDS, board).splitTimes).toEqual(times([100, 180, 300, 380]));
    const avg = averageComparison(IDS, board, (a) => eligible(a.flags, 'any%', 'autopilot'));
    expect(avg.splitTimes).toEqual(times([110, 190, 310, 390]));
    expect(segmentsOf(IDS, times([5, 6, null, 7]))).toEqual([5, 6, null, null]);
  });

  it('split times of a record run from the accept', () => {
    const record = {
      result: {
        status: 'complete' as const,
        endTick: 1001,
        igtTicks: 1000,
        splits: [
          ['a', 101],
          ['b', 301],
          ['c', 601],
          ['d', 1001],
        ] as [string, number][],
        stateHash: '0'.repeat(16),
      },
    };
    expect(splitTimesOf(record, SPLITS)).toEqual(times([100, 200, 300, 400]));
  });
});

describe('the live panel', () => {
  const b = applyAttempt(emptyBoard(), IDS, attempt([100, 200, 300, 400])).board;
  const live = (segments: (number | null)[], elapsed: number, running = true) =>
    liveSplits({
      splits: SPLITS,
      times: times(segments),
      elapsed,
      running,
      comparison: pbComparison(b),
      bestSegments: b.bestSegments,
      counts: true,
    });

  it('done rows show deltas and golds, the current row a live delta once behind', () => {
    const early = live([90, null, null, null], 150);
    expect(early.current).toBe(1);
    expect(early.rows.map((r) => r.state)).toEqual(['done', 'current', 'pending', 'pending']);
    expect(early.rows[0]).toMatchObject({ delta: -10, gold: true, colour: 'ahead-gaining' });
    expect(early.rows[1]!.delta).toBeNull();
    const behind = live([90, null, null, null], 320);
    expect(behind.rows[1]).toMatchObject({ delta: 20, colour: 'behind-losing' });
    const later = live([90, 205, null, null], 400);
    expect(later.rows[1]).toMatchObject({
      time: 295,
      delta: -5,
      gold: false,
      colour: 'ahead-losing',
    });
    expect(later.footer.previousSegment).toBe(5);
    expect(later.footer.sumOfBest).toBe(1000);
    expect(later.footer.possibleTimeSave).toBe(0);
    // 295 so far, the current segment 105 in (best 300), then 400 at best.
    expect(later.footer.bestPossible).toBe(295 + 300 + 400);
    const gold = live([90, 125, null, null], 400);
    expect(gold.rows[1]).toMatchObject({ delta: -85, gold: true, colour: 'ahead-gaining' });
    expect(gold.footer).toMatchObject({ previousSegment: -75, previousGold: true });
  });

  it('a run that may not set golds shows none', () => {
    const r = liveSplits({
      splits: SPLITS,
      times: times([50, null, null, null]),
      elapsed: 60,
      running: true,
      comparison: pbComparison(b),
      bestSegments: b.bestSegments,
      counts: false,
    });
    expect(r.rows[0]!.gold).toBe(false);
  });

  it('at the end the best possible time is the final time', () => {
    const end = live([100, 190, 300, 400], 990, false);
    expect(end.rows.every((r) => r.state === 'done')).toBe(true);
    expect(end.footer.bestPossible).toBe(990);
  });
});
