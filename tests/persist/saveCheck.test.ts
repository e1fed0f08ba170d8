/**
 * The hand-written check of the captains' save (src/persist/saveCheck.ts): every version's valid
 * saves come back as the same data, every broken one is refused with where and why (the first
 * problem), and nothing from outside makes it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCaptain, migrateSave, readSaveText } from '../../src/persist/profileSave';
import {
  CaptainV2,
  CaptainV3,
  type Check,
  checkValue,
  SaveV1,
  SaveV2,
  SaveV3,
} from '../../src/persist/saveCheck';
import { LIMITS } from '../../src/store/limits';

const NOW = '2026-11-25T12:00:00.000Z';
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** A version 3 captain with something in every field. */
function captain3(id = 'k1') {
  return {
    id,
    name: 'Kira Nerys',
    level: 42,
    createdAt: NOW,
    prerequisitesDone: ['war-games'],
    missions: { shutdown: { completions: 2, firstCompletedAt: NOW, bestIgtTicks: 14000 } },
    tallies: { 'federation-officers': 64, Tally_2: 0 },
    accolades: { 'federation-foil': NOW },
    sp: 4838,
    exp: Number.MAX_SAFE_INTEGER,
    items: [{ missionId: 'shutdown', mark: 'XI', kind: 'replay', at: NOW }],
    run: {
      missionId: 'shutdown',
      stepId: 'the-best-defense',
      stepTitle: 'The Best Defense',
      savedAt: NOW,
      snapshot: {
        version: 4,
        simVersion: 7,
        missionId: 'shutdown',
        seed: 1,
        captainLevel: 42,
        replay: false,
        world: { tick: 10, entities: [{ id: 1 }] },
        mission: { stepIndex: 2 },
        // A snapshot's other fields are checked when it is resumed, not here: they are kept.
        recorder: { keyframes: [] },
      },
    },
    speedrun: {
      'any%/normal': {
        attempts: 3,
        pb: {
          igtTicks: 6000,
          splitTimes: { a: 1000, 'b b': 6000 },
          replayId: 'r1',
          at: NOW,
          attempt: 2,
        },
        bestSegments: { a: 900, 'b b': 5000 },
        history: [
          {
            n: 3,
            at: NOW,
            result: 'reset',
            igtTicks: 950,
            rtaMs: 16000.5,
            flags: ['resumed', 'practice'],
            splitTimes: { a: 900, 'b b': null },
            replayId: null,
          },
        ],
      },
    },
  };
}

/** The same captain as a version 2 save kept it (no speedrun boards). */
function captain2(id = 'k1') {
  const { speedrun: _, ...c } = captain3(id);
  return c;
}

/** A version 1 captain: accolades by id, no prerequisites, items, run or boards. */
function captain1(id = 'k1') {
  const c = captain2(id);
  return {
    id,
    name: c.name,
    level: c.level,
    createdAt: c.createdAt,
    missions: c.missions,
    tallies: c.tallies,
    accolades: ['federation-foil'],
    sp: c.sp,
    exp: c.exp,
  };
}

const save = <C>(captains: C[], activeId: string | null = 'k1') => ({ captains, activeId });
const saves = {
  1: () => save([captain1('k1'), captain1('k2')]),
  2: () => save([captain2('k1'), captain2('k2')]),
  3: () => save([captain3('k1'), { ...captain3('k2'), run: null, speedrun: {} }]),
};
const checks: Record<1 | 2 | 3, Check<unknown>> = { 1: SaveV1, 2: SaveV2, 3: SaveV3 };

describe('valid saves', () => {
  it.each([1, 2, 3] as const)('a version %i save comes back as the same data, copied', (v) => {
    const input = saves[v]();
    const r = checkValue(checks[v], input);
    expect(r).toEqual({ ok: true, value: input });
    if (!r.ok) return;
    // The same text, field order included: what is written reads back unchanged.
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(input));
    // A fresh copy: nothing checked is shared with the input.
    const out = r.value as ReturnType<(typeof saves)[3]>;
    expect(out).not.toBe(input);
    expect(out.captains).not.toBe(input.captains);
    expect(out.captains[0]).not.toBe(input.captains[0]);
    expect(out.captains[0]!.tallies).not.toBe(input.captains[0]!.tallies);
  });

  it('names are kept as the game keeps them (NFC, without outer spaces)', () => {
    const input = save([{ ...captain3(), name: '  Zoe\u0308  ' }]);
    const r = checkValue(SaveV3, input);
    expect(r.ok && (r.value.captains[0]!.name as string)).toBe('Zo\u00eb');
    expect(input.captains[0]!.name).toBe('  Zoe\u0308  ');
  });

  it('version 1 and 2 saves are brought up to date through the same checks', () => {
    const v1 = migrateSave(saves[1](), 1);
    expect(v1.captains[0]).toMatchObject({
      accolades: { 'federation-foil': NOW },
      prerequisitesDone: ['war-games'],
      speedrun: {},
    });
    const v2 = migrateSave(saves[2](), 2);
    expect(v2.captains[0]).toEqual({ ...captain2(), speedrun: {} });
    expect(migrateSave(saves[3](), 3)).toEqual(saves[3]());
  });

  it('a key `__proto__` in a record is left out of the copy; in a captain it is refused', () => {
    const text = JSON.stringify(save([captain3()])).replace(
      '"tallies":{',
      '"tallies":{"__proto__":{"polluted":1},',
    );
    const r = checkValue(SaveV3, JSON.parse(text));
    expect(r.ok).toBe(true);
    if (r.ok) {
      const tallies = r.value.captains[0]!.tallies;
      expect(Object.getPrototypeOf(tallies)).toBe(Object.prototype);
      expect(tallies).toEqual(captain3().tallies);
    }
    const bad = JSON.stringify(save([captain3()])).replace('"sp":', '"__proto__":1,"sp":');
    expect(checkValue(SaveV3, JSON.parse(bad))).toEqual({
      ok: false,
      problem: '$.captains[0].__proto__: unknown field',
    });
  });

  it('the largest lists and records the limits allow pass; one more is refused', () => {
    const full = captain3();
    full.items = Array.from({ length: LIMITS.itemsPerCaptain }, () => full.items[0]!);
    full.tallies = Object.fromEntries(
      Array.from({ length: LIMITS.recordsPerCaptain }, (_, i) => [`t${i}`, i]),
    ) as typeof full.tallies;
    expect(checkValue(SaveV3, save([full])).ok).toBe(true);
    expect(checkValue(SaveV3, save([{ ...full, tallies: { ...full.tallies, extra: 1 } }]))).toEqual(
      { ok: false, problem: '$.captains[0].tallies: at most 64 entries' },
    );
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the table edits saves into every wrong shape.
type Save = any;
type Edit = (s: Save) => void;
const c0 = (s: Save): Save => s.captains[0];
const board = (s: Save): Save => c0(s).speedrun['any%/normal'];
const many = (n: number, v: unknown) => Array.from({ length: n }, () => clone(v));
const keys = (n: number, v: unknown) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, clone(v)]));

// biome-ignore format: one case a line
const broken: [string, 1 | 2 | 3, Edit, string][] = [
  ['not an object', 3, (s) => Object.assign(s, { captains: 'none' }), '$.captains: expected a list, got "none"'],
  ['no captains', 3, (s) => delete s.captains, '$.captains: missing (expected a list)'],
  ['an unknown field at the top', 3, (s) => (s.cheat = true), '$.cheat: unknown field'],
  ['101 captains', 3, (s) => (s.captains = many(101, captain3())), '$.captains: at most 100 captains'],
  ['two captains with one id', 3, (s) => (s.captains[1].id = 'k1'), '$.captains[1].id: two captains share an id (this one and $.captains[0].id)'],
  ['a bad active id', 3, (s) => (s.activeId = 'k 1'), '$.activeId: only letters, digits, - and _'],
  ['a captain that is a list', 3, (s) => (s.captains[0] = []), '$.captains[0]: expected an object, got a list'],
  ['an empty id', 3, (s) => (c0(s).id = ''), '$.captains[0].id: must not be empty'],
  ['an id of 65 characters', 3, (s) => (c0(s).id = 'x'.repeat(65)), '$.captains[0].id: must have at most 64 characters'],
  ['a name of zero-width spaces', 3, (s) => (c0(s).name = '\u200b\u200b'), `$.captains[0].name: a name of 1 to 32 characters that shows as text, without control or text-direction characters`],
  ['a name of 200 characters', 3, (s) => (c0(s).name = 'x'.repeat(200)), `$.captains[0].name: a name of 1 to 32 characters that shows as text, without control or text-direction characters`],
  ['a name that is a number', 3, (s) => (c0(s).name = 5), '$.captains[0].name: expected a string, got 5'],
  ['level 99', 3, (s) => (c0(s).level = 99), '$.captains[0].level: must be from 36 to 50'],
  ['level 40.5', 3, (s) => (c0(s).level = 40.5), '$.captains[0].level: expected a whole number, got 40.5'],
  ['level as text', 3, (s) => (c0(s).level = '40'), '$.captains[0].level: expected a whole number, got "40"'],
  ['negative SP', 3, (s) => (c0(s).sp = -5), '$.captains[0].sp: must be at least 0'],
  ['SP past the safe integers', 3, (s) => (c0(s).sp = 2 ** 53), '$.captains[0].sp: must be at most 9007199254740991'],
  ['no Exp', 3, (s) => delete c0(s).exp, '$.captains[0].exp: missing (expected a whole number)'],
  ['an empty creation date', 3, (s) => (c0(s).createdAt = ''), '$.captains[0].createdAt: must not be empty'],
  ['a creation date of 41 characters', 3, (s) => (c0(s).createdAt = 'x'.repeat(41)), '$.captains[0].createdAt: must have at most 40 characters'],
  ['an unknown captain field', 3, (s) => (c0(s).cheat = 1), '$.captains[0].cheat: unknown field'],
  ['a mission never completed', 3, (s) => (c0(s).missions.shutdown.completions = 0), '$.captains[0].missions.shutdown.completions: must be at least 1'],
  ['a mission id with a space', 3, (s) => (c0(s).missions = { 'bad id': c0(s).missions.shutdown }), '$.captains[0].missions.bad id: invalid key: only letters, digits, - and _'],
  ['an unknown mission record field', 3, (s) => Object.assign(c0(s).missions.shutdown, { x: 1 }), '$.captains[0].missions.shutdown.x: unknown field'],
  ['65 tallies', 3, (s) => (c0(s).tallies = keys(65, 1)), '$.captains[0].tallies: at most 64 entries'],
  ['65 prerequisites', 3, (s) => (c0(s).prerequisitesDone = many(65, 'p')), '$.captains[0].prerequisitesDone: at most 64 entries'],
  ['accolades as a list in version 3', 3, (s) => (c0(s).accolades = ['federation-foil']), '$.captains[0].accolades: expected an object, got a list'],
  ['an accolade without a date', 3, (s) => (c0(s).accolades['federation-foil'] = null), '$.captains[0].accolades.federation-foil: expected a string, got null'],
  ['1,001 items', 3, (s) => (c0(s).items = many(1001, c0(s).items[0])), '$.captains[0].items: at most 1000 items'],
  ['an item of an unknown kind', 3, (s) => (c0(s).items[0].kind = 'gift'), '$.captains[0].items[0].kind: expected one of "first-completion", "replay", got "gift"'],
  ['a mark of 9 characters', 3, (s) => (c0(s).items[0].mark = 'XXXXXXXXX'), '$.captains[0].items[0].mark: must have at most 8 characters'],
  ['a step title of 201 characters', 3, (s) => (c0(s).run.stepTitle = 'x'.repeat(201)), '$.captains[0].run.stepTitle: must have at most 200 characters'],
  ['a run that is not an object', 3, (s) => (c0(s).run = 7), '$.captains[0].run: expected an object, got 7'],
  ['a snapshot without its world', 3, (s) => delete c0(s).run.snapshot.world, '$.captains[0].run.snapshot.world: missing (expected an object)'],
  ['a snapshot world that is a list', 3, (s) => (c0(s).run.snapshot.world = []), '$.captains[0].run.snapshot.world: expected an object, got a list'],
  ['a snapshot of a replay that is not true or false', 3, (s) => (c0(s).run.snapshot.replay = 0), '$.captains[0].run.snapshot.replay: expected true or false, got 0'],
  ['a snapshot of a level out of range', 3, (s) => (c0(s).run.snapshot.captainLevel = 35), '$.captains[0].run.snapshot.captainLevel: must be from 36 to 50'],
  ['a checkpoint over 100 KB', 3, (s) => (c0(s).run.snapshot.world.pad = 'x'.repeat(LIMITS.checkpointBytes)), '$.captains[0].run.snapshot: a checkpoint of at most 100 KB'],
  ['a board key in capitals', 3, (s) => (c0(s).speedrun = { 'Any%/Normal': board(s) }), '$.captains[0].speedrun.Any%/Normal: invalid key: expected category/difficulty, such as any%/normal'],
  ['65 boards', 3, (s) => (c0(s).speedrun = Object.fromEntries(many(65, board(s)).map((b, i) => [`c${i}/normal`, b]))), '$.captains[0].speedrun: at most 64 speedrun boards'],
  ['negative attempts', 3, (s) => (board(s).attempts = -1), '$.captains[0].speedrun.any%/normal.attempts: must be at least 0'],
  ['an unknown board field', 3, (s) => Object.assign(board(s), { notes: '' }), '$.captains[0].speedrun.any%/normal.notes: unknown field'],
  ['a PB replay id with a space', 3, (s) => (board(s).pb.replayId = 'r 1'), '$.captains[0].speedrun.any%/normal.pb.replayId: only letters, digits, - and _'],
  ['an empty PB replay id', 3, (s) => (board(s).pb.replayId = ''), '$.captains[0].speedrun.any%/normal.pb.replayId: only letters, digits, - and _'],
  ['51 attempts kept', 3, (s) => (board(s).history = many(51, board(s).history[0])), '$.captains[0].speedrun.any%/normal.history: at most 50 attempts'],
  ['an attempt of an unknown result', 3, (s) => (board(s).history[0].result = 'won'), '$.captains[0].speedrun.any%/normal.history[0].result: expected one of "complete", "reset", "failed", "abandoned", got "won"'],
  ['a negative real time', 3, (s) => (board(s).history[0].rtaMs = -1), '$.captains[0].speedrun.any%/normal.history[0].rtaMs: must be from 0 to 1000000000000'],
  ['four flags', 3, (s) => (board(s).history[0].flags = ['autopilot', 'resumed', 'practice', 'autopilot']), '$.captains[0].speedrun.any%/normal.history[0].flags: at most 3 flags'],
  ['an unknown flag', 3, (s) => (board(s).history[0].flags = ['cheat']), '$.captains[0].speedrun.any%/normal.history[0].flags[0]: expected one of "autopilot", "resumed", "practice", got "cheat"'],
  ['501 split times', 3, (s) => (board(s).pb.splitTimes = keys(501, 1)), '$.captains[0].speedrun.any%/normal.pb.splitTimes: at most 500 splits'],
  ['a split time of 1.5 ticks', 3, (s) => (board(s).history[0].splitTimes.a = 1.5), '$.captains[0].speedrun.any%/normal.history[0].splitTimes.a: expected a whole number, got 1.5'],
  ['a best segment without a split id', 3, (s) => (board(s).bestSegments = { '': 1 }), '$.captains[0].speedrun.any%/normal.bestSegments.: invalid key: must not be empty'],
  ['a split id of 65 characters', 3, (s) => (board(s).bestSegments = { ['s'.repeat(65)]: 1 }), `$.captains[0].speedrun.any%/normal.bestSegments.${'s'.repeat(65)}: invalid key: must have at most 64 characters`],
  ['speedrun boards in a version 2 save', 2, (s) => (c0(s).speedrun = {}), '$.captains[0].speedrun: unknown field'],
  ['items in a version 1 save', 1, (s) => (c0(s).items = []), '$.captains[0].items: unknown field'],
  ['accolades by date in a version 1 save', 1, (s) => (c0(s).accolades = { a: NOW }), '$.captains[0].accolades: expected a list, got an object'],
  ['an accolade id of 65 characters in a version 1 save', 1, (s) => (c0(s).accolades = ['x'.repeat(65)]), '$.captains[0].accolades[0]: must have at most 64 characters'],
  // The first problem is the one reported: fields in order, then unknown fields, then the rest.
  ['a bad name and a bad level', 3, (s) => Object.assign(c0(s), { level: 0, name: '' }), `$.captains[0].name: a name of 1 to 32 characters that shows as text, without control or text-direction characters`],
  ['an unknown field and a bad Exp', 3, (s) => Object.assign(c0(s), { cheat: 1, exp: -1 }), '$.captains[0].exp: must be at least 0'],
  ['two shared ids and a bad second captain', 3, (s) => Object.assign(s.captains[1], { id: 'k1', sp: -1 }), '$.captains[1].sp: must be at least 0'],
  ['too many items, one of them broken', 3, (s) => (c0(s).items = [{}, ...many(1000, c0(s).items[0])]), '$.captains[0].items: at most 1000 items'],
  ['too many tallies, one of them broken', 3, (s) => (c0(s).tallies = { ...keys(64, 1), bad: -1 }), '$.captains[0].tallies.bad: must be at least 0'],
];

describe('broken saves: the first problem, where and what', () => {
  it.each(broken)('%s (version %i)', (_, version, edit, problem) => {
    const s = clone(saves[version]()) as Save;
    edit(s);
    expect(checkValue(checks[version], s)).toEqual({ ok: false, problem });
    // The same words where the game says it: a save of that version, brought up to date.
    const lead = version === 3 ? 'the save is invalid at' : `save version ${version} is invalid at`;
    expect(() => migrateSave(s, version)).toThrow(`${lead} ${problem}`);
  });

  it('a captain file says where in the captain', () => {
    const file = (captain: unknown, version = 2) =>
      JSON.stringify({ format: 'shutdown-captain', version, captain, replays: {} });
    expect(importCaptain(file({ ...captain3(), level: 51 }))).toEqual({
      ok: false,
      message: 'The captain in the file is invalid at $.captain.level: must be from 36 to 50.',
    });
    expect(importCaptain(file(captain3(), 1))).toEqual({
      ok: false,
      message: 'The captain in the file is invalid at $.captain.speedrun: unknown field.',
    });
    expect(importCaptain(file('Kira'))).toEqual({
      ok: false,
      message: 'The captain in the file is invalid at $.captain: expected an object, got "Kira".',
    });
  });

  it('a save that is not an object is refused at its root', () => {
    for (const v of [null, 1, 'x', [], true, undefined])
      expect(checkValue(SaveV3, v)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/^\$: /),
      });
  });
});

describe('nothing from outside makes the check throw', () => {
  const problem = /^\$\S*: .+$|^\$\..+: .+$/s;
  const all: Check<unknown>[] = [SaveV1, SaveV2, SaveV3, CaptainV2, CaptainV3];

  it('arbitrary JSON values are checked, never thrown on', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...all), (v, check) => {
        const r = checkValue(check, v);
        if (!r.ok) expect(r.problem).toMatch(problem);
      }),
      { numRuns: 1000 },
    );
  });

  it('valid saves with a value replaced anywhere: checked, never thrown on', () => {
    // Every place in a full save, by its path; each run puts a value from outside at one.
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(saves[3](), []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(-1, 0.5, 2 ** 53, '', 'x'.repeat(65), '__proto__'),
        ),
        fc.boolean(),
        (path, value, remove) => {
          const s = clone(saves[3]()) as unknown as Record<string | number, unknown>;
          let parent: Record<string | number, unknown> = s;
          for (const k of path.slice(0, -1)) parent = parent[k] as typeof parent;
          const last = path.at(-1);
          if (last === undefined) return;
          if (remove && !Array.isArray(parent)) delete parent[last];
          else parent[last] = value;
          const text = JSON.stringify(s);
          const r = checkValue(SaveV3, JSON.parse(text));
          if (!r.ok) expect(r.problem).toMatch(problem);
          // What passes is a save the game reads back the same.
          else expect(checkValue(SaveV3, clone(r.value))).toEqual(r);
          // The whole read of that text never throws either.
          readSaveText(JSON.stringify({ state: JSON.parse(text), version: 3 }));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a checkpoint nested deeper than JSON can be written is refused, not thrown', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = JSON.stringify(save([captain3()])).replace(
      '"world":{',
      `"world":{"deep":${deep},`,
    );
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // an engine that cannot read it cannot have saved it
    }
    const r = checkValue(SaveV3, parsed);
    expect(r.ok === false && r.problem).toMatch(/^\$\.captains\[0\]\.run\.snapshot: a checkpoint/);
  });
});
