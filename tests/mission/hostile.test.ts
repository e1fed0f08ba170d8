/**
 * Scripts the old validator accepted although the game could not play them, or could not show
 * them: counts the simulation would loop over forever, escorts and counters whose targets are
 * spawned only on another step's map, titles made of invisible characters, ids that are names
 * on `Object.prototype`, keys that forge an output line. Each case names the JSON path the
 * loader must report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/mission/limits';
import { loadMission } from '../../src/mission/loader';
import type { MissionScript } from '../../src/mission/schema';
import { repoPath } from '../helpers';
import { accept, drive } from './drive';

// biome-ignore lint/suspicious/noExplicitAny: scripts are edited here as loose JSON, wrong on purpose
type Json = Record<string, any>;

const read = (rel: string): Json => JSON.parse(readFileSync(repoPath(rel), 'utf8'));
const fixture = (name: string) => read(`missions/fixtures/${name}.mission.json`);

function problems(data: Json | string) {
  const r = loadMission(typeof data === 'string' ? data : JSON.stringify(data));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

function accepted(data: Json): MissionScript {
  const r = loadMission(JSON.stringify(data));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}

function expectProblem(data: Json | string, path: string, message: string) {
  const got = problems(data);
  expect(
    got.some((line) => line.startsWith(`${path}: `) && line.includes(message)),
    `no problem at ${path} containing "${message}"; got:\n${got.join('\n')}`,
  ).toBe(true);
}

/**
 * The escort fixture with a second ground map, 'hold', and its scene 'hold-scene'; both maps
 * have points a, b, c, a zone each ('exit' on deck, 'hold-exit' on hold).
 */
function twoMaps(): Json {
  const m = fixture('escort');
  const deck = m.maps[0];
  m.maps.push({
    ...structuredClone(deck),
    id: 'hold',
    title: 'Hold',
    zones: [{ id: 'hold-exit', shape: { type: 'circle', x: 900, y: 100, r: 50 } }],
    interactables: [],
  });
  m.scenes.push({ id: 'hold-scene', kind: 'ground', title: 'Hold', map: 'hold', start: 'start' });
  m.spawns.push({
    id: 'drones',
    map: 'deck',
    tags: ['drone'],
    at: 'a',
    members: [{ archetype: 'federation-officer', count: 3 }],
  });
  return m;
}

const step = (id: string, scene: string, objectives: Json[], onStart: Json[] = []) => ({
  id,
  title: id,
  scene,
  onStart,
  objectives,
});
const spawn = (group: string) => ({ type: 'spawn', group });
const reach = (id: string, zone: string) => ({ id, type: 'reach', title: 'Go', zone });
const counter = (id: string, count: number) => ({
  id,
  type: 'counter',
  title: 'Defeat Drones',
  event: 'defeated',
  tag: 'drone',
  count,
});

describe('targets spawned only on another step’s map', () => {
  it('refuses an escort whose NPC was spawned only on the map of an earlier step', () => {
    const m = twoMaps();
    m.steps = [
      step('first', 'main', [reach('go', 'exit')], [spawn('ward-team')]),
      step('second', 'hold-scene', [
        { id: 'walk', type: 'escort', title: 'E', npc: 'ward', zone: 'hold-exit' },
      ]),
    ];
    expectProblem(
      m,
      '$.steps[1].objectives[0].npc',
      "NPC 'ward' is not spawned on this step's map 'hold'",
    );
    // On the same map the NPC is still there.
    m.steps[1] = step('second', 'main', [
      { id: 'walk', type: 'escort', title: 'E', npc: 'ward', zone: 'exit' },
    ]);
    expect(problems(m)).toEqual([]);
  });

  it('refuses a protect whose NPC was left behind when the player changed map and came back', () => {
    const m = twoMaps();
    m.steps = [
      step('first', 'main', [reach('go', 'exit')], [spawn('ward-team')]),
      step('away', 'hold-scene', [reach('away-go', 'hold-exit')]),
      step('back', 'main', [
        {
          id: 'guard',
          type: 'protect',
          title: 'P',
          npc: 'ward',
          until: { event: 'hailed', contact: 'command' },
        },
      ]),
    ];
    expectProblem(m, '$.steps[2].objectives[0].npc', "NPC 'ward' is not spawned");
  });

  it('refuses a counter whose targets were spawned on the map of an earlier step', () => {
    const m = twoMaps();
    m.steps = [
      step('first', 'main', [reach('go', 'exit')], [spawn('drones')]),
      step('second', 'hold-scene', [counter('kill', 3)]),
    ];
    expectProblem(
      m,
      '$.steps[1].objectives[0].count',
      "is 3 but the spawns up to this step provide only 0 'drone' for 'defeated' on this step's map 'hold'",
    );
    m.steps[1].scene = 'main';
    expect(problems(m)).toEqual([]);
  });

  it('does not count a group that was despawned before the counter', () => {
    const m = twoMaps();
    m.steps = [
      step(
        'first',
        'main',
        [
          { ...reach('go', 'exit'), onComplete: [{ type: 'despawn', group: 'drones' }] },
          counter('kill', 3),
        ],
        [spawn('drones')],
      ),
    ];
    expectProblem(m, '$.steps[0].objectives[1].count', "provide only 0 'drone'");
    // Nor one spawned by the previous step's onComplete: a restart would not bring it back.
    m.steps = [
      { ...step('first', 'main', [reach('go', 'exit')]), onComplete: [spawn('drones')] },
      step('second', 'main', [counter('kill', 3)]),
    ];
    expectProblem(m, '$.steps[1].objectives[0].count', "provide only 0 'drone'");
  });

  it('refuses an onAccept spawn on a map the player is not on when the mission starts', () => {
    const m = twoMaps();
    m.spawns.push({ ...m.spawns.at(-1), id: 'hold-drones', map: 'hold' });
    m.onAccept = [spawn('hold-drones')];
    expectProblem(
      m,
      '$.onAccept[0].group',
      "spawn group 'hold-drones' is on map 'hold', not on the first step's map 'deck'",
    );
  });
});

describe('counts the simulation cannot run', () => {
  it('refuses two billion members in one spawn entry', () => {
    const m = fixture('counter');
    m.spawns[0].members[0].count = 2_000_000_000;
    expectProblem(m, '$.spawns[0].members[0].count', `must be at most ${LIMITS.memberCount}`);
  });

  it('refuses a group whose entries add up to more members than the limit', () => {
    const m = fixture('counter');
    m.spawns[1].members = Array.from({ length: 3 }, () => ({
      archetype: 'undine-infiltrator',
      count: 40,
      tags: ['drone'],
    }));
    expectProblem(
      m,
      '$.spawns[1].members',
      `add up to 120 members; a spawn group may have at most ${LIMITS.membersPerSpawn}`,
    );
  });

  it('refuses more spawn groups than the limit', () => {
    const m = fixture('counter');
    m.spawns = Array.from({ length: LIMITS.spawns + 1 }, (_, i) => ({
      ...m.spawns[0],
      id: `g${i}`,
    }));
    expectProblem(m, '$.spawns', `must have at most ${LIMITS.spawns} items`);
  });

  it('refuses spawns that would keep more members alive on one map than the limit', () => {
    const m = fixture('counter');
    const groups = Math.ceil((LIMITS.liveMembers + 1) / 100);
    m.spawns = Array.from({ length: groups }, (_, i) => ({
      id: `crowd-${i}`,
      map: 'deck',
      tags: ['drone'],
      at: 'a',
      members: [{ archetype: 'federation-officer', count: 100 }],
    }));
    m.steps[0].onStart = m.spawns.map((g: Json) => spawn(g.id));
    m.tallies = [];
    expectProblem(
      m,
      `$.steps[0].onStart[${groups - 1}].group`,
      `at most ${LIMITS.liveMembers} may be alive on one map at once`,
    );
  });

  it('refuses more steps, objectives and effects than the limits', () => {
    const m = fixture('reach');
    const s = m.steps[0];
    m.steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({
      ...s,
      id: `s${i}`,
      objectives: s.objectives.map((o: Json) => ({ ...o, id: `o${i}` })),
    }));
    expectProblem(m, '$.steps', `must have at most ${LIMITS.steps} items`);
    const one = fixture('reach');
    one.steps[0].objectives = Array.from({ length: LIMITS.objectivesPerStep + 1 }, (_, i) => ({
      ...one.steps[0].objectives[0],
      id: `o${i}`,
    }));
    one.steps[0].onStart = Array.from({ length: LIMITS.effectsPerList + 1 }, () => ({
      type: 'dialogue',
      dialogue: 'x',
    }));
    expectProblem(
      one,
      '$.steps[0].objectives',
      `must have at most ${LIMITS.objectivesPerStep} items`,
    );
    expectProblem(one, '$.steps[0].onStart', `must have at most ${LIMITS.effectsPerList} items`);
  });

  it('refuses coordinates, sizes and hold times beyond the limits', () => {
    const m = fixture('interact');
    m.maps[0].points[0].x = 1e300;
    m.maps[0].zones[0].shape.r = LIMITS.size + 1;
    m.maps[0].interactables[0].holdTicks = LIMITS.holdTicks + 1;
    expectProblem(m, '$.maps[0].points[0].x', `must be from -${LIMITS.coordinate}`);
    expectProblem(m, '$.maps[0].zones[0].shape.r', `must be at most ${LIMITS.size}`);
    expectProblem(m, '$.maps[0].interactables[0].holdTicks', `must be at most ${LIMITS.holdTicks}`);
  });
});

describe('text that shows nothing', () => {
  const blanks = [
    ' ',
    '   \t ',
    '\u00a0',
    '\u200b',
    '\u200b\u200c\u200d\u2060',
    '\ufeff',
    '\u3164',
    '\u2800',
    ' \u0301 ',
  ];
  const fields: [string, (m: Json, v: string) => void][] = [
    ['$.title', (m, v) => (m.title = v)],
    ['$.briefing.body[0]', (m, v) => (m.briefing.body[0] = v)],
    ['$.npcs[0].name', (m, v) => (m.npcs[0].name = v)],
    ['$.steps[0].title', (m, v) => (m.steps[0].title = v)],
    ['$.steps[0].objectives[0].title', (m, v) => (m.steps[0].objectives[0].title = v)],
    ['$.maps[0].interactables[0].label', (m, v) => (m.maps[0].interactables[0].label = v)],
    ['$.accolades[0].name', (m, v) => (m.accolades[0].name = v)],
    [
      '$.dialogue[0].lines[1]',
      (m, v) => (m.dialogue = [{ id: 'talk', speaker: 'Ward', lines: ['Hello.', v] }]),
    ],
  ];
  for (const [path, set] of fields) {
    it(`refuses ${path} made only of spaces or invisible characters`, () => {
      for (const blank of blanks) {
        const m = fixture('escort');
        set(m, blank);
        expectProblem(m, path, 'must show something');
      }
      // Something visible among the invisible characters is enough.
      const m = fixture('escort');
      set(m, ' R\u00e9\u0301sum\u00e9 \u200b');
      expect(problems(m)).toEqual([]);
    });
  }
});

describe('ids that are names on Object.prototype', () => {
  /** The counter fixture with its step renamed 'constructor' and a second step the tally counts. */
  function constructorStep(): MissionScript {
    const m = fixture('counter');
    m.steps[0].id = 'constructor';
    m.steps.push({
      ...structuredClone(m.steps[0]),
      id: 'second',
      onStart: [spawn('drones')],
      objectives: [{ ...counter('kill-2', 3) }],
    });
    m.tallies[0].perStep = { second: 3 };
    return accepted(m);
  }

  it('counts no tally in a step the tally does not list, even one named constructor', () => {
    const script = constructorStep();
    const kill = { type: 'defeated', tags: ['drone'], group: 'drones' } as const;
    const { effects } = drive(script, [accept, kill, kill, kill]);
    expect(effects.filter((e) => e.type === 'tally')).toEqual([]);
    // Once the tally lists it, the step counts, up to its entry.
    const listed = fixture('counter');
    listed.steps[0].id = 'constructor';
    listed.tallies[0].perStep = { constructor: 5 };
    const counted = drive(accepted(listed), [accept, kill, kill, kill]).effects;
    expect(counted.filter((e) => e.type === 'tally')).toHaveLength(3);
  });
});

describe('keys that would forge an output line', () => {
  it('escapes a newline in a duplicate key: the message stays on one line', () => {
    const text = '{"formatVersion": 1, "a\\nb: $.x: forged": 1, "a\\nb: $.x: forged": 2}';
    const got = problems(text);
    expect(got).toHaveLength(1);
    expect(got[0]).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(got[0]).toContain("duplicate key 'a\\nb: $.x: forged'");
  });

  it('escapes other control and separator characters in keys and cuts long keys short', () => {
    const key = `x\\r\\u2028\\u0000${'k'.repeat(500)}`;
    const got = problems(`{"${key}": 1, "${key}": 2}`);
    expect(got).toHaveLength(1);
    expect(got[0]).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
    expect(got[0]!.length).toBeLessThan(200);
  });
});
