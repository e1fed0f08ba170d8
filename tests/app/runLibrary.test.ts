/** The run library and the browser recording, on memory storage (no browser). */
import { describe, expect, it } from 'vitest';
import { Recording } from '../../src/app/recording';
import {
  isClean,
  KEEP_LAST,
  MemoryKeyValue,
  personalBests,
  RunLibrary,
} from '../../src/app/runLibrary';
import { botCommandsFor } from '../../src/session/autopilot';
import { GameHost } from '../../src/session/host';
import type { RunRecord } from '../../src/speedrun/record';
import { verifyRecord } from '../../src/speedrun/verify';
import { newSession } from '../sim/simHelpers';
import { botRecord, env } from '../speedrun/helpers';

const withIgt = (r: RunRecord, igtTicks: number, flags: Partial<RunRecord['assisted']> = {}) => {
  const c = structuredClone(r);
  c.result.igtTicks = igtTicks;
  c.assisted = { autopilot: false, resumed: false, practice: false, ...flags };
  c.run.category = 'any%';
  return c;
};

describe('RunLibrary', () => {
  it('keeps the last 50 attempts plus every record that was a PB when made', async () => {
    const lib = new RunLibrary(new MemoryKeyValue());
    const { record } = botRecord(3);
    // A PB first, then 60 slower attempts (and one assisted faster one, which is no PB).
    const pbId = await lib.add('c1', withIgt(record, 10_000));
    await lib.add('c1', withIgt(record, 9_000, { autopilot: true }));
    for (let i = 0; i < 60; i++) await lib.add('c1', withIgt(record, 12_000 + i));
    const list = await lib.list('c1');
    expect(list).toHaveLength(KEEP_LAST + 1);
    expect(list.some((m) => m.id === pbId)).toBe(true);
    expect(personalBests(list)).toEqual(new Set([pbId]));
    expect(await lib.get(pbId)).toBeTruthy();
    // Dropped records are really gone from storage.
    const kv = new MemoryKeyValue();
    const small = new RunLibrary(kv);
    for (let i = 0; i < KEEP_LAST + 5; i++) await small.add('c', withIgt(record, 20_000 + i));
    expect([...kv.data.keys()].filter((k) => k.startsWith('run:'))).toHaveLength(KEEP_LAST + 1);
    // Captains do not see each other's records.
    expect(await lib.list('c2')).toEqual([]);
  });

  it('only clean complete runs count: resumed or practice never, autopilot only in its category', () => {
    const m = (flags: string[], category = 'any%', status = 'complete') =>
      ({ flags, category, status }) as Parameters<typeof isClean>[0];
    expect(isClean(m([]))).toBe(true);
    expect(isClean(m([], 'any%', 'reset'))).toBe(false);
    expect(isClean(m(['resumed']))).toBe(false);
    expect(isClean(m(['autopilot'], 'autopilot'))).toBe(true);
    expect(isClean(m(['autopilot', 'resumed'], 'autopilot'))).toBe(false);
    expect(isClean(m(['autopilot'], 'any%'))).toBe(false);
  });

  it('an attempt left in progress comes back as abandoned; other sessions of the guest go', async () => {
    const kv = new MemoryKeyValue();
    const lib = new RunLibrary(kv);
    const { record } = botRecord(3);
    await lib.saveInProgress('c1', record);
    const id = await lib.recoverAbandoned('c1');
    expect(id).toBeTruthy();
    expect((await lib.list('c1'))[0]).toMatchObject({ id, status: 'abandoned' });
    expect(await lib.recoverAbandoned('c1')).toBeNull();
    await lib.add('guest:old', record);
    await lib.add('guest:now', record);
    await lib.forgetOtherGuests('guest:now');
    expect(await lib.list('guest:old')).toEqual([]);
    expect(await lib.list('guest:now')).toHaveLength(1);
  });
});

describe('Recording', () => {
  function rig() {
    const lib = new RunLibrary(new MemoryKeyValue());
    const host = new GameHost(newSession(5));
    let bot = false;
    host.source = { kind: 'player', next: (s) => (bot ? botCommandsFor(s) : []) };
    const kept: { id: string | null; record: RunRecord }[] = [];
    let now = 0;
    const rec = new Recording({
      library: lib,
      missionHash: env.missionHash,
      owner: () => ({ key: 'c1', name: 'Sisko' }),
      autopilot: () => bot,
      now: () => now,
      isoDate: () => '2026-12-02T12:00:00.000Z',
      onKept: (id, record) => kept.push({ id, record }),
    });
    host.afterTick.add(rec.tick);
    return {
      lib,
      host,
      rec,
      kept,
      setBot: (b: boolean) => (bot = b),
      advanceClock: (ms: number) => (now += ms),
    };
  }

  it('records from the accept; a reset keeps the attempt, and the record verifies', async () => {
    const { host, rec, kept, advanceClock } = rig();
    for (let i = 0; i < 30; i++) host.stepOnce();
    expect(rec.recording).toBe(false);
    host.session.queue({ type: 'accept' });
    host.stepOnce();
    expect(rec.recording).toBe(true);
    host.session.queue({ type: 'throttle', value: 1 });
    for (let i = 0; i < 700; i++) host.stepOnce();
    advanceClock(12_000);
    rec.paused(true);
    advanceClock(3_000);
    rec.paused(false);
    const record = rec.end('reset')!;
    await new Promise((r) => setTimeout(r, 0));
    expect(kept).toHaveLength(1);
    expect(record.result.status).toBe('reset');
    expect(record.assisted).toEqual({ autopilot: false, resumed: false, practice: false });
    expect(record.run).toMatchObject({ runner: 'Sisko', category: 'any%', startedFrom: 'start' });
    expect(record.timing).toEqual({ rtaMs: 15_000, pauseMs: 3_000 });
    // An unfinished attempt still verifies: the same state at its last tick.
    const out = verifyRecord(record, env);
    expect(out.reason).toBeUndefined();
    expect(out.verified).toBe(true);
  });

  it('the autopilot at any moment flags the record', () => {
    const { host, rec, setBot } = rig();
    host.session.queue({ type: 'accept' });
    host.stepOnce();
    setBot(true);
    for (let i = 0; i < 5; i++) host.stepOnce();
    setBot(false);
    for (let i = 0; i < 100; i++) host.stepOnce();
    const record = rec.end('reset')!;
    expect(record.assisted.autopilot).toBe(true);
    expect(record.run.category).toBe('autopilot');
  });

  it('a resumed run is recorded from its start state and verifies', () => {
    const { host, rec } = rig();
    const s = host.session;
    s.queue({ type: 'accept' });
    for (let i = 0; i < 900; i++) {
      for (const c of botCommandsFor(s)) s.queue(c);
      s.step();
    }
    const snap = s.snapshot();
    const resumed = newSession(1);
    resumed.restore(snap);
    host.replaceSession(resumed);
    rec.begin(resumed, {
      resumed: true,
      startedFrom: { stepId: 'x', snapshot: resumed.snapshot() },
    });
    host.source = { kind: 'player', next: (x) => botCommandsFor(x) };
    for (let i = 0; i < 600; i++) host.stepOnce();
    const record = rec.end('reset')!;
    expect(record.assisted.resumed).toBe(true);
    expect(record.run.startedFrom).toBe('x');
    expect(record.start).toBeTruthy();
    const out = verifyRecord(JSON.parse(JSON.stringify(record)), env);
    expect(out.reason).toBeUndefined();
    expect(out.verified).toBe(true);
  });
});

describe('a failed attempt', () => {
  it('is kept, and re-simulating it reports the failure instead of throwing', () => {
    const lib = new RunLibrary(new MemoryKeyValue());
    const host = new GameHost(newSession(5));
    host.source = { kind: 'bot', next: (s) => botCommandsFor(s) };
    const rec = new Recording({
      library: lib,
      missionHash: env.missionHash,
      owner: () => ({ key: 'c1', name: 'Sisko' }),
      autopilot: () => true,
      now: () => 0,
      isoDate: () => '2026-12-02T12:00:00.000Z',
      onKept: () => {},
    });
    host.afterTick.add(rec.tick);
    for (let i = 0; i < 300; i++) host.stepOnce();
    (host.session.world as { rng: unknown }).rng = 'broken';
    for (let i = 0; i < 300 && !host.crash; i++) host.stepOnce();
    expect(host.crash).not.toBeNull();
    const record = rec.end('failed')!;
    expect(record.result.status).toBe('failed');
    expect(record.result.endTick).toBe(host.session.tick);
    expect(() => verifyRecord(JSON.parse(JSON.stringify(record)), env)).not.toThrow();
  });
});
