/** The accept command carries the run's parameters, and the run starts from the start state. */
import { describe, expect, it } from 'vitest';
import { botCommandsFor } from '../../src/session/autopilot';
import type { Session } from '../../src/session/Session';
import { newSession, player, run } from '../sim/simHelpers';

/** The bot's run after the accept, for `ticks` ticks. */
function playFor(s: Session, ticks: number) {
  for (let i = 0; i < ticks; i++) {
    for (const c of botCommandsFor(s)) if (c.type !== 'accept') s.queue(c);
    s.step();
  }
}

describe('accept', () => {
  it('logs the full run parameters, filled from the session defaults', () => {
    const s = newSession(9, { difficulty: 'elite', captainLevel: 44 });
    s.queue({ type: 'accept', missionReplay: true });
    s.step();
    expect(s.log).toEqual([
      [1, { type: 'accept', seed: 9, difficulty: 'elite', captainLevel: 44, missionReplay: true }],
    ]);
    expect(s.run).toEqual({ seed: 9, difficulty: 'elite', captainLevel: 44, missionReplay: true });
    expect(s.mission).toMatchObject({ status: 'active', captainLevel: 44, replay: true });
  });

  it('refuses parameters that do not fit the mission or are malformed', () => {
    const s = newSession(1);
    for (const bad of [
      { captainLevel: 12 },
      { captainLevel: 40.5 },
      { seed: -1 },
      { seed: 2 ** 32 },
      { seed: '7' },
      { difficulty: 'constructor' },
      { difficulty: 'hard' },
      { missionReplay: 'yes' },
    ])
      expect(s.queue({ type: 'accept', ...bad }), JSON.stringify(bad)).toBe(false);
    expect(s.configureRun({ captainLevel: 99 }).ok).toBe(false);
    expect(s.configureRun({ captainLevel: 50, missionReplay: true }).ok).toBe(true);
  });

  it('starts the run from the start state: flying about before accepting gains nothing', () => {
    const straight = newSession(3);
    straight.queue({ type: 'accept', seed: 11 });
    straight.step();
    playFor(straight, 3000);

    const wanderer = newSession(3);
    // Full throttle toward the station for 20 s, firing, before accepting.
    run(wanderer, 1200, [
      { type: 'throttle', value: 1 },
      { type: 'turn', value: 0.3 },
      { type: 'fire', on: true },
    ]);
    expect(player(wanderer).x).not.toBe(player(straight).x);
    wanderer.queue({ type: 'accept', seed: 11 });
    wanderer.step();
    expect(wanderer.tick).toBe(1);
    // Held controls are let go with the old world: the run's world starts with neutral input.
    expect(wanderer.world.input.throttle).toBe(0);
    playFor(wanderer, 3000);
    expect(wanderer.hash()).toBe(straight.hash());
    expect(wanderer.log).toEqual(straight.log);
  });

  it('the accept is logged first on its tick, whatever came before it in the queue', () => {
    const s = newSession(3);
    s.queue({ type: 'turn', value: 1 });
    s.queue({ type: 'accept' });
    s.queue({ type: 'throttle', value: 0.5 });
    s.step();
    expect(s.log.map(([t, c]) => [t, c.type])).toEqual([
      [1, 'accept'],
      [1, 'turn'],
      [1, 'throttle'],
    ]);
  });

  it('a second accept in a run is ignored and not logged', () => {
    const s = newSession(2);
    s.queue({ type: 'accept' });
    s.step();
    const hash = s.hash();
    s.queue({ type: 'accept', seed: 99 });
    s.step();
    expect(s.log.filter(([, c]) => c.type === 'accept')).toHaveLength(1);
    expect(s.run?.seed).toBe(2);
    expect(s.hash()).not.toBe(hash);
  });
});
