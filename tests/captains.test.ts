/** The composition root's captain wiring, run headless: checkpoints, resume, replay. */
import { describe, expect, it } from 'vitest';
import { Captains } from '../src/captains';
import { SAVE_KEY } from '../src/persist/profileSave';
import { queueBotCommands } from '../src/session/autopilot';
import { GameHost } from '../src/session/host';
import { Session, type SessionSnapshot } from '../src/session/Session';
import { createHudStore } from '../src/store/hud';
import { MemoryStorage } from './helpers';
import { geometry, script } from './sim/simHelpers';

function boot(storage: MemoryStorage, seed = 5) {
  const host = new GameHost(new Session({ script, geometry, seed }));
  const store = createHudStore();
  const captains = new Captains({
    script,
    host,
    store,
    storage: storage as unknown as Storage,
    newSession: () => new Session({ script, geometry, seed }),
    onNewRun: () => {},
    initialNotices: [],
  });
  captains.configureRun();
  return { host, store, captains };
}

/** Plays with the bot until `stepId` has started (its checkpoint saved). */
function playUntilStep(host: GameHost, stepId: string) {
  const index = script.steps.findIndex((s) => s.id === stepId);
  for (let i = 0; i < 60 * 60 * 10 && host.session.mission.step < index; i++) {
    queueBotCommands(host.session);
    host.stepOnce();
  }
  expect(host.session.mission.step).toBe(index);
}

describe('Captains', () => {
  it('a run is played by the active captain: level and replay go into the accept', () => {
    const { host, captains } = boot(new MemoryStorage());
    expect(captains.create('Sisko', 47)).toBeNull();
    expect(host.session.captainLevel).toBe(47);
    expect(host.session.replay).toBe(false);
    expect(captains.create('', 47)).toMatch(/name/);
  });

  it('saves a checkpoint when a step starts and resumes it after a reload', () => {
    const storage = new MemoryStorage();
    const first = boot(storage);
    first.captains.create('Sisko', 45);
    playUntilStep(first.host, 'deception');
    const saved = JSON.parse(storage.getItem(SAVE_KEY)!).state.captains[0].run;
    expect(saved).toMatchObject({
      missionId: 'shutdown',
      stepId: 'deception',
      stepTitle: 'Deception',
    });

    const second = boot(storage);
    expect(second.store.getState().profile.active?.checkpoint?.stepTitle).toBe('Deception');
    expect(second.captains.resume()).toBe(true);
    const s = second.host.session;
    expect(s.mission.step).toBe(script.steps.findIndex((x) => x.id === 'deception'));
    expect(s.tick).toBe(saved.snapshot.world.tick);
    expect(s.captainLevel).toBe(45);
    // The resumed run goes on to the end, and completing it clears the checkpoint.
    for (let i = 0; i < 60 * 60 * 15 && s.mission.status !== 'complete'; i++) {
      queueBotCommands(s);
      second.host.stepOnce();
      const { effects } = second.host.drainMission();
      if (effects.length) second.captains.onEffects(effects);
    }
    expect(s.mission.status).toBe('complete');
    const after = JSON.parse(storage.getItem(SAVE_KEY)!).state.captains[0];
    expect(after.run).toBeNull();
    expect(after.missions.shutdown.completions).toBe(1);
  });

  it('a checkpoint that does not fit is discarded with a notice, and the game goes on', () => {
    const storage = new MemoryStorage();
    const first = boot(storage);
    first.captains.create('Sisko', 45);
    playUntilStep(first.host, 'the-best-defense');
    const data = JSON.parse(storage.getItem(SAVE_KEY)!);
    data.state.captains[0].run.snapshot.simVersion = 999;
    storage.setItem(SAVE_KEY, JSON.stringify(data));
    const second = boot(storage);
    const before = second.host.session;
    expect(second.captains.resume()).toBe(false);
    expect(second.host.session).toBe(before);
    expect(second.store.getState().profile.notices.at(-1)).toMatch(
      /checkpoint could not be resumed/,
    );
    expect(second.store.getState().profile.active?.checkpoint).toBeNull();
  });

  it('a tampered checkpoint that passed the old trial tick is refused, named and discarded', () => {
    const storage = new MemoryStorage();
    const first = boot(storage);
    first.captains.create('Sisko', 45);
    playUntilStep(first.host, 'deception');
    const saved = storage.getItem(SAVE_KEY)!;
    const cases: [string, (snapshot: SessionSnapshot) => void, string][] = [
      ['tallies null', (x) => Object.assign(x.mission, { tallies: null }), '$.mission.tallies'],
      ['step out of range', (x) => Object.assign(x.mission, { step: 99 }), '$.mission.step'],
      [
        'position as text',
        (x) => Object.assign(x.world.entities[0]!, { x: '12' }),
        '$.world.entities[0].x',
      ],
      ['hull 1e300', (x) => Object.assign(x.world.entities.at(-1)!, { hull: 1e300 }), '.hull'],
      [
        'negative ids',
        (x) =>
          x.world.entities.forEach((e: { id: number }) => {
            e.id = -e.id;
          }),
        '$.world.entities[0].id',
      ],
    ];
    for (const [label, change, path] of cases) {
      const data = JSON.parse(saved);
      change(data.state.captains[0].run.snapshot);
      storage.setItem(SAVE_KEY, JSON.stringify(data));
      const second = boot(storage);
      expect(second.store.getState().profile.active?.checkpoint, label).not.toBeNull();
      const before = second.host.session;
      expect(second.captains.resume(), label).toBe(false);
      expect(second.host.session, label).toBe(before);
      const notice = second.store.getState().profile.notices.at(-1) ?? '';
      expect(notice, label).toMatch(/checkpoint could not be resumed/);
      expect(notice, label).toContain(path);
      expect(second.store.getState().profile.active?.checkpoint, label).toBeNull();
      // The game goes on, and after a reload the bad checkpoint is not offered again.
      second.host.stepOnce();
      expect(second.host.crash, label).toBeNull();
      const third = boot(storage);
      expect(third.store.getState().profile.active?.checkpoint, label).toBeNull();
      expect(third.captains.resume(), label).toBe(false);
      expect(third.store.getState().profile.notices, label).toEqual([]);
    }
  });

  it('a replay starts a new session as a Mission Replay, accepted at once', () => {
    const { host, captains } = boot(new MemoryStorage());
    const c = captains.create('Sisko', 50);
    expect(c).toBeNull();
    const id = captains.captain.id;
    captains.profile.getState().put({
      ...captains.captain,
      missions: { shutdown: { completions: 1, firstCompletedAt: 'x', bestIgtTicks: 1 } },
    });
    expect(captains.captain.id).toBe(id);
    captains.replay();
    host.stepOnce();
    expect(host.session.mission.status).toBe('active');
    expect(host.session.mission.replay).toBe(true);
    expect(host.session.mission.captainLevel).toBe(50);
  });
});
