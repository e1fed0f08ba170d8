/**
 * The speedrun tracker, headless: a real session played by the bot, a HUD store, and boards in
 * memory. Checks what the panel shows during an attempt, how each ended attempt is booked on
 * its category's board (reset counted, PB with its replay id, assisted runs never a PB), the
 * results, the comparisons, and the check an imported captain's PBs pass.
 */
import { describe, expect, it } from 'vitest';
import { SpeedrunTracker, verifyPbReplays } from '../../src/app/speedrun';
import type { MissionScriptData } from '../../src/mission/schema';
import { queueBotCommands } from '../../src/session/autopilot';
import { Session } from '../../src/session/Session';
import type { RunRecord } from '../../src/speedrun/record';
import { RunRecorder } from '../../src/speedrun/recorder';
import { type Board, boardKey } from '../../src/speedrun/splits';
import { verifyRecord } from '../../src/speedrun/verify';
import { createHudStore, DEFAULT_SETTINGS } from '../../src/store/hud';
import { geometry, script } from '../sim/simHelpers';
import { botRecord, env } from '../speedrun/helpers';

function setup(o: { autopilot?: boolean; category?: string } = {}) {
  const store = createHudStore();
  store.setState({
    settings: { ...structuredClone(DEFAULT_SETTINGS), speedrunCategory: o.category ?? 'any%' },
  });
  const boards = new Map<string, Board>();
  const tracker = new SpeedrunTracker({
    script,
    store,
    boards: { get: (k) => boards.get(k), set: (k, b) => boards.set(k, b) },
    autopilot: () => o.autopilot ?? false,
  });
  return { store, boards, tracker };
}

/** A player's session (the bot stands in for the hands) accepted and run for `ticks`. */
function played(ticks: number) {
  const session = new Session({ script, geometry, seed: 5 });
  session.queue({ type: 'accept' });
  session.step();
  const recorder = new RunRecorder({
    missionHash: env.missionHash,
    startedAt: '2026-12-02T12:00:00.000Z',
  });
  const run = (n: number) => {
    for (let i = 0; i < n && session.mission.status !== 'complete'; i++) {
      queueBotCommands(session);
      session.step();
      recorder.afterTick(session);
    }
  };
  run(ticks);
  return { session, recorder, run };
}

describe('the speedrun tracker', () => {
  it('shows the attempt under way: done splits, the current one, its number and category', () => {
    const { store, tracker } = setup();
    const { session, run } = played(1);
    tracker.begin(session, {});
    run(60 * 60 * 3);
    tracker.publish();
    const v = store.getState().speedrun!;
    expect(v).toMatchObject({ category: 'any%', attempt: 1, running: true, counts: true });
    const rows = v.groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(17);
    const done = rows.filter((r) => r.state === 'done');
    expect(done.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.state === 'current')).toHaveLength(1);
    // Nothing to compare with yet: no deltas, no golds.
    expect(done.every((r) => r.deltaMs === null && !r.gold)).toBe(true);
    // The current step's group is open, the others collapsed.
    const open = v.groups.filter((g) => !g.collapsed && g.rows.length > 1);
    expect(open.every((g) => g.state === 'current')).toBe(true);
    expect(v.igtTicks).toBe(session.igtTicks());
  });

  it('a reset is booked and counted; a complete run is the PB with its replay; the next is split against it', () => {
    const { store, boards, tracker } = setup();
    const first = played(1);
    tracker.begin(first.session, {});
    first.run(60 * 60);
    const reset = first.recorder.finish(first.session, 'reset');
    tracker.end(reset);
    tracker.kept('lib-1', reset);
    const key = boardKey('any%', 'normal');
    expect(boards.get(key)).toMatchObject({ attempts: 1, pb: null });
    expect(boards.get(key)!.history[0]).toMatchObject({ result: 'reset', replayId: 'lib-1' });

    const second = played(1);
    tracker.begin(second.session, {});
    expect(store.getState().speedrun!.attempt).toBe(2);
    second.run(60 * 60 * 30);
    expect(second.session.mission.status).toBe('complete');
    const complete = second.recorder.finish(second.session, 'complete');
    tracker.end(complete);
    tracker.kept('lib-2', complete);
    const board = boards.get(key)!;
    expect(board).toMatchObject({ attempts: 2, pb: { attempt: 2, replayId: 'lib-2' } });
    expect(board.pb!.igtTicks).toBe(complete.result.igtTicks);
    const results = store.getState().speedrun!.results!;
    expect(results).toMatchObject({ attempt: 2, newPb: true, previousPb: null, counts: true });
    expect(results.rows).toHaveLength(17);
    // The first attempt's segments were run before: those the second beat are golds.
    expect(results.golds).toBe(results.rows.filter((r) => r.gold).length);

    // A third attempt, the same run: every split even with the PB.
    const third = played(1);
    tracker.begin(third.session, {});
    third.run(60 * 60 * 4);
    tracker.publish();
    const done = store
      .getState()
      .speedrun!.groups.flatMap((g) => g.rows)
      .filter((r) => r.state === 'done');
    expect(done.length).toBeGreaterThan(0);
    expect(done.map((r) => r.deltaMs)).toEqual(done.map(() => 0));
    expect(store.getState().speedrun!.footer.sumOfBest).not.toBe('—');
  });

  it('resumed runs are kept with their flag but never a PB or a gold', () => {
    const { store, boards, tracker } = setup();
    const { session, recorder, run } = played(1);
    tracker.begin(session, { resumed: true });
    run(60 * 60 * 30);
    const record = recorder.finish(session, 'complete');
    record.assisted.resumed = true;
    tracker.end(record);
    const b = boards.get(boardKey('any%', 'normal'))!;
    expect(b).toMatchObject({ attempts: 1, pb: null, bestSegments: {} });
    expect(b.history[0]!.flags).toEqual(['resumed']);
    expect(store.getState().speedrun!.results).toMatchObject({ counts: false, newPb: false });
  });

  it('the bot’s runs go to Autopilot, whatever was chosen, and set its PBs', () => {
    const { store, boards, tracker } = setup({ autopilot: true, category: 'all-officers' });
    const { record, session } = botRecord(5);
    tracker.begin(session, {});
    expect(store.getState().speedrun!.category).toBe('autopilot');
    tracker.end(record);
    expect(boards.get(boardKey('autopilot', 'normal'))!.pb?.igtTicks).toBe(record.result.igtTicks);
    expect(boards.has(boardKey('all-officers', 'normal'))).toBe(false);
  });

  it('comparisons: the built-in three, an imported one, C steps through them', () => {
    const { store, tracker } = setup();
    expect(tracker.comparisonNames()).toEqual(['Personal Best', 'Best Segments', 'Average']);
    tracker.addComparison({
      name: 'My LiveSplit PB',
      splitTimes: { 'report-to-bajor-sector': 60 },
    });
    expect(tracker.comparisonNames()).toHaveLength(4);
    expect(tracker.nextComparison()).toBe('Best Segments');
    store.setState({ settings: { ...store.getState().settings, comparison: 'My LiveSplit PB' } });
    expect(tracker.comparisonName()).toBe('My LiveSplit PB');
    expect(tracker.nextComparison()).toBe('Personal Best');
    const { session, run } = played(1);
    tracker.begin(session, {});
    run(60 * 60);
    tracker.publish();
    const row = store.getState().speedrun!.groups[0]!.rows[0]!;
    expect(row.state).toBe('done');
    expect(row.comparison).toBe('1.000');
    expect(row.deltaMs).not.toBeNull();
  });

  it('an imported comparison races only the category it was loaded for', () => {
    const shown = (categoryId: string) => {
      const { store, tracker } = setup();
      tracker.addComparison({
        name: 'Imported',
        categoryId,
        splitTimes: { 'report-to-bajor-sector': 60 },
      });
      store.setState({ settings: { ...store.getState().settings, comparison: 'Imported' } });
      const { session, run } = played(1);
      tracker.begin(session, {});
      run(60 * 60);
      tracker.publish();
      return store.getState().speedrun!.groups[0]!.rows[0]!.comparison;
    };
    expect(shown('any%')).toBe('1.000');
    // Loaded for All Officers: an Any% attempt races its PB instead (none yet: a dash).
    expect(shown('all-officers')).toBe('—');
  });

  it('a category with its own split list: only its objectives are splits (LiveSplit follows them)', () => {
    const own = structuredClone(script) as MissionScriptData;
    const anyPct = own.speedrun!.categories.find((c) => c.id === 'any%')!;
    anyPct.splits = [
      { id: 'arrive', objective: 'defense-go-to-ds9' },
      { id: 'end', objective: own.steps.at(-1)!.objectives.at(-1)!.id },
    ];
    const store = createHudStore();
    store.setState({
      settings: { ...structuredClone(DEFAULT_SETTINGS), speedrunCategory: 'any%' },
    });
    const tracker = new SpeedrunTracker({
      script: own,
      store,
      boards: { get: () => undefined, set: () => {} },
      autopilot: () => false,
    });
    // No attempt: every objective counts, as before.
    expect(tracker.isSplit('report-to-bajor-sector')).toBe(true);
    const { session } = played(1);
    tracker.begin(session, {});
    expect(tracker.isSplit('defense-go-to-ds9')).toBe(true);
    expect(tracker.isSplit(own.steps.at(-1)!.objectives.at(-1)!.id)).toBe(true);
    expect(tracker.isSplit('report-to-bajor-sector')).toBe(false);
  });

  it('the reset question opens only during an attempt', () => {
    const { store, tracker } = setup();
    expect(tracker.askReset(true)).toBe(false);
    const { session } = played(1);
    tracker.begin(session, {});
    expect(tracker.askReset(true)).toBe(true);
    expect(store.getState().speedrun!.confirmReset).toBe(true);
    tracker.askReset(false);
    expect(store.getState().speedrun!.confirmReset).toBe(false);
  });
});

describe('imported PBs stand only on replays that verify', () => {
  it('keeps a verified PB and drops a missing, a mismatched or a forged one', async () => {
    const { record } = botRecord(5);
    const pb = (igtTicks: number, replayId: string | null) => ({
      pb: { igtTicks, splitTimes: {}, replayId, at: '', attempt: 1 },
    });
    const forged: RunRecord = structuredClone(record);
    forged.result.igtTicks -= 60;
    forged.result.endTick -= 60;
    const ok = boardKey('autopilot', 'normal');
    const kept: RunRecord[] = [];
    const out = await verifyPbReplays(
      {
        [ok]: pb(record.result.igtTicks, 'a'),
        [boardKey('autopilot', 'elite')]: pb(record.result.igtTicks, 'a'),
        [boardKey('any%', 'normal')]: pb(100, 'missing'),
        [boardKey('autopilot', 'advanced')]: pb(forged.result.igtTicks, 'f'),
      },
      { a: JSON.parse(JSON.stringify(record)), f: JSON.parse(JSON.stringify(forged)) },
      (r) => verifyRecord(r, env).verified,
      async (r) => {
        kept.push(r);
        return `new-${kept.length}`;
      },
    );
    expect(out.kept).toEqual({ [ok]: 'new-1' });
    expect(out.dropped.sort()).toEqual(
      [
        boardKey('any%', 'normal'),
        boardKey('autopilot', 'advanced'),
        boardKey('autopilot', 'elite'),
      ].sort(),
    );
  });
});
