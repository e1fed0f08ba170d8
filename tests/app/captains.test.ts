/** The composition root's captain wiring, run headless: checkpoints, resume, replay. */
import { describe, expect, it } from 'vitest';
import { Captains } from '../../src/app/captains';
import { localBackups } from '../../src/persist/backups';
import { exportCaptain, SAVE_KEY, SAVE_VERSION } from '../../src/persist/profileSave';
import { queueBotCommands } from '../../src/session/autopilot';
import { GameHost } from '../../src/session/host';
import { Session, type SessionSnapshot } from '../../src/session/Session';
import { createHudStore } from '../../src/store/hud';
import { LIMITS, utf8Bytes } from '../../src/store/limits';
import { type Captain, newCaptain } from '../../src/store/profile';
import { MemoryStorage, QuotaStorage } from '../helpers';
import { geometry, script } from '../sim/simHelpers';

function boot(storage: MemoryStorage, seed = 5) {
  const host = new GameHost(new Session({ script, geometry, seed }));
  const store = createHudStore();
  const captains = new Captains({
    script,
    host,
    store,
    storage: storage as unknown as Storage,
    newSession: () => new Session({ script, geometry, seed }),
    onNewRun: (session) => host.replaceSession(session),
    initialNotices: [],
    backups: [localBackups(storage)],
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
    expect(host.session.runDefaults).toMatchObject({ captainLevel: 47, missionReplay: false });
    host.session.queue({ type: 'accept' });
    host.stepOnce();
    // The log alone is the truth: the accept carries who played.
    expect(host.session.log[0]).toEqual([
      1,
      { type: 'accept', seed: 5, difficulty: 'normal', captainLevel: 47, missionReplay: false },
    ]);
    expect(host.session.run).toMatchObject({ captainLevel: 47, missionReplay: false });
    expect(captains.create('', 47)).toMatch(/name/);
  });

  // The bot plays a whole run: seconds on a shared 2-core machine, hence the longer timeout.
  it('saves a checkpoint when a step starts and resumes it after a reload', {
    timeout: 30_000,
  }, () => {
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
    expect(s.run?.captainLevel).toBe(45);
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
    expect(second.store.getState().profile.notices.at(-1)?.text).toMatch(
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
      const notice = second.store.getState().profile.notices.at(-1)?.text ?? '';
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

/** A captain with `items` received items (about 85 bytes each in the save). */
function captainWith(id: string, items: number): Captain {
  return {
    ...newCaptain(id, `Captain ${id}`, 45, '2026-01-01T00:00:00.000Z'),
    items: Array.from({ length: items }, (_, i) => ({
      missionId: 'shutdown',
      mark: 'X',
      kind: 'replay' as const,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })),
  };
}

const saveText = (captains: Captain[]) =>
  JSON.stringify({ state: { captains, activeId: captains[0]!.id }, version: SAVE_VERSION });

describe('imports and a full storage: nothing saved is lost', () => {
  it('a 101st captain is not imported; the hundred stay, after a reload too', () => {
    const storage = new MemoryStorage();
    const hundred = saveText(
      Array.from({ length: LIMITS.captains }, (_, i) => captainWith(`k${i}`, 0)),
    );
    storage.setItem(SAVE_KEY, hundred);
    const { captains, store } = boot(storage);
    captains.importText(exportCaptain(captainWith('extra', 0)));
    expect(store.getState().profile.importError).toBe(
      'The game keeps at most 100 captains, and you have 100. “Captain extra” was not added; your captains are unchanged.',
    );
    expect(captains.create('Ezri', 40)).toMatch(/at most 100 captains/);
    expect(storage.getItem(SAVE_KEY)).toBe(hundred);
    expect(boot(storage).store.getState().profile.captains).toHaveLength(100);
  });

  it('an import that would make the save too large is refused; every captain stays', () => {
    const storage = new MemoryStorage();
    // Full captains until the next one would not fit.
    const full: Captain[] = [];
    while (utf8Bytes(saveText([...full, captainWith(`f${full.length}`, 1000)])) <= LIMITS.saveBytes)
      full.push(captainWith(`f${full.length}`, 1000));
    const text = saveText(full);
    storage.setItem(SAVE_KEY, text);
    const { captains, store } = boot(storage);
    captains.importText(exportCaptain(captainWith('one-more', 1000)));
    expect(store.getState().profile.importError).toMatch(
      /^“Captain one-more” could not be saved: the save would take 2(\.\d+)? MB, over the game’s limit of 2 MB\. Your captains are unchanged\.$/,
    );
    expect(storage.getItem(SAVE_KEY)).toBe(text);
    expect(boot(storage).store.getState().profile.captains).toHaveLength(full.length);
  });

  it('the reported case: two 1.7 MB files of 20,000 items are refused, and nothing is lost', () => {
    const storage = new MemoryStorage();
    const { captains, store } = boot(storage);
    captains.create('Kira', 40);
    const saved = storage.getItem(SAVE_KEY);
    const file = exportCaptain(captainWith('huge', 20_000));
    expect(file.length).toBeGreaterThan(1_700_000);
    for (let i = 0; i < 2; i++) {
      captains.importText(file);
      expect(store.getState().profile.importError).toMatch(/too large to be a captain/);
    }
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    expect(
      boot(storage)
        .store.getState()
        .profile.captains.map((c) => c.name),
    ).toEqual(['Kira']);
  });

  it('a full storage: creating and importing say so; after a reload the captains are there', () => {
    const storage = new QuotaStorage(100_000);
    const { captains, store } = boot(storage);
    expect(captains.create('Kira', 40)).toBeNull();
    storage.fill();
    expect(captains.create('Odo', 41)).toBe(
      '“Odo” could not be saved: this browser’s storage for the game is full. Your captains are unchanged.',
    );
    captains.importText(exportCaptain(captainWith('imported', 3)));
    expect(store.getState().profile.importError).toMatch(/storage for the game is full/);
    // Progress that cannot be saved is a notice that offers the captain as a file.
    captains.profile.getState().put({ ...captains.captain, sp: 123_456 });
    const notices = store.getState().profile.notices;
    expect(notices).toEqual([
      {
        text: expect.stringContaining(
          'Your latest progress could not be saved: this browser’s storage for the game is full.',
        ),
        exportLabel: 'Export this captain',
      },
    ]);
    expect(JSON.parse(captains.noticeFile(0)!.text).captain).toMatchObject({
      name: 'Kira',
      sp: 123_456,
    });
    expect(
      boot(storage)
        .store.getState()
        .profile.captains.map((c) => c.name),
    ).toEqual(['Kira']);
  });

  it('an unreadable save: the notice offers the old data as a file', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SAVE_KEY, '{"state": broken');
    const { captains, store } = boot(storage);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().profile.notices).toEqual([
      {
        text: expect.stringContaining(`kept as “${SAVE_KEY}.backup”`),
        exportLabel: 'Download a copy',
      },
    ]);
    expect(captains.noticeFile(0)).toEqual({
      name: 'shutdown-captains-old-save.json',
      text: '{"state": broken',
    });
  });

  it('a tally accolade is awarded the moment it is reached, mid-mission (Federation Foil at the tenth officer)', () => {
    const { host, captains } = boot(new MemoryStorage());
    captains.create('Sisko', 45);
    host.session.queue({ type: 'accept' });
    let earnedAt: { tick: number; officers: number; status: string } | null = null;
    for (let i = 0; i < 60 * 60 * 15 && host.session.mission.status !== 'complete'; i++) {
      queueBotCommands(host.session);
      host.stepOnce();
      const { effects } = host.drainMission();
      const earned = captains.onEffects(effects);
      if (earned.some((a) => a.id === 'federation-foil') && !earnedAt) {
        const t = host.session.mission.tallies.find((x) => x.id === 'federation-officers')!;
        earnedAt = {
          tick: host.session.tick,
          officers: t.counts.reduce((a, b) => a + b, 0),
          status: host.session.mission.status,
        };
      }
    }
    expect(earnedAt).toMatchObject({ officers: 10, status: 'active' });
    expect(captains.captain.accolades['federation-foil']).toBeTruthy();
    // Earned once: the completion does not award it again.
    expect(host.session.mission.status).toBe('complete');
    expect(Object.keys(captains.captain.accolades).sort()).toEqual([
      'federation-foil',
      'fluidic-reclamation',
    ]);
    // The tally itself is booked once, at completion.
    expect(captains.captain.tallies['federation-officers']).toBe(32);
  });
});

describe('speedrun boards of an imported captain', () => {
  const board = (replayId: string) => ({
    attempts: 4,
    pb: { igtTicks: 60_000, splitTimes: {}, replayId, at: '2026-12-01T10:00:00.000Z', attempt: 3 },
    bestSegments: { 'report-to-bajor-sector': 300 },
    history: [],
  });
  const file = () =>
    exportCaptain(
      {
        ...newCaptain('k9', 'Kasidy', 40, '2026-12-01T00:00:00.000Z'),
        speedrun: { 'any%/normal': board('good'), 'any%/elite': board('bad') },
      },
      { good: { format: 'shutdown-replay' }, bad: { format: 'shutdown-replay' } },
    );

  it('comes in without its PBs; each comes back only when the game verifies its replay', async () => {
    const storage = new MemoryStorage();
    const store = createHudStore();
    const captains = new Captains({
      script,
      store,
      storage: storage as unknown as Storage,
      initialNotices: [],
      backups: [localBackups(storage)],
    });
    const checked: string[][] = [];
    const done = captains.importText(file());
    // On the title the game is not there yet: the captain is in, its PBs are not.
    const c = () => captains.profile.getState().captains[0]!;
    expect(c().speedrun['any%/normal']).toMatchObject({ attempts: 4, pb: null });
    const host = new GameHost(new Session({ script, geometry, seed: 5 }));
    captains.attach({
      host,
      newSession: () => new Session({ script, geometry, seed: 5 }),
      onNewRun: () => {},
      verifyImportedPbs: async (_id, boards, replays) => {
        checked.push(Object.keys(replays).sort());
        expect(Object.keys(boards).sort()).toEqual(['any%/elite', 'any%/normal']);
        return { kept: { 'any%/normal': 'lib-7' }, dropped: ['any%/elite'] };
      },
    });
    await done;
    expect(checked).toEqual([['bad', 'good']]);
    expect(c().speedrun['any%/normal']!.pb).toMatchObject({ igtTicks: 60_000, replayId: 'lib-7' });
    expect(c().speedrun['any%/elite']!.pb).toBeNull();
    expect(
      store
        .getState()
        .profile.notices.map((n) => n.text)
        .join('\n'),
    ).toMatch(
      /imported without the personal best of any%\/elite: their replays did not verify here/,
    );
  });
});
