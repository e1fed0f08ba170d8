/** The replay viewer and the ghost, headless: what they do to the live game, and what they don't. */
import { describe, expect, it } from 'vitest';
import { Ghost } from '../../src/app/ghost';
import { ReplayViewer } from '../../src/app/viewer';
import { botCommandsFor } from '../../src/session/autopilot';
import { GameHost } from '../../src/session/host';
import { createHudStore } from '../../src/store/hud';
import { newSession } from '../sim/simHelpers';
import { botRecord, env } from '../speedrun/helpers';

describe('ReplayViewer', () => {
  it('plays a record on the host, seeks, steps, and gives the live game back as it was', () => {
    const { record } = botRecord(3);
    const live = newSession(8);
    const host = new GameHost(live);
    const liveSource = { kind: 'player' as const, next: () => [] };
    host.source = liveSource;
    host.crash = { tick: 5, message: 'Error: earlier' };
    const store = createHudStore();
    const active: boolean[] = [];
    const v = new ReplayViewer({ env, host, store, onActive: (a) => active.push(a) });
    expect(v.open(record, 'seed 3')).toBeNull();
    expect(host.source.kind).toBe('replay');
    expect(host.crash).toBeNull();
    host.setSpeed(16);
    host.advance(250);
    expect(host.session.tick).toBeGreaterThan(0);
    v.seek(6000);
    expect(v.state()).toMatchObject({ tick: 6000, endTick: record.result.endTick });
    expect(store.getState().viewer?.marks).toHaveLength(17);
    v.step(-1);
    expect(v.state()).toMatchObject({ tick: 5999, playing: false });
    expect(host.paused).toBe(true);
    v.nextSplit();
    const next = record.result.splits.find(([, t]) => t > 5999)![1];
    expect(host.session.tick).toBe(next);
    v.seek(record.result.endTick);
    expect(host.session.hash()).toBe(record.result.stateHash);
    v.close();
    expect(host.session).toBe(live);
    expect(host.source).toBe(liveSource);
    // A run that had stopped on an error stays stopped.
    expect(host.crash).toEqual({ tick: 5, message: 'Error: earlier' });
    expect(store.getState().viewer).toBeNull();
    expect(active).toEqual([true, false]);
  });

  it('a record that cannot be played changes nothing', () => {
    const { record } = botRecord(3);
    record.commands.shift();
    const live = newSession(8);
    const host = new GameHost(live);
    const v = new ReplayViewer({ env, host, store: createHudStore(), onActive: () => {} });
    expect(v.open(record, 'broken')).toMatch(/could not be played/);
    expect(host.session).toBe(live);
    expect(v.active).toBe(false);
  });
});

describe('Ghost', () => {
  it('follows the player tick for tick, gives the split delta, and never touches the player', () => {
    const { record } = botRecord(3);
    const ghost = new Ghost(env);
    expect(ghost.set(record, 'PB')).toBeNull();
    const host = new GameHost(newSession(3));
    host.source = { kind: 'bot', next: botCommandsFor };
    host.afterTick.add(ghost.tick);
    const straight = newSession(3);
    for (let i = 0; i < 3000; i++) {
      host.stepOnce();
      for (const c of botCommandsFor(straight)) straight.queue(c);
      straight.step();
    }
    // The same seed and bot: the ghost is where the player is, and the player's world is the
    // one it would be without a ghost.
    const me = host.session.world.entities.find((e) => e.id === host.session.world.player)!;
    expect(ghost.pose()).toMatchObject({ x: me.x, y: me.y });
    expect(host.session.hash()).toBe(straight.hash());
    expect(ghost.deltaMs).toBe(0);
    // A ghost that breaks is dropped; the run goes on.
    (ghost as unknown as { session: { world: { rng: unknown } } }).session.world.rng = 'broken';
    for (let i = 0; i < 6000 && ghost.active; i++) host.stepOnce();
    expect(ghost.active).toBe(false);
    expect(host.crash).toBeNull();
  });
});
