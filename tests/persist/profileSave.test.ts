import { describe, expect, it } from 'vitest';
import {
  exportCaptain,
  importCaptain,
  migrateSave,
  SAVE_KEY,
  SAVE_VERSION,
  SafeProfileStorage,
} from '../../src/persist/profileSave';
import { createProfileStore, newCaptain } from '../../src/store/profile';
import { MemoryStorage } from '../helpers';

const NOW = '2026-11-25T12:00:00.000Z';

/** Opens the store on `raw` the way the game does; returns the store and the notices. */
function open(raw: string | null, storage = new MemoryStorage()) {
  if (raw !== null) storage.setItem(SAVE_KEY, raw);
  const notices: string[] = [];
  const safe = new SafeProfileStorage(storage, (m) => notices.push(m));
  let n = 0;
  const store = createProfileStore({
    name: SAVE_KEY,
    version: SAVE_VERSION,
    storage: safe,
    migrate: migrateSave,
    onRehydrateError: (e) => safe.quarantineLast(SAVE_KEY, (e as Error).message),
    newId: () => `id${++n}`,
    now: () => NOW,
  });
  return { store, notices, storage };
}

const v1Save = {
  version: 1,
  state: {
    activeId: 'k1',
    captains: [
      {
        id: 'k1',
        name: 'Kira Nerys',
        level: 42,
        createdAt: '2026-01-01T00:00:00.000Z',
        missions: {
          shutdown: {
            completions: 2,
            firstCompletedAt: '2026-02-01T00:00:00.000Z',
            bestIgtTicks: 14000,
          },
        },
        tallies: { 'federation-officers': 64 },
        accolades: ['fluidic-reclamation', 'federation-foil'],
        sp: 4838,
        exp: 4640,
      },
    ],
  },
};

describe('the captains save', () => {
  it('round-trips through storage: only data is written, with the version', () => {
    const { store, storage } = open(null);
    store.getState().create('Sisko', 45);
    const saved = JSON.parse(storage.getItem(SAVE_KEY)!);
    expect(saved.version).toBe(SAVE_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['activeId', 'captains']);
    const again = open(null, storage);
    expect(again.notices).toEqual([]);
    expect(again.store.getState().captains.map((c) => [c.name, c.level])).toEqual([['Sisko', 45]]);
    expect(again.store.getState().activeId).toBe('id1');
  });

  it('migrates a version 1 save: accolades keep their ids, dated by the captain’s creation', () => {
    const { store, notices } = open(JSON.stringify(v1Save));
    expect(notices).toEqual([]);
    const c = store.getState().captains[0]!;
    expect(c).toMatchObject({
      name: 'Kira Nerys',
      level: 42,
      prerequisitesDone: ['war-games'],
      accolades: {
        'fluidic-reclamation': '2026-01-01T00:00:00.000Z',
        'federation-foil': '2026-01-01T00:00:00.000Z',
      },
      items: [],
      run: null,
      tallies: { 'federation-officers': 64 },
    });
    expect(migrateSave(v1Save.state, 1).captains[0]!.missions.shutdown!.completions).toBe(2);
  });

  it.each([
    ['not JSON', '{"state": {', /not valid JSON/],
    ['not a save', '[1,2,3]', /not a Shutdown save/],
    ['no version', JSON.stringify({ state: {} }), /no valid version/],
    ['a newer version', JSON.stringify({ state: {}, version: SAVE_VERSION + 1 }), /newer version/],
    [
      'an invalid current save',
      JSON.stringify({
        version: SAVE_VERSION,
        state: { captains: [{ id: 'x', name: '', level: 99 }], activeId: null },
      }),
      /\$\.captains\[0\]/,
    ],
    [
      'an invalid version 1 save',
      JSON.stringify({ version: 1, state: { captains: [{ id: 'x' }], activeId: null } }),
      /save version 1 is invalid at \$\.captains\[0\]/,
    ],
  ])('%s: starts fresh with a notice and keeps the data under a backup key', (_, raw, why) => {
    const { store, notices, storage } = open(raw);
    expect(store.getState().captains).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
    expect(notices[0]).toContain(`${SAVE_KEY}.backup`);
    expect(storage.getItem(`${SAVE_KEY}.backup`)).toBe(raw);
    // The game goes on: a new captain saves normally, and the backup stays.
    store.getState().create('Dax', 50);
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).state.captains).toHaveLength(1);
    expect(storage.getItem(`${SAVE_KEY}.backup`)).toBe(raw);
  });

  it('a second bad save does not overwrite the first backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${SAVE_KEY}.backup`, 'older');
    const { notices } = open('garbage', storage);
    expect(notices[0]).toContain(`${SAVE_KEY}.backup.2`);
    expect(storage.getItem(`${SAVE_KEY}.backup`)).toBe('older');
    expect(storage.getItem(`${SAVE_KEY}.backup.2`)).toBe('garbage');
  });

  it('no storage at all: the game plays, with a notice that nothing is saved', () => {
    const notices: string[] = [];
    const safe = new SafeProfileStorage(undefined, (m) => notices.push(m));
    expect(safe.getItem(SAVE_KEY)).toBeNull();
    expect(notices[0]).toMatch(/this visit only/);
  });

  it('a full storage: saving fails softly with a notice', () => {
    const notices: string[] = [];
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const safe = new SafeProfileStorage(full, (m) => notices.push(m));
    safe.setItem(SAVE_KEY, { state: { captains: [], activeId: null }, version: SAVE_VERSION });
    expect(notices[0]).toMatch(/could not be saved/);
  });
});

describe('captain files', () => {
  const c = { ...newCaptain('k1', 'Kira Nerys', 44, NOW), sp: 10, exp: 20 };

  it('export then import gives the same captain (without the checkpoint)', () => {
    const r = importCaptain(exportCaptain(c));
    expect(r).toEqual({ ok: true, captain: c });
  });

  it.each([
    ['not JSON', 'nope', /not valid JSON/],
    ['another file', JSON.stringify({ hello: 1 }), /\$\.format/],
    [
      'a newer file',
      JSON.stringify({ format: 'shutdown-captain', version: 9, captain: {} }),
      /newer version/,
    ],
    ['a bad level', exportCaptain(c).replace('"level": 44', '"level": 51'), /\$\.captain\.level/],
    [
      'an unknown field',
      exportCaptain(c).replace('"sp": 10', '"sp": 10, "cheat": true'),
      /\$\.captain/,
    ],
    ['negative SP', exportCaptain(c).replace('"sp": 10', '"sp": -5'), /\$\.captain\.sp/],
  ])('%s is refused with a message', (_, text, why) => {
    const r = importCaptain(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(why);
  });
});
