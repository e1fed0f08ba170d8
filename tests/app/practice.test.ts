/** The browser's practice store: start states kept in the key-value store, bests per captain. */
import { describe, expect, it } from 'vitest';
import { PracticeStore } from '../../src/app/practice';
import { MemoryKeyValue, RunLibrary } from '../../src/app/runLibrary';
import { type PracticeParams, practiceKey } from '../../src/speedrun/practice';
import { script } from '../sim/simHelpers';
import { env } from '../speedrun/helpers';

const params: PracticeParams = {
  seed: 9,
  difficulty: 'normal',
  captainLevel: script.levelRange.min,
  missionReplay: false,
};

describe('PracticeStore', () => {
  it('makes a start state once, stores every step on the way, and reads it back', async () => {
    const kv = new MemoryKeyValue();
    const store = new PracticeStore(env, kv);
    const first = await store.start(params, 'deception');
    expect(first.ok && first.cached).toBe(false);
    for (const id of ['report-to-bajor', 'the-best-defense', 'deception'])
      expect(kv.data.has(`practice-start:${practiceKey(env, params, id)}`)).toBe(true);
    // A new page (a new store on the same storage) starts it from storage.
    const again = await new PracticeStore(env, kv).start(params, 'the-best-defense');
    expect(again.ok && again.cached).toBe(true);
    expect(first.ok && again.ok && again.snapshot.world.tick).toBeLessThan(
      first.ok ? first.snapshot.world.tick : 0,
    );
  });

  it('refuses an unknown step and stores nothing', async () => {
    const kv = new MemoryKeyValue();
    const r = await new PracticeStore(env, kv).start(params, 'holodeck');
    expect(r.ok).toBe(false);
    expect(kv.data.size).toBe(0);
  });

  it('storage that fails costs only the cache', async () => {
    const kv = new MemoryKeyValue();
    kv.get = async () => {
      throw new Error('IndexedDB closed');
    };
    kv.set = async () => {
      throw new Error('quota');
    };
    const r = await new PracticeStore(env, kv).start(params, 'the-best-defense');
    expect(r.ok).toBe(true);
  });

  it('keeps the fastest time per step and per captain', async () => {
    const store = new PracticeStore(env, new MemoryKeyValue());
    const at = '2026-12-02T12:00:00.000Z';
    expect(await store.noteTime('kira', 'deception', 3000, at)).toBe(true);
    expect(await store.noteTime('kira', 'deception', 3200, at)).toBe(false);
    expect(await store.noteTime('kira', 'deception', 3000, at)).toBe(false);
    expect(await store.noteTime('kira', 'deception', 2900, at)).toBe(true);
    expect(await store.noteTime('kira', 'finish-the-fight', 5000, at)).toBe(true);
    expect(await store.noteTime('odo', 'deception', 4000, at)).toBe(true);
    expect(await store.bests('kira')).toEqual({
      deception: { ticks: 2900, at },
      'finish-the-fight': { ticks: 5000, at },
    });
    expect(await store.bests('odo')).toEqual({ deception: { ticks: 4000, at } });
    expect(await store.bests('nobody')).toEqual({});
  });
});

describe('guest practice bests', () => {
  it('go with the other guest records of an earlier browser session', async () => {
    const kv = new MemoryKeyValue();
    const store = new PracticeStore(env, kv);
    await store.noteTime('guest:old', 'deception', 100, '2026-12-02T12:00:00.000Z');
    await store.noteTime('guest:now', 'deception', 200, '2026-12-02T12:00:00.000Z');
    await store.noteTime('c1', 'deception', 300, '2026-12-02T12:00:00.000Z');
    await new RunLibrary(kv).forgetOtherGuests('guest:now');
    expect(await store.bests('guest:old')).toEqual({});
    expect(Object.keys(await store.bests('guest:now'))).toEqual(['deception']);
    expect(Object.keys(await store.bests('c1'))).toEqual(['deception']);
  });
});
