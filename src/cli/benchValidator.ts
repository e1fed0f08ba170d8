/**
 * `npm run bench:validator`: times the mission validator (`loadMission`: strict JSON, schema,
 * cross-references) on generated worst-case scripts as close to the 1 MB limit as they fit.
 * The last line is JSON with each case's size, its slowest of three runs and whether it was
 * accepted. Exit 1 if a case is slower than the 2 s budget or is not judged as expected
 * (a case meant to be valid that is refused would time only the early refusal).
 *
 * The cases are the shapes that made the old cross-check quadratic or worse (counters and
 * escorts over many spawns, tallies over many steps, spawn lists over many points), pushed to
 * the limits of `mission/limits.ts`; the same shapes beyond the limits (refused by the schema);
 * a script full of dangling references; a script that is mostly text; and JSON that breaks at
 * its very end.
 */
import { performance } from 'node:perf_hooks';
import { LIMITS } from '../mission/limits';
import { loadMission, MAX_SCRIPT_BYTES } from '../mission/loader';
import { parseCommandLine } from './args';
import { oneLine, runTool } from './output';

const BUDGET_MS = 2000;
const RUNS = 3;

type Json = Record<string, unknown>;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Once a shape is as large as the limits allow (`cap` items), the rest of the scale makes its
 * titles longer, so every case can grow to the size limit.
 */
const title = (n: number, cap: number) => `T${'x'.repeat(Math.floor(Math.max(0, n - cap) / cap))}`;

/** A ground archetype the generated spawns are made of. */
const character = (id: string, faction: string) => ({
  id,
  kind: 'character',
  name: id,
  faction,
  art: 'char-fed-officer',
  radius: 12,
  stats: {
    health: 500,
    shield: 100,
    shieldRegen: 10,
    speed: 100,
    damage: 30,
    range: 380,
    cooldown: 45,
    aggroRange: 400,
  },
  difficulty: { normal: { health: 1 }, advanced: { health: 1.5 }, elite: { health: 2 } },
});

/** A small valid script on `maps` ground maps with `points` points each, to build upon. */
function base(maps = 1, points = 4): Json {
  const row = (sp: number) => ({
    minLevel: 36,
    maxLevel: 50,
    rank: 'Captain',
    sp,
    exp: sp,
    mark: 'X',
  });
  return {
    formatVersion: 1,
    id: 'bench',
    title: 'Bench',
    arc: 'Bench',
    levelRange: { min: 36, max: 50 },
    offer: { sector: 'S', sectorBlock: 'B', zone: 'gate-0', text: 'T' },
    briefing: { summary: 'S', body: ['B'] },
    completion: { summary: 'D' },
    tags: range(16).map((i) => ({ id: `t${i}`, title: `Tag ${i}` })),
    contacts: [{ id: 'command', name: 'Command' }],
    npcs: [],
    archetypes: [
      character('federation-officer', 'enemy'),
      character('undine-infiltrator', 'enemy'),
      character('engineer', 'ally'),
    ],
    maps: range(maps).map((m) => ({
      id: `m${m}`,
      kind: 'ground',
      title: `Map ${m}`,
      file: 'maps/ops.tmj',
      zones: [{ id: `gate-${m}`, shape: { type: 'circle', x: 100, y: 100, r: 50 } }],
      points: range(points).map((p) => ({ id: `p${p}`, x: p % 1000, y: 300 })),
    })),
    scenes: range(maps).map((m) => ({
      id: `s${m}`,
      kind: 'ground',
      title: `Scene ${m}`,
      map: `m${m}`,
      start: 'p0',
    })),
    spawns: [],
    steps: [
      {
        id: 'only',
        title: 'Only',
        scene: 's0',
        objectives: [{ id: 'go', type: 'reach', title: 'Go', zone: 'gate-0' }],
      },
    ],
    rewards: { replay: [row(100)], firstCompletion: [row(150)], note: 'N' },
  };
}

/** Splits `items` into steps of at most `per` objectives, on the scenes given in turn. */
function steps(objectives: Json[], per: number, scene: (si: number) => string): Json[] {
  return range(Math.ceil(objectives.length / per)).map((si) => ({
    id: `step-${si}`,
    title: `Step ${si}`,
    scene: scene(si),
    objectives: objectives.slice(si * per, (si + 1) * per),
  }));
}

/** Counters over spawn groups that come and go, all on one map: 200 steps of 50 objectives. */
function counters(n: number): Json {
  const m = base();
  const groups = Math.max(16, Math.min(n, LIMITS.spawns));
  m.spawns = range(groups).map((g) => ({
    id: `g${g}`,
    map: 'm0',
    tags: [`t${g % 16}`],
    at: 'p1',
    members: [
      { archetype: 'federation-officer', count: 2, tags: [`t${(g + 1) % 16}`, `t${(g + 2) % 16}`] },
      { archetype: 'undine-infiltrator', tags: [`t${(g + 3) % 16}`] },
    ],
  }));
  const blocks = Math.floor(groups / 16);
  const objectives = range(Math.min(n, LIMITS.steps * LIMITS.objectivesPerStep)).map((i) => {
    // A group whose own tag is the counter's, so the counter can be met.
    const g = (i % 16) + 16 * (Math.floor(i / 16) % blocks);
    return {
      id: `o${i}`,
      type: 'counter',
      title: 'C',
      event: i % 2 ? 'defeated' : 'groupDefeated',
      tag: `t${i % 16}`,
      count: 1,
      onActivate: [{ type: 'spawn', group: `g${g}` }],
      onComplete: [{ type: 'despawn', group: `g${g}` }],
    };
  });
  m.steps = steps(objectives, LIMITS.objectivesPerStep, () => 's0');
  return m;
}

/** Escorts and protects of named NPCs, changing map every step (the live set is rebuilt). */
function escorts(n: number, withinLimits: boolean): Json {
  const maps = withinLimits ? LIMITS.maps : 1;
  const m = base(maps);
  const groups = withinLimits ? LIMITS.spawns : n;
  const npcs = withinLimits ? Math.min(groups, LIMITS.npcs) : groups;
  m.npcs = range(npcs).map((i) => ({
    id: `n${i}`,
    name: `N ${i}`,
    archetype: 'engineer',
    faction: 'ally',
  }));
  const per = withinLimits ? LIMITS.objectivesPerStep : n;
  const mapOfStep = (si: number) => si % maps;
  m.spawns = range(groups).map((g) => ({
    id: `g${g}`,
    map: `m${g % maps}`,
    at: 'p1',
    members: [{ archetype: 'engineer', npc: `n${g % npcs}` }],
  }));
  const objectives = range(withinLimits ? Math.min(n, LIMITS.steps * per) : n).map((i) => {
    const si = Math.floor(i / per);
    // A group on this step's map whose NPC the objective names.
    const g = mapOfStep(si) + maps * (i % Math.floor(groups / maps));
    const npc = `n${g % npcs}`;
    const spawn = [{ type: 'spawn', group: `g${g}` }];
    return i % 2
      ? {
          id: `o${i}`,
          type: 'escort',
          title: 'E',
          npc,
          zone: `gate-${mapOfStep(si)}`,
          onActivate: spawn,
        }
      : {
          id: `o${i}`,
          type: 'protect',
          title: 'P',
          npc,
          until: { event: 'hailed', contact: 'command' },
          onActivate: spawn,
          onComplete: [{ type: 'despawn', group: `g${g}` }],
        };
  });
  m.steps = steps(objectives, per, (si) => `s${mapOfStep(si)}`);
  return m;
}

/** Tallies with an entry for every step, each step spawning many groups. */
function tallies(n: number): Json {
  const m = base();
  const groups = LIMITS.spawns;
  m.spawns = range(groups).map((g) => ({
    id: `g${g}`,
    map: 'm0',
    at: 'p1',
    members: [{ archetype: 'federation-officer', tags: [`t${g % 16}`] }],
  }));
  const cap = LIMITS.steps * LIMITS.effectsPerList;
  const stepCount = Math.ceil(Math.min(n, cap) / LIMITS.effectsPerList);
  m.steps = range(stepCount).map((si) => ({
    id: `step-${si}`,
    title: title(n, cap),
    scene: 's0',
    onStart: range(LIMITS.effectsPerList).map((k) => ({
      type: 'spawn',
      group: `g${(si * LIMITS.effectsPerList + k) % groups}`,
    })),
    objectives: [{ id: `o${si}`, type: 'reach', title: 'R', zone: 'gate-0' }],
    onComplete: range(LIMITS.effectsPerList).map((k) => ({
      type: 'despawn',
      group: `g${(si * LIMITS.effectsPerList + k) % groups}`,
    })),
  }));
  m.tallies = range(LIMITS.tallies).map((t) => ({
    id: `tally-${t}`,
    title: 'T',
    tag: `t${t % 16}`,
    // Deliberately wrong counts: every entry is checked and reported.
    perStep: Object.fromEntries(range(stepCount).map((si) => [`step-${si}`, 1])),
  }));
  return m;
}

/** Every map full of points, and spawn groups listing one point per member. */
function points(n: number): Json {
  const m = base(LIMITS.maps, Math.min(n, LIMITS.pointsPerMap));
  m.spawns = range(LIMITS.spawns).map((g) => ({
    id: `g${g}`,
    map: `m${g % LIMITS.maps}`,
    at: range(LIMITS.membersPerSpawn).map((k) => `p${(g + k) % Math.min(n, LIMITS.pointsPerMap)}`),
    members: [{ archetype: 'federation-officer', count: LIMITS.membersPerSpawn }],
  }));
  return m;
}

/** Objectives whose every reference dangles: one problem each. */
function dangling(n: number): Json {
  const m = base();
  const cap = LIMITS.steps * LIMITS.objectivesPerStep;
  const objectives = range(Math.min(n, cap)).map((i) =>
    i % 2
      ? { id: `o${i}`, type: 'reach', title: title(n, cap), zone: `nowhere-${i}` }
      : {
          id: `o${i}`,
          type: 'counter',
          title: title(n, cap),
          event: 'defeated',
          tag: `t${i % 16}`,
          count: 5,
        },
  );
  m.steps = steps(objectives, LIMITS.objectivesPerStep, () => 's0');
  return m;
}

/** Mostly text: `n` dialogue lines full of escapes and letters outside ASCII. */
function text(n: number): Json {
  const m = base();
  // Escapes (\n, \t, \u0001 once stringified) and letters outside ASCII.
  const line = 'Captain \u00e9\u00e8 \n \t \u0001 \u2014 '.repeat(20);
  const lines = Math.min(n, LIMITS.dialogue * LIMITS.linesPerDialogue);
  m.dialogue = range(Math.ceil(lines / LIMITS.linesPerDialogue)).map((i) => ({
    id: `d${i}`,
    speaker: 'S',
    lines: range(Math.min(LIMITS.linesPerDialogue, lines - i * LIMITS.linesPerDialogue)).map(
      () => line,
    ),
  }));
  return m;
}

/** The largest scale whose compact JSON fits the limit, and that JSON. */
function fitToLimit(make: (n: number) => Json): string {
  const size = (n: number) => Buffer.byteLength(JSON.stringify(make(n)), 'utf8');
  let lo = 1;
  let hi = 2;
  while (size(hi) <= MAX_SCRIPT_BYTES && hi < 1 << 28) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (size(mid) <= MAX_SCRIPT_BYTES) lo = mid;
    else hi = mid;
  }
  return JSON.stringify(make(lo));
}

/** Valid JSON to the last bytes, then a trailing comma. */
function brokenAtEnd(): string {
  const body = JSON.stringify(base(), null, 2);
  const filler = `${' '.repeat(78)}\n`.repeat(
    Math.floor((MAX_SCRIPT_BYTES - body.length - 10) / 79),
  );
  return `${filler}${body.slice(0, -2)},\n}`;
}

interface Case {
  name: string;
  text: () => string;
  valid: boolean;
}

const CASES: Case[] = [
  { name: 'counters-within-limits', text: () => fitToLimit(counters), valid: true },
  { name: 'escorts-within-limits', text: () => fitToLimit((n) => escorts(n, true)), valid: true },
  { name: 'escorts-beyond-limits', text: () => fitToLimit((n) => escorts(n, false)), valid: false },
  { name: 'tallies-within-limits', text: () => fitToLimit(tallies), valid: false },
  { name: 'points-within-limits', text: () => fitToLimit(points), valid: true },
  { name: 'dangling-references', text: () => fitToLimit(dangling), valid: false },
  { name: 'text-heavy', text: () => fitToLimit(text), valid: true },
  { name: 'json-broken-at-end', text: brokenAtEnd, valid: false },
];

function main(argv: string[]): number {
  const args = parseCommandLine(argv, {});
  if (!args.ok) {
    console.error(oneLine(`${args.problems[0]} (usage: npm run bench:validator)`));
    return 1;
  }
  const results = CASES.map((c) => {
    const text = c.text();
    let slowest = 0;
    let accepted = false;
    let problems = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const r = loadMission(text);
      slowest = Math.max(slowest, performance.now() - t0);
      accepted = r.ok;
      problems = r.ok ? 0 : r.problems.length;
    }
    const ms = Math.round(slowest);
    const asExpected = accepted === c.valid;
    console.log(
      `${c.name}: ${Buffer.byteLength(text, 'utf8')} bytes, ${ms} ms, ${accepted ? 'accepted' : `refused (${problems} problems)`}${asExpected ? '' : ' — NOT AS EXPECTED'}`,
    );
    return {
      name: c.name,
      bytes: Buffer.byteLength(text, 'utf8'),
      ms,
      accepted,
      problems,
      asExpected,
    };
  });
  const slowestMs = Math.max(...results.map((r) => r.ms));
  const pass = slowestMs <= BUDGET_MS && results.every((r) => r.asExpected);
  console.log(
    JSON.stringify({
      bench: 'mission-validator',
      limitBytes: MAX_SCRIPT_BYTES,
      budgetMs: BUDGET_MS,
      runsPerCase: RUNS,
      slowestMs,
      pass,
      cases: results,
    }),
  );
  return pass ? 0 : 1;
}

runTool('bench:validator', () => main(process.argv.slice(2)));
