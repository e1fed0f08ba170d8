/** The application layer without a browser or Phaser: run controller, sources, bus, loop. */
import { describe, expect, it, vi } from 'vitest';
import { EffectBus } from '../../src/app/effectBus';
import { FrameLoop, type FrameScheduler } from '../../src/app/frameLoop';
import { RunController } from '../../src/app/runController';
import { BotSource, PlayerSource, ReplaySource } from '../../src/app/sources';
import { runBot } from '../../src/session/autopilot';
import { GameHost } from '../../src/session/host';
import type { Session } from '../../src/session/Session';
import { createHudStore } from '../../src/store/hud';
import { newSession } from '../sim/simHelpers';

const TICK = 1000 / 60;

function setup(seed = 4) {
  const host = new GameHost(newSession(seed));
  const store = createHudStore();
  const bus = new EffectBus();
  const player = new PlayerSource();
  const bot = new BotSource();
  host.source = player;
  let done = false;
  const configured: Session[] = [];
  const run = new RunController({
    script: host.session.ctx.script,
    host,
    store,
    bus,
    player,
    bot,
    missionDone: () => done,
    configureRun: (s) => {
      configured.push(s);
      s.configureRun({ captainLevel: 48 });
    },
  });
  return { host, store, bus, player, bot, run, configured, setDone: (d: boolean) => (done = d) };
}

describe('RunController', () => {
  it('title → sector → offer → playing → complete', () => {
    const { host, store, run, bus, configured } = setup();
    run.sync();
    expect(store.getState().phase).toBe('title');
    // No ticks at the title.
    run.frame(1000);
    expect(host.session.tick).toBe(0);
    run.launch();
    expect(configured).toContain(host.session);
    expect(store.getState().phase).toBe('playing');
    // The ship comes into the offer zone (put there: the flight is not what is tested).
    const entered = vi.fn();
    bus.onEvent('enteredZone', entered);
    run.frame(TICK * 10);
    expect(store.getState().phase).toBe('playing');
    const zone = host.session.ctx.zones.get(host.session.ctx.script.offer.zone)!.shape;
    const ship = host.session.world.entities.find((e) => e.id === host.session.world.player)!;
    if (zone.type === 'circle') {
      ship.x = zone.x;
      ship.y = zone.y;
    } else if (zone.type === 'rect') {
      ship.x = zone.x + zone.w / 2;
      ship.y = zone.y + zone.h / 2;
    }
    for (let i = 0; i < 60 && store.getState().phase !== 'offer'; i++) run.frame(TICK);
    expect(entered).toHaveBeenCalled();
    expect(store.getState().phase).toBe('offer');
    expect(run.accept()).toBe(true);
    expect(store.getState().phase).toBe('playing');
    run.frame(TICK);
    expect(host.session.mission.status).toBe('active');
    expect(host.session.run?.captainLevel).toBe(48);
    expect(run.autopilotUsed).toBe(false);
    // The bot plays it out; the run now counts as assisted.
    run.setAutopilot(true);
    expect(run.autopilotUsed).toBe(true);
    const rewards = vi.fn();
    bus.on('grantReward', rewards);
    host.setSpeed(16);
    for (let i = 0; i < 20_000 && !host.finished; i++) run.frame(250);
    expect(host.finished).toBe(true);
    expect(rewards).toHaveBeenCalledTimes(1);
    expect(store.getState().status).toBe('complete');
  });

  it('a captain who has done the mission is offered a Mission Replay on approach', () => {
    const { store, run, host, setDone } = setup();
    setDone(true);
    run.launch();
    run.frame(TICK);
    const zone = host.session.ctx.zones.get(host.session.ctx.script.offer.zone)!.shape;
    const ship = host.session.world.entities.find((e) => e.id === host.session.world.player)!;
    if (zone.type === 'circle') {
      ship.x = zone.x;
      ship.y = zone.y;
    }
    for (let i = 0; i < 60; i++) run.frame(TICK);
    expect(store.getState()).toMatchObject({ phase: 'offer', offerReplay: true });
  });

  it('player commands count only while the player has the controls and the game runs', () => {
    const { host, run, player } = setup();
    run.launch();
    run.command({ type: 'throttle', value: 1 });
    expect(player.next()).toEqual([{ type: 'throttle', value: 1 }]);
    run.setPaused(true);
    run.command({ type: 'throttle', value: 1 });
    expect(player.next()).toEqual([]);
    run.setPaused(false);
    run.setAutopilot(true);
    run.command({ type: 'throttle', value: 1 });
    expect(player.next()).toEqual([]);
    // Taking over lets go of everything the bot held.
    run.setAutopilot(false);
    expect(host.source).toBe(player);
    expect(player.next().map((c) => c.type)).toContain('throttle');
  });

  it('notes the first use of throttle, turn and fire for the controls hint (the player only)', () => {
    const { run, store } = setup();
    run.launch();
    const used = () => store.getState().controlsUsed;
    expect(used()).toEqual({ throttle: false, turn: false, fire: false });
    run.command({ type: 'turn', value: 0 });
    run.command({ type: 'fire', on: false });
    expect(used()).toEqual({ throttle: false, turn: false, fire: false });
    run.command({ type: 'turn', value: -1 });
    run.command({ type: 'fire', on: true });
    expect(used()).toEqual({ throttle: false, turn: true, fire: true });
    // Not while paused, nor while the autopilot flies.
    run.setPaused(true);
    run.command({ type: 'throttle', value: 0.25 });
    run.setPaused(false);
    run.setAutopilot(true);
    run.command({ type: 'throttle', value: 0.25 });
    expect(used().throttle).toBe(false);
    run.setAutopilot(false);
    run.command({ type: 'throttle', value: 0.25 });
    expect(used()).toEqual({ throttle: true, turn: true, fire: true });
    // Stepping back to zero does not bring the hint back.
    run.command({ type: 'throttle', value: 0 });
    expect(used().throttle).toBe(true);
  });

  it('input read before the host advances is applied on the first tick of the frame', () => {
    const { host, run } = setup();
    run.launch();
    run.command({ type: 'throttle', value: 1 });
    run.frame(TICK);
    expect(host.session.world.input.throttle).toBe(1);
    expect(host.session.log.at(-1)).toEqual([1, { type: 'throttle', value: 1 }]);
  });

  it('free flight: a fresh offered session, in the sector or back at the title', () => {
    const { host, run, store } = setup();
    run.launch();
    run.accept();
    run.frame(TICK);
    expect(host.session.mission.status).toBe('active');
    run.setPaused(true);
    run.freeFlight(newSession(9));
    expect(host.session.mission.status).toBe('offered');
    expect(store.getState()).toMatchObject({ phase: 'playing', paused: false, status: 'offered' });
    expect(host.paused).toBe(false);
    run.freeFlight(newSession(10), true);
    expect(run.launched).toBe(false);
    expect(store.getState().phase).toBe('title');
  });

  it('a new run replaces the session without a jump and clears the HUD', () => {
    const { host, run, store } = setup();
    run.launch();
    store.setState({ rewards: { kind: 'replay' } as never, phase: 'complete' });
    const epoch = host.epoch;
    const next = newSession(8);
    run.newRun(next);
    expect(host.session).toBe(next);
    expect(host.epoch).toBe(epoch);
    expect(store.getState()).toMatchObject({ rewards: null, phase: 'playing' });
  });
});

describe('a tick that throws', () => {
  it('stops the run, shows the error once, and tells the app once (its attempt is kept)', () => {
    const host = new GameHost(newSession(4));
    const store = createHudStore();
    const crashes: unknown[] = [];
    const run = new RunController({
      script: host.session.ctx.script,
      host,
      store,
      bus: new EffectBus(),
      player: new PlayerSource(),
      bot: new BotSource(),
      missionDone: () => false,
      configureRun: () => {},
      onCrash: (c) => crashes.push(c),
    });
    run.launch();
    run.setAutopilot(true);
    for (let i = 0; i < 20; i++) run.frame(TICK);
    (host.session.world as { rng: unknown }).rng = 'broken';
    for (let i = 0; i < 30; i++) run.frame(250);
    expect(crashes).toHaveLength(1);
    expect(store.getState().runError).toMatchObject({ message: expect.stringMatching(/Error/) });
    const tick = host.session.tick;
    run.frame(1000);
    expect(host.session.tick).toBe(tick);
  });
});

describe('command sources', () => {
  it('a replay source gives each recorded command on its tick, and seeks', () => {
    const straight = newSession(6);
    runBot(straight, 2400);
    const source = new ReplaySource(straight.log);
    const copy = newSession(123);
    const host = new GameHost(copy);
    host.source = source;
    for (let i = 0; i < 2400; i++) host.stepOnce();
    expect(copy.hash()).toBe(straight.hash());
    expect(copy.log).toEqual(straight.log);
    source.seek(0);
    expect(source.next(newSession(1)).map((c) => c.type)).toEqual(['accept']);
    source.seek(2400);
    expect(source.next(copy)).toEqual([]);
  });

  it('the player source hands its buffer over once', () => {
    const p = new PlayerSource();
    p.push({ type: 'torpedo' });
    expect(p.next()).toEqual([{ type: 'torpedo' }]);
    expect(p.next()).toEqual([]);
  });
});

describe('EffectBus', () => {
  it('delivers typed effects to every subscriber, events first, and unsubscribes', () => {
    const bus = new EffectBus();
    const order: string[] = [];
    const off = bus.on('dialogue', (e) => order.push(`a:${e.dialogue}`));
    bus.on('dialogue', (e) => order.push(`b:${e.dialogue}`));
    bus.onEvent('enteredZone', (e) => order.push(`zone:${e.zone}`));
    bus.onBatch((list) => order.push(`batch:${list.length}`));
    bus.publish(
      [{ type: 'enteredZone', zone: 'z', actor: 'player', tick: 1 } as never],
      [{ type: 'dialogue', dialogue: 'd' }],
    );
    off();
    bus.publish([], [{ type: 'dialogue', dialogue: 'e' }]);
    bus.publish([], []);
    expect(order).toEqual(['zone:z', 'batch:1', 'a:d', 'b:d', 'batch:1', 'b:e']);
  });
});

describe('FrameLoop', () => {
  it('measures its own elapsed time between frames', () => {
    let now = 1000;
    const queue: ((t: number) => void)[] = [];
    const scheduler: FrameScheduler = {
      now: () => now,
      request: (fn) => queue.push(fn),
      cancel: () => {},
    };
    const seen: number[] = [];
    const loop = new FrameLoop(scheduler, (elapsed) => seen.push(elapsed));
    loop.start();
    // A 48 Hz display: every frame is 20.8 ms, and that is what the game is given.
    for (let i = 0; i < 4; i++) {
      queue.shift()!(0);
      now += 20.8;
    }
    expect(seen[0]).toBe(0);
    expect(seen.slice(1).map((x) => Math.round(x * 10) / 10)).toEqual([20.8, 20.8, 20.8]);
    loop.stop();
    expect(loop.running).toBe(false);
  });

  it('a 48 Hz display runs the game at full speed (60 ticks a second)', () => {
    const host = new GameHost(newSession(1));
    let ticks = 0;
    for (let frame = 0; frame < 48; frame++) ticks += host.advance(1000 / 48);
    expect(ticks).toBeGreaterThanOrEqual(59);
    expect(ticks).toBeLessThanOrEqual(60);
  });
});
