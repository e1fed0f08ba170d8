import 'fake-indexeddb/auto';
import { get, createStore as idbStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { type BackupStore, idbBackups, localBackups } from '../../src/persist/backups';
import {
  captainFile,
  exportCaptain,
  importCaptain,
  migrateSave,
  type NoticeExport,
  readSaveText,
  SAVE_KEY,
  SAVE_VERSION,
  SafeProfileStorage,
  writeSaveText,
} from '../../src/persist/profileSave';
import { LIMITS, utf8Bytes } from '../../src/store/limits';
import {
  type Captain,
  createProfileStore,
  newCaptain,
  recordCompletion,
} from '../../src/store/profile';
import { MemoryBackups, MemoryStorage, QuotaStorage } from '../helpers';

const NOW = '2026-11-25T12:00:00.000Z';

/**
 * Opens the store on `raw` the way the game does; returns the store, the notices and what
 * each offers to export. Backups go to `backups` (by default next to the save).
 */
function open(
  raw: string | null,
  storage: MemoryStorage = new MemoryStorage(),
  backups: readonly BackupStore[] = [localBackups(storage)],
) {
  if (raw !== null) storage.setItem(SAVE_KEY, raw);
  const notices: string[] = [];
  const offers: (NoticeExport | undefined)[] = [];
  const safe = new SafeProfileStorage(
    storage,
    (m, offer) => {
      notices.push(m);
      offers.push(offer);
    },
    backups,
  );
  let n = 0;
  const store = createProfileStore({
    name: SAVE_KEY,
    version: SAVE_VERSION,
    storage: safe,
    commit: (next) => safe.commit(SAVE_KEY, { state: next, version: SAVE_VERSION }),
    migrate: migrateSave,
    onRehydrateError: (e) => safe.quarantineLast(SAVE_KEY, (e as Error).message),
    newId: () => `id${++n}`,
    now: () => NOW,
  });
  return { store, notices, offers, storage, safe };
}

/** A captain with `items` received items (about 85 bytes each in the save). */
function captainWith(id: string, items: number, name = `Captain ${id}`): Captain {
  return {
    ...newCaptain(id, name, 45, NOW),
    items: Array.from({ length: items }, (_, i) => ({
      missionId: 'shutdown',
      mark: 'X',
      kind: 'replay' as const,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })),
  };
}

/** A save as the game writes it. */
const saveText = (captains: Captain[]) =>
  JSON.stringify({ state: { captains, activeId: captains[0]?.id ?? null }, version: SAVE_VERSION });

/**
 * Captains with full item logs, then one more with as many items as fit: a save at most `room`
 * bytes short of the limit (items are all the same size, so the last count is computed).
 */
function nearlyFullSave(room: number): Captain[] {
  const limit = LIMITS.saveBytes - room;
  const size = (captains: Captain[]) => utf8Bytes(saveText(captains));
  const captains: Captain[] = [];
  while (size([...captains, captainWith(`f${captains.length}`, LIMITS.itemsPerCaptain)]) <= limit)
    captains.push(captainWith(`f${captains.length}`, LIMITS.itemsPerCaptain));
  const one = size([...captains, captainWith('last', 1)]);
  const perItem = size([...captains, captainWith('last', 2)]) - one;
  const items = one > limit ? 0 : 1 + Math.floor((limit - one) / perItem);
  const out = [...captains, captainWith('last', items)];
  expect(size(out)).toBeLessThanOrEqual(limit);
  expect(size(out)).toBeGreaterThan(limit - 2 * perItem - 1_000);
  return out;
}

const backupsDone = (s: ReturnType<typeof open>) => s.safe.settled();

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
    expect(store.getState().create('Sisko', 45).ok).toBe(true);
    const saved = JSON.parse(storage.getItem(SAVE_KEY)!);
    expect(saved.version).toBe(SAVE_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['activeId', 'captains']);
    const again = open(null, storage);
    expect(again.notices).toEqual([]);
    expect(again.store.getState().captains.map((c) => [c.name, c.level])).toEqual([['Sisko', 45]]);
    expect(again.store.getState().activeId).toBe('id1');
  });

  it('a level change or a completion never touches speedrun boards; a board change is saved', () => {
    const { store, storage } = open(null);
    expect(store.getState().create('Sisko', 45).ok).toBe(true);
    const board = { attempts: 1, pb: null, bestSegments: { a: 60 }, history: [] };
    store.getState().setBoard('id1', 'any%/normal', board);
    store.getState().setLevel('id1', 50);
    const c = store.getState().captains[0]!;
    expect(c.level).toBe(50);
    expect(c.speedrun).toEqual({ 'any%/normal': board });
    const done = recordCompletion(
      c,
      {
        missionId: 'shutdown',
        igtTicks: 100,
        tallies: {},
        reward: { kind: 'replay', sp: 1, exp: 1, mark: 'XI' },
      },
      [],
      NOW,
    );
    expect(done.captain.speedrun).toBe(c.speedrun);
    expect(open(null, storage).store.getState().captains[0]!.speedrun).toEqual({
      'any%/normal': board,
    });
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
    expect(c.speedrun).toEqual({});
  });

  it('migrates a version 2 save: its captains keep everything and start with no speedrun boards', () => {
    const v2Captain = {
      id: 'k2',
      name: 'Odo',
      level: 47,
      createdAt: '2026-02-01T00:00:00.000Z',
      prerequisitesDone: ['war-games'],
      missions: {
        shutdown: {
          completions: 1,
          firstCompletedAt: '2026-02-02T00:00:00.000Z',
          bestIgtTicks: 40000,
        },
      },
      tallies: { 'federation-officers': 32 },
      accolades: { 'fluidic-reclamation': '2026-02-02T00:00:00.000Z' },
      sp: 1935,
      exp: 1856,
      items: [],
      run: null,
    };
    const v2 = JSON.stringify({ state: { captains: [v2Captain], activeId: 'k2' }, version: 2 });
    const { store, notices } = open(v2);
    expect(notices).toEqual([]);
    expect(store.getState().captains[0]).toEqual({ ...v2Captain, speedrun: {} });
    expect(() =>
      migrateSave({ captains: [{ ...v2Captain, level: 99 }], activeId: null }, 2),
    ).toThrow(/save version 2 is invalid at \$\.captains\[0\]\.level/);
  });

  it('an older save is kept as a backup before the up-to-date one is written over it', async () => {
    const backups = new MemoryBackups();
    backups.gated = true;
    const v1 = JSON.stringify(v1Save);
    const opened = open(v1, new MemoryStorage(), [backups]);
    expect(opened.store.getState().captains[0]!.name).toBe('Kira Nerys');
    expect(opened.storage.getItem(SAVE_KEY)).toBe(v1);
    backups.open();
    await backupsDone(opened);
    expect(backups.data.get(`${SAVE_KEY}.backup`)).toBe(v1);
    expect(JSON.parse(opened.storage.getItem(SAVE_KEY)!).version).toBe(SAVE_VERSION);
    expect(opened.notices).toEqual([]);
    // Without a place for the backup, the old save stays as it was.
    const stuck = new MemoryBackups();
    stuck.fail = new DOMException('full', 'QuotaExceededError');
    const again = open(v1, new MemoryStorage(), [stuck]);
    await backupsDone(again);
    expect(again.notices[0]).toMatch(/older version .* no backup of the old save could be stored/);
    expect(again.storage.getItem(SAVE_KEY)).toBe(v1);
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
    [
      'a save of 101 captains (more than the game keeps)',
      saveText(Array.from({ length: 101 }, (_, i) => captainWith(`k${i}`, 0))),
      /at most 100 captains/,
    ],
  ])(
    '%s: starts fresh with a notice and keeps the data under a backup key',
    async (_, raw, why) => {
      const opened = open(raw);
      const { store, notices, offers, storage } = opened;
      expect(store.getState().captains).toEqual([]);
      await backupsDone(opened);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(why);
      expect(notices[0]).toContain(`${SAVE_KEY}.backup`);
      expect(storage.getItem(`${SAVE_KEY}.backup`)).toBe(raw);
      // The notice offers the old data as a file.
      expect(offers[0]).toEqual({ name: expect.stringMatching(/\.json$/), text: raw });
      // The game goes on: a new captain saves normally, and the backup stays.
      expect(store.getState().create('Dax', 50).ok).toBe(true);
      expect(JSON.parse(storage.getItem(SAVE_KEY)!).state.captains).toHaveLength(1);
      expect(storage.getItem(`${SAVE_KEY}.backup`)).toBe(raw);
    },
  );

  it('a second bad save does not overwrite the first backup', async () => {
    const storage = new MemoryStorage();
    storage.setItem(`${SAVE_KEY}.backup`, 'older');
    const opened = open('garbage', storage);
    await backupsDone(opened);
    expect(opened.notices[0]).toContain(`${SAVE_KEY}.backup.2`);
    expect(storage.getItem(`${SAVE_KEY}.backup`)).toBe('older');
    expect(storage.getItem(`${SAVE_KEY}.backup.2`)).toBe('garbage');
    // Once kept, the bad save leaves its key: the next start does not back it up again.
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('no storage at all: the game plays, with a notice that nothing is saved', () => {
    const notices: string[] = [];
    const safe = new SafeProfileStorage(undefined, (m) => notices.push(m));
    expect(safe.getItem(SAVE_KEY)).toBeNull();
    expect(notices[0]).toMatch(/this visit only/);
  });
});

describe('one set of limits, checked before every write', () => {
  it('what the save check lets through reads back; a save over the limits is refused', () => {
    const fits = nearlyFullSave(1_000);
    const ok = writeSaveText({ state: { captains: fits, activeId: null }, version: SAVE_VERSION });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(readSaveText(ok.text).ok).toBe(true);
    const over = [...fits, captainWith('one-more', LIMITS.itemsPerCaptain)];
    const big = writeSaveText({ state: { captains: over, activeId: null }, version: SAVE_VERSION });
    expect(big).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^the save would take 2(\.\d+)? MB, over the game’s limit of 2 MB$/,
      ),
    });
    // The limits a read applies are the ones a write applies: 101 captains, 1,001 items.
    const many = Array.from({ length: LIMITS.captains + 1 }, (_, i) => captainWith(`m${i}`, 0));
    expect(
      writeSaveText({ state: { captains: many, activeId: null }, version: SAVE_VERSION }),
    ).toEqual({
      ok: false,
      problem: expect.stringContaining('at most 100 captains'),
    });
    const items = [captainWith('i', LIMITS.itemsPerCaptain + 1)];
    expect(
      writeSaveText({ state: { captains: items, activeId: null }, version: SAVE_VERSION }),
    ).toEqual({
      ok: false,
      problem: expect.stringContaining('$.captains[0].items: at most 1000 items'),
    });
  });

  it('a 101st captain is refused with a message; the save stays as it was', () => {
    const hundred = saveText(
      Array.from({ length: LIMITS.captains }, (_, i) => captainWith(`k${i}`, 0)),
    );
    const { store, storage } = open(hundred);
    expect(store.getState().captains).toHaveLength(100);
    const created = store.getState().create('Ezri', 40);
    expect(created).toEqual({
      ok: false,
      problem:
        'The game keeps at most 100 captains, and you have 100. “Ezri” was not added; your captains are unchanged.',
    });
    expect(store.getState().add(captainWith('new', 0)).ok).toBe(false);
    expect(store.getState().captains).toHaveLength(100);
    expect(storage.getItem(SAVE_KEY)).toBe(hundred);
  });

  it('a captain that would take the save over its size limit is refused; the save stays', () => {
    const full = saveText(nearlyFullSave(50_000));
    const { store, storage } = open(full);
    const before = store.getState().captains.length;
    const r = store.getState().add(captainWith('big', LIMITS.itemsPerCaptain, 'Big'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toMatch(
        /^“Big” could not be saved: the save would take 2(\.\d+)? MB, over the game’s limit of 2 MB\. Your captains are unchanged\.$/,
      );
    expect(store.getState().captains).toHaveLength(before);
    expect(storage.getItem(SAVE_KEY)).toBe(full);
    // A small captain still fits.
    expect(store.getState().create('Nog', 36).ok).toBe(true);
  });

  it('progress that would take the save over its limit is not written: a notice offers an export', () => {
    const full = saveText(nearlyFullSave(1_000));
    const { store, storage, notices, offers } = open(full);
    const first = store.getState().captains[0]!;
    // 64 tallies with long ids: about 5 KB more.
    const tallies = Object.fromEntries(
      Array.from({ length: LIMITS.recordsPerCaptain }, (_, i) => [`t${i}-${'y'.repeat(60)}`, 1e9]),
    );
    store.getState().put({ ...first, tallies });
    expect(notices).toEqual([
      expect.stringMatching(
        /^Your latest progress could not be saved: the save would take .* MB, over the game’s limit of 2 MB\. The save from before is kept/,
      ),
    ]);
    expect(offers).toEqual(['active-captain']);
    expect(storage.getItem(SAVE_KEY)).toBe(full);
  });

  it('a full storage: a new captain is refused with the reason, the saved ones stay', () => {
    const storage = new QuotaStorage(200_000);
    const first = open(null, storage);
    expect(first.store.getState().create('Kira', 40).ok).toBe(true);
    const saved = storage.getItem(SAVE_KEY);
    storage.fill();
    const r = first.store.getState().create('Odo', 41);
    expect(r).toEqual({
      ok: false,
      problem:
        '“Odo” could not be saved: this browser’s storage for the game is full. Your captains are unchanged.',
    });
    expect(first.store.getState().captains.map((c) => c.name)).toEqual(['Kira']);
    // Progress that cannot be written is a notice, not silence.
    const kira = first.store.getState().captains[0]!;
    first.store.getState().put({ ...kira, tallies: { 'federation-officers': 32 } });
    expect(first.notices).toEqual([
      expect.stringContaining(
        'Your latest progress could not be saved: this browser’s storage for the game is full.',
      ),
    ]);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    const again = open(null, storage);
    expect(again.store.getState().captains).toEqual([kira]);
  });
});

describe('a save is never written over before its backup is stored', () => {
  it('writes wait for the backup, then go through', async () => {
    const backups = new MemoryBackups();
    backups.gated = true;
    const opened = open('garbage', new MemoryStorage(), [backups]);
    expect(opened.store.getState().create('Dax', 50).ok).toBe(true);
    // The backup is not stored yet: the unreadable save is still there, untouched.
    expect(opened.storage.getItem(SAVE_KEY)).toBe('garbage');
    expect(opened.notices).toEqual([]);
    backups.open();
    await backupsDone(opened);
    expect(backups.data.get(`${SAVE_KEY}.backup`)).toBe('garbage');
    expect(JSON.parse(opened.storage.getItem(SAVE_KEY)!).state.captains[0].name).toBe('Dax');
    expect(opened.notices).toEqual([
      expect.stringContaining(`kept as “${SAVE_KEY}.backup” in the test’s backup store`),
    ]);
  });

  it('when no backup can be stored, the original is kept untouched, said so, and offered as a file', async () => {
    const backups = new MemoryBackups();
    backups.fail = new DOMException('full', 'QuotaExceededError');
    const opened = open('{"state": garbage', new MemoryStorage(), [backups]);
    await backupsDone(opened);
    expect(opened.notices).toEqual([
      expect.stringMatching(
        /could not be loaded: it is not valid JSON\. No backup of it could be stored \(the test’s backup store: this browser’s storage for the game is full\), so it is left untouched and nothing will be saved over it/,
      ),
    ]);
    expect(opened.offers[0]).toEqual({ name: expect.any(String), text: '{"state": garbage' });
    const r = opened.store.getState().create('Dax', 50);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/could not be backed up, so it is left untouched/);
    opened.store.getState().select('nobody');
    expect(opened.storage.getItem(SAVE_KEY)).toBe('{"state": garbage');
  });

  it('the reported case: a 3.45 MB save in a nearly full storage is never written over', async () => {
    // What the old game wrote after two imports of 20,000 items each: over today's read limit.
    const old = saveText([captainWith('a', 3), captainWith('b', 20_500), captainWith('c', 20_500)]);
    expect(old.length).toBeGreaterThan(3_440_000);
    // 5 M characters, as Chromium allows a site: no room for a second copy.
    const storage = new QuotaStorage(5_242_880);
    storage.setItem(SAVE_KEY, old);
    const local = open(null, storage);
    await backupsDone(local);
    expect(local.notices[0]).toMatch(
      /it takes 3\.\d+ MB, over the game’s limit of 2 MB\. No backup of it could be stored/,
    );
    expect(local.store.getState().create('Dax', 50).ok).toBe(false);
    expect(storage.getItem(SAVE_KEY)).toBe(old);

    // With IndexedDB the old save is backed up there, and then the game saves again.
    const opened = open(null, storage, [idbBackups('reported-case'), localBackups(storage)]);
    await backupsDone(opened);
    expect(opened.notices[0]).toContain(
      `kept as “${SAVE_KEY}.backup” in this browser’s backup store (IndexedDB)`,
    );
    expect(await get(`${SAVE_KEY}.backup`, idbStore('reported-case', 'backups'))).toBe(old);
    expect(opened.store.getState().create('Dax', 50).ok).toBe(true);
    expect(
      open(null, storage)
        .store.getState()
        .captains.map((c) => c.name),
    ).toEqual(['Dax']);
  });
});

describe('captain files', () => {
  const c = { ...newCaptain('k1', 'Kira Nerys', 44, NOW), sp: 10, exp: 20 };

  it('export then import gives the same captain (without the checkpoint)', () => {
    const r = importCaptain(exportCaptain(c));
    expect(r).toEqual({ ok: true, captain: c, replays: {} });
  });

  const board = {
    attempts: 3,
    pb: {
      igtTicks: 6000,
      splitTimes: { a: 1000, b: 6000 },
      replayId: 'r1',
      at: NOW,
      attempt: 2,
    },
    bestSegments: { a: 900, b: 5000 },
    history: [
      {
        n: 3,
        at: NOW,
        result: 'reset' as const,
        igtTicks: 950,
        rtaMs: 16000,
        flags: ['resumed'],
        splitTimes: { a: 900, b: null },
        replayId: null,
      },
    ],
  };

  it('speedrun boards travel with their PB replays; a version 1 file still imports', () => {
    const fast = { ...c, speedrun: { 'any%/normal': board } };
    const r = importCaptain(exportCaptain(fast, { r1: { format: 'shutdown-replay' } }));
    expect(r).toEqual({ ok: true, captain: fast, replays: { r1: { format: 'shutdown-replay' } } });
    const { speedrun: _, ...v1Captain } = c;
    const old = JSON.stringify({ format: 'shutdown-captain', version: 1, captain: v1Captain });
    expect(importCaptain(old)).toEqual({ ok: true, captain: c, replays: {} });
    const bad = exportCaptain({ ...c, speedrun: { 'any%/normal': { ...board, attempts: -1 } } });
    expect(importCaptain(bad)).toMatchObject({
      ok: false,
      message: expect.stringContaining('$.captain.speedrun.any%/normal.attempts'),
    });
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
    [
      'a name of zero-width spaces',
      exportCaptain(c).replace('"Kira Nerys"', '"\\u200b\\u200b"'),
      /\$\.captain\.name/,
    ],
    [
      'a captain with more items than a captain keeps',
      exportCaptain(captainWith('many', LIMITS.itemsPerCaptain + 1)),
      /\$\.captain\.items: at most 1000 items/,
    ],
    [
      'the reported 1.7 MB file of 20,000 items',
      exportCaptain(captainWith('huge', 20_000)),
      /too large to be a captain: \d\.\d+ MB, over the game’s limit of 1 MB/,
    ],
  ])('%s is refused with a message', (_, text, why) => {
    const r = importCaptain(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(why);
  });

  it('the largest captain the limits allow is exported to a file that imports back', () => {
    const long = (p: string) => `${p}${'x'.repeat(64 - p.length)}`;
    const records = <T>(p: string, v: T) =>
      Object.fromEntries(
        Array.from({ length: LIMITS.recordsPerCaptain }, (_, i) => [long(`${p}${i}-`), v]),
      );
    const biggest: Captain = {
      ...newCaptain(long('id-'), '🖖'.repeat(16), 50, NOW),
      prerequisitesDone: Array.from({ length: LIMITS.recordsPerCaptain }, (_, i) => long(`p${i}-`)),
      missions: records('m', {
        completions: Number.MAX_SAFE_INTEGER,
        firstCompletedAt: 'x'.repeat(40),
        bestIgtTicks: Number.MAX_SAFE_INTEGER,
      }),
      tallies: records('t', Number.MAX_SAFE_INTEGER),
      accolades: records('a', 'x'.repeat(40)),
      sp: Number.MAX_SAFE_INTEGER,
      exp: Number.MAX_SAFE_INTEGER,
      items: Array.from({ length: LIMITS.itemsPerCaptain }, (_, i) => ({
        missionId: long(`m${i}-`),
        mark: 'XXXXXXXX',
        kind: 'first-completion' as const,
        at: 'x'.repeat(40),
      })),
    };
    const r = captainFile(biggest);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(utf8Bytes(r.file.text)).toBeLessThanOrEqual(LIMITS.captainFileBytes);
      expect(importCaptain(r.file.text)).toEqual({ ok: true, captain: biggest, replays: {} });
    }
    // One item more and the game refuses to hand the file out.
    const over = captainFile({ ...biggest, items: [...biggest.items, biggest.items[0]!] });
    expect(over).toEqual({ ok: false, problem: expect.stringContaining('at most 1000 items') });
  });
});
