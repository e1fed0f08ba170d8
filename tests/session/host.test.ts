import { describe, expect, it, vi } from 'vitest';
import type { RngState } from '../../src/core/rng';
import { botCommandsFor } from '../../src/session/autopilot';
import { automationState } from '../../src/session/facts';
import { type CommandSource, GameHost } from '../../src/session/host';
import { newSession } from '../sim/simHelpers';

const bot: CommandSource = { kind: 'bot', next: botCommandsFor };
const player: CommandSource = { kind: 'player', next: () => [] };

const TICK = 1000 / 60;

describe('GameHost', () => {
  it('runs the ticks wall time is worth, times the speed, and caps a long stall', () => {
    const host = new GameHost(newSession(1));
    expect(host.advance(TICK * 3 + 1)).toBe(3);
    host.setSpeed(4);
    expect(host.advance(TICK * 2)).toBe(8);
    // A 10 s stall is worth at most a quarter second of game time (15 ticks) times the speed.
    expect(host.advance(10_000)).toBe(60);
    host.setSpeed(99);
    expect(host.speed).toBe(64);
    // Not a finite number: ignored.
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'fast' as unknown as number]) {
      host.setSpeed(bad);
      expect(host.speed).toBe(64);
    }
    // Slow motion for watching replays: a quarter speed runs a tick every four frames' worth.
    host.setSpeed(0.25);
    expect(host.speed).toBe(0.25);
    expect(host.advance(TICK * 4)).toBe(1);
  });

  it('stops at stopAtTick and tells every afterTick listener about each tick', () => {
    const host = new GameHost(newSession(1));
    const seen: number[] = [];
    host.afterTick.add((s) => seen.push(s.tick));
    host.stopAtTick = 10;
    host.setSpeed(16);
    host.advance(1000);
    expect(host.session.tick).toBe(10);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(host.finished).toBe(true);
  });

  it('runs no tick while paused or for nonsense elapsed times', () => {
    const host = new GameHost(newSession(1));
    host.paused = true;
    expect(host.advance(1000)).toBe(0);
    host.paused = false;
    for (const ms of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY])
      expect(host.advance(ms)).toBe(0);
  });

  it('hands the controls over when the chosen objective becomes active', () => {
    const host = new GameHost(newSession(3));
    host.source = bot;
    host.setSpeed(16);
    host.handOverAt = 'destroy-station-defenses';
    let guard = 0;
    host.onHandOver = () => {
      host.source = player;
    };
    while (host.autopilot && guard++ < 10_000) host.advance(250);
    expect(host.autopilot).toBe(false);
    expect(host.speed).toBe(1);
    expect(host.handOverAt).toBeNull();
    const { effects } = host.drainMission();
    expect(
      effects.some(
        (e) => e.type === 'objectiveActivated' && e.objectiveId === 'destroy-station-defenses',
      ),
    ).toBe(true);
    // It stopped on the very tick: the objective is active and untouched.
    const o = automationState(host.session, 'space').mission.objectives.find(
      (x) => x.id === 'destroy-station-defenses',
    );
    expect(o).toMatchObject({ state: 'active', progress: 0 });
  });

  it('stops the clock when the mission is complete', () => {
    const host = new GameHost(newSession(2));
    host.source = bot;
    host.setSpeed(16);
    let guard = 0;
    while (!host.finished && guard++ < 20_000) host.advance(250);
    expect(host.finished).toBe(true);
    const tick = host.session.tick;
    expect(host.advance(1000)).toBe(0);
    expect(host.session.tick).toBe(tick);
  });

  it('a tick that throws stops the run with a message; later calls neither tick nor throw', () => {
    const host = new GameHost(newSession(4));
    host.source = bot;
    host.setSpeed(16);
    expect(host.advance(250)).toBe(240);
    const session = host.session;
    const log = session.log.length;
    expect(log).toBeGreaterThan(0);
    // A world broken behind the session's back: the next random number throws.
    session.world.rng = 'abc' as unknown as RngState;
    let guard = 0;
    while (!host.crash && guard++ < 100) host.advance(250);
    expect(host.crash).toMatchObject({ message: expect.stringMatching(/TypeError/) });
    const { tick } = host.crash!;
    expect(tick).toBeGreaterThan(240);
    for (let i = 0; i < 5; i++) expect(host.advance(1000)).toBe(0);
    expect(host.stepOnce()).toBe(false);
    expect(session.tick).toBe(tick);
    // The session and its command log are kept for a replay of the failure.
    expect(host.session).toBe(session);
    expect(session.log.length).toBeGreaterThanOrEqual(log);
    expect(session.log.at(-1)![0]).toBeLessThanOrEqual(tick + 1);
  });

  it('catches an exception from any part of the tick, and a new session starts afresh', () => {
    const host = new GameHost(newSession(1));
    const step = vi.spyOn(host.session, 'step').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(() => host.advance(100)).not.toThrow();
    expect(host.crash).toEqual({ tick: 0, message: 'Error: boom' });
    expect(step).toHaveBeenCalledTimes(1);
    expect(host.advance(100)).toBe(0);
    expect(step).toHaveBeenCalledTimes(1);
    host.replaceSession(newSession(1));
    expect(host.crash).toBeNull();
    expect(host.advance(TICK * 2 + 1)).toBe(2);
  });

  it('never takes a speed that is not a finite number', () => {
    const host = new GameHost(newSession(1));
    host.setSpeed(4);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 'fast'])
      host.setSpeed(bad as number);
    expect(host.speed).toBe(4);
    expect(host.advance(TICK + 1)).toBe(4);
  });
});
