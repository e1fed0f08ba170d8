/**
 * Snapshot validation: real snapshots are accepted, tampered ones are refused with the path of
 * what is wrong, and whatever is accepted restores and plays on without throwing.
 *
 * The tampering corpus walks real snapshots (taken from bot runs in space and on the ground)
 * generically, so every leaf and every container of the world and the mission is replaced in
 * turn by wrong-typed values: text, null, 1e300, -1, NaN, Infinity, the other container, an
 * empty one, a duplicated element, or nothing at all. Each tampered snapshot goes through
 * `Session.restore`: either it is refused, naming the path, and the session is unchanged; or
 * it is restored and the bot plays 600 ticks on it without an exception, ending in a state
 * that is itself valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queueBotCommands } from '../../src/session/autopilot';
import type { Session, SessionSnapshot } from '../../src/session/Session';
import { formatProblem, validateSnapshot } from '../../src/session/validateSnapshot';
import { botUntil, newSession, script } from '../sim/simHelpers';

const SEED = 1;
const stepIndex = (id: string) => script.steps.findIndex((s) => s.id === id);

/** Snapshots from one bot run at the moments that hold the most kinds of state. */
function takeSnapshots(): { label: string; snapshot: SessionSnapshot }[] {
  const s = newSession(SEED);
  s.queue({ type: 'accept' });
  const out: { label: string; snapshot: SessionSnapshot }[] = [];
  // Space battle: grouped enemies, a torpedo in flight, fx and abilities in use.
  botUntil(
    s,
    (x) =>
      x.mission.step === stepIndex('the-best-defense') &&
      x.world.projectiles.length > 0 &&
      x.world.fx.length > 0 &&
      x.world.abilities.length > 0,
  );
  out.push({ label: 'space battle', snapshot: s.snapshot() });
  // Habitat corridors: an interaction being held.
  botUntil(s, (x) => x.world.sceneKind === 'ground' && x.world.interaction !== null);
  out.push({ label: 'ground, interacting', snapshot: s.snapshot() });
  // Ops: Meyer under orders, the scene's transition playing, fx.
  botUntil(
    s,
    (x) =>
      x.world.scene === 'ground-ops' &&
      x.world.transition !== null &&
      x.world.fx.length > 0 &&
      x.world.entities.some((e) => e.order !== null),
  );
  out.push({ label: 'ground, Ops', snapshot: s.snapshot() });
  return out;
}

const SNAPSHOTS = takeSnapshots();

type Key = string | number;
const MISSING = Symbol('missing');
type Variant = { label: string; value: unknown };

function pathText(path: readonly Key[]): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
}

/** Every node below the root, containers before what they hold. */
function* nodes(value: unknown, path: Key[] = []): Generator<{ path: Key[]; value: unknown }> {
  if (path.length > 0) yield { path, value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* nodes(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* nodes(v, [...path, k]);
  }
}

/** Wrong-typed (and a few merely odd) replacements for a node. */
function variants(value: unknown): Variant[] {
  const common = [{ label: 'missing', value: MISSING }];
  if (typeof value === 'number')
    return [
      { label: 'as text', value: String(value) },
      { label: 'null', value: null },
      { label: '1e300', value: 1e300 },
      { label: '-1', value: -1 },
      { label: 'NaN', value: Number.NaN },
      { label: 'Infinity', value: Number.POSITIVE_INFINITY },
      { label: 'an object', value: {} },
      { label: 'an array', value: [] },
      ...common,
    ];
  if (typeof value === 'string')
    return [
      { label: 'a number', value: 7 },
      { label: 'null', value: null },
      { label: 'empty', value: '' },
      { label: 'an unknown id', value: 'no-such-id' },
      { label: 'an object', value: {} },
      { label: 'an array', value: [] },
      ...common,
    ];
  if (typeof value === 'boolean')
    return [
      { label: 'as text', value: String(value) },
      { label: 'null', value: null },
      { label: 'a number', value: value ? 1 : 0 },
      ...common,
    ];
  if (value === null)
    return [
      { label: 'text', value: 'x' },
      { label: 'a number', value: 0 },
      { label: 'false', value: false },
      { label: 'an object', value: {} },
      { label: 'an array', value: [] },
      ...common,
    ];
  if (Array.isArray(value))
    return [
      { label: 'text', value: 'x' },
      { label: 'null', value: null },
      { label: 'an object', value: {} },
      { label: 'empty', value: [] },
      ...(value.length > 0
        ? [{ label: 'first element twice', value: [value[0], ...value] }]
        : [{ label: 'a stray element', value: [{}] }]),
      ...common,
    ];
  return [
    { label: 'text', value: 'x' },
    { label: 'null', value: null },
    { label: 'an array', value: [] },
    { label: 'empty', value: {} },
    { label: 'a number', value: 1 },
    ...common,
  ];
}

function tamper(snapshot: SessionSnapshot, path: readonly Key[], value: unknown): unknown {
  const copy = structuredClone(snapshot) as unknown as Record<Key, unknown>;
  let parent: Record<Key, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<Key, unknown>;
  const last = path.at(-1)!;
  if (value !== MISSING) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/**
 * Does `problem` name `path` (or something inside it)? A removed array element may also be
 * reported against the array, since what is missing no longer has a place.
 */
function names(problem: string, path: readonly Key[], removed: boolean): boolean {
  const candidates = [pathText(path)];
  if (removed && typeof path.at(-1) === 'number') candidates.push(pathText(path.slice(0, -1)));
  return candidates.some((p) => {
    let at = problem.indexOf(p);
    while (at >= 0) {
      const next = problem[at + p.length];
      if (next === undefined || !/[A-Za-z0-9_$]/.test(next)) return true;
      at = problem.indexOf(p, at + 1);
    }
    return false;
  });
}

/** Lets the bot play `ticks` ticks; returns the exception message, if any. */
function play(s: Session, ticks: number): string | null {
  try {
    for (let i = 0; i < ticks; i++) {
      queueBotCommands(s);
      s.step();
    }
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

interface Outcome {
  refused: number;
  played: number;
  failures: string[];
}

/**
 * A session that tampered snapshots are restored into. A refusal must leave it untouched
 * (checked by identity after each one, and by hash in `untouched`); an acceptance uses it up.
 */
class Probe {
  session = newSession(SEED);
  private hash = this.session.hash();
  private world = this.session.world;
  private mission = this.session.mission;

  changed(): boolean {
    return this.session.world !== this.world || this.session.mission !== this.mission;
  }

  untouched(): boolean {
    return !this.changed() && this.session.hash() === this.hash;
  }
}

/** Restores `tampered` (made at `path`); plays on when it is accepted. */
function judge(
  probe: Probe,
  tampered: unknown,
  path: readonly Key[],
  removed: boolean,
  label: string,
  out: Outcome,
): Probe {
  const s = probe.session;
  const r = s.restore(tampered as SessionSnapshot);
  const where = `${pathText(path)} ${label}`;
  if (!r.ok) {
    out.refused++;
    if (!r.problems.some((p) => names(p, path, removed)))
      out.failures.push(`${where}: refused without naming the path: ${r.problems.join(' | ')}`);
    if (probe.changed()) {
      out.failures.push(`${where}: refused but the session changed`);
      return new Probe();
    }
    return probe;
  }
  out.played++;
  const thrown = play(s, 600);
  if (thrown !== null) out.failures.push(`${where}: accepted, then a tick threw: ${thrown}`);
  else {
    const after = validateSnapshot(s.ctx, s.snapshot());
    if (!after.ok)
      out.failures.push(
        `${where}: accepted, but 600 ticks later the state is invalid: ${after.problems.map(formatProblem).join(' | ')}`,
      );
  }
  return new Probe();
}

describe('validateSnapshot', () => {
  it('accepts real snapshots, as they are and after a JSON round trip', () => {
    for (const { snapshot } of SNAPSHOTS) {
      expect(validateSnapshot(newSession(SEED).ctx, snapshot)).toMatchObject({ ok: true });
      const json = JSON.parse(JSON.stringify(snapshot));
      expect(validateSnapshot(newSession(SEED).ctx, json)).toMatchObject({ ok: true });
    }
    // A session just made, before the mission is accepted.
    const fresh = newSession(SEED);
    expect(validateSnapshot(fresh.ctx, fresh.snapshot())).toMatchObject({ ok: true });
  });

  it('accepts every state of whole bot runs, failed steps and destroyed ships included', () => {
    const refused: string[] = [];
    let failed = 0;
    let wrecked = 0;
    let downed = 0;
    for (const [seed, difficulty] of [
      [7, 'normal'],
      [3, 'elite'],
    ] as const) {
      const s = newSession(seed, { difficulty });
      s.queue({ type: 'accept' });
      const protect = script.steps
        .flatMap((st) => st.objectives)
        .find((o) => o.type === 'protect')!.id;
      while (s.mission.status !== 'complete' && s.tick < 60 * 60 * 40) {
        const objective = script.steps[s.mission.step]?.objectives[s.mission.objective];
        // On elite, stand idle while Meyer must be protected until the step fails once.
        const idle = difficulty === 'elite' && objective?.id === protect && failed === 0;
        if (!idle) queueBotCommands(s);
        else s.queue({ type: 'fire', on: false });
        s.step();
        if (s.mission.status === 'failed') failed++;
        if (s.world.respawnAt !== 0) wrecked++;
        if (s.world.entities.some((e) => e.downedUntil !== 0)) downed++;
        const special = s.mission.status === 'failed' || s.world.respawnAt !== 0;
        if (special || s.tick % 50 === 0) {
          const r = validateSnapshot(s.ctx, s.snapshot());
          if (!r.ok) refused.push(`${s.tick}: ${r.problems.map(formatProblem).join(' | ')}`);
        }
      }
      expect(s.mission.status).toBe('complete');
    }
    expect({ failed: failed > 0, wrecked: wrecked > 0, downed: downed > 0 }).toEqual({
      failed: true,
      wrecked: true,
      downed: true,
    });
    expect(refused.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('refuses the checkpoints that froze the game, naming what is wrong', () => {
    const space = SNAPSHOTS[0]!.snapshot;
    const interacting = SNAPSHOTS[1]!.snapshot;
    const ground = SNAPSHOTS[2]!.snapshot;
    const escorting = (() => {
      const s = newSession(SEED);
      s.queue({ type: 'accept' });
      botUntil(
        s,
        (x) =>
          x.mission.status === 'active' &&
          script.steps[x.mission.step]?.objectives[x.mission.objective]?.type === 'escort',
      );
      return s.snapshot();
    })();
    const cases: [string, SessionSnapshot, (x: SessionSnapshot) => void, string][] = [
      ['RNG state as text', space, (x) => Object.assign(x.world, { rng: 'abc' }), '$.world.rng'],
      [
        'tallies null',
        ground,
        (x) => Object.assign(x.mission, { tallies: null }),
        '$.mission.tallies',
      ],
      [
        'unknown scene kind',
        space,
        (x) => Object.assign(x.world, { sceneKind: 'water' }),
        '$.world.sceneKind',
      ],
      [
        'step index out of range',
        ground,
        (x) => Object.assign(x.mission, { step: 99 }),
        '$.mission.step',
      ],
      [
        'step index -1 in a run under way',
        space,
        (x) => Object.assign(x.mission, { step: -1 }),
        '$.mission.step',
      ],
      [
        'objective index out of range',
        space,
        (x) => Object.assign(x.mission, { objective: 7 }),
        '$.mission.objective',
      ],
      [
        'negative entity ids',
        ground,
        (x) => {
          for (const e of x.world.entities) e.id = -e.id;
        },
        '$.world.entities[0].id',
      ],
      [
        'duplicate entity ids',
        space,
        (x) => Object.assign(x.world.entities[2]!, { id: x.world.entities[1]!.id }),
        '$.world.entities[2].id',
      ],
      [
        'a position as text',
        ground,
        (x) => Object.assign(x.world.entities[0]!, { x: '100' }),
        '$.world.entities[0].x',
      ],
      [
        'hull 1e300',
        space,
        (x) => Object.assign(x.world.entities.at(-1)!, { hull: 1e300 }),
        `$.world.entities[${space.world.entities.length - 1}].hull`,
      ],
      [
        'hull and hullMax 1e300',
        space,
        (x) => Object.assign(x.world.entities.at(-1)!, { hull: 1e300, hullMax: 1e300 }),
        `$.world.entities[${space.world.entities.length - 1}].hull`,
      ],
      [
        'a hullMax the archetype does not have',
        space,
        (x) => Object.assign(x.world.entities.at(-1)!, { hull: 9e5, hullMax: 9e5 }),
        `$.world.entities[${space.world.entities.length - 1}].hullMax`,
      ],
      [
        'a target never handed out',
        ground,
        (x) => Object.assign(x.world.entities[0]!, { target: x.world.nextId + 5 }),
        '$.world.entities[0].target',
      ],
      [
        'an unknown spawn group',
        space,
        (x) => Object.assign(x.world.entities.at(-1)!, { group: 'nowhere' }),
        `$.world.entities[${space.world.entities.length - 1}].group`,
      ],
      [
        'an unknown scene',
        space,
        (x) => Object.assign(x.world, { scene: 'nowhere' }),
        '$.world.scene',
      ],
      [
        'another step’s scene',
        space,
        (x) => Object.assign(x.world, { scene: 'ground-ops', sceneKind: 'ground', map: 'ops' }),
        '$.world.scene',
      ],
      [
        'a player that is not there',
        ground,
        (x) => Object.assign(x.world, { player: x.world.nextId - 1 + 1000 }),
        '$.world.player',
      ],
      [
        'failed with no restart coming',
        space,
        (x) =>
          Object.assign(x.mission, {
            status: 'failed',
            failure: { stepId: 'the-best-defense', objectiveId: 'x', reason: 'r' },
          }),
        '$.world.restartAt',
      ],
      [
        'tallies not shaped like the script’s',
        ground,
        (x) => x.mission.tallies[0]!.counts.pop(),
        '$.mission.tallies[0].counts',
      ],
      [
        'a tally above what its step provides',
        ground,
        (x) => Object.assign(x.mission.tallies[0]!.counts, { 2: 99 }),
        '$.mission.tallies[0].counts[2]',
      ],
      [
        'progress above the target',
        ground,
        (x) => Object.assign(x.mission.progress[0]!, { 0: 5 }),
        '$.mission.progress[0][0]',
      ],
      [
        'the active objective’s interactable disabled',
        interacting,
        (x) => Object.assign(x.world, { enabledInteractables: [] }),
        '$.world.enabledInteractables',
      ],
      [
        'the escort’s zone watch gone',
        escorting,
        (x) => Object.assign(x.world, { watches: [] }),
        '$.world.watches',
      ],
      [
        'the escorted NPC told to stay',
        escorting,
        (x) => {
          for (const e of x.world.entities) if (e.npc === 'meyer') e.order = 'stay';
        },
        '.order',
      ],
      [
        'the escorted NPC gone',
        escorting,
        (x) =>
          Object.assign(x.world, { entities: x.world.entities.filter((e) => e.npc !== 'meyer') }),
        '$.world.entities',
      ],
      [
        'T’Vala no longer tagged, so she cannot end the step',
        ground,
        (x) => {
          for (const e of x.world.entities) if (e.npc === 'tvala') e.tags = [];
        },
        '.tags',
      ],
      ['an unknown field', space, (x) => Object.assign(x.world, { cheat: true }), '$.world.cheat'],
      [
        'another simulation version',
        space,
        (x) => Object.assign(x, { simVersion: 999 }),
        '$.simVersion',
      ],
    ];
    const failures: string[] = [];
    for (const [label, base, change, path] of cases) {
      const t = structuredClone(base);
      change(t);
      const s = newSession(SEED);
      const before = s.hash();
      const r = s.restore(t);
      if (r.ok) {
        failures.push(`${label}: accepted`);
        continue;
      }
      if (!r.problems.some((p) => p.includes(path)))
        failures.push(`${label}: ${path} not named in ${r.problems.join(' | ')}`);
      if (s.hash() !== before) failures.push(`${label}: refused, but the session changed`);
    }
    expect(failures).toEqual([]);
  });

  for (const { label, snapshot } of SNAPSHOTS) {
    it(`tampering corpus: every field of a snapshot (${label}) in turn`, () => {
      const out: Outcome = { refused: 0, played: 0, failures: [] };
      let total = 0;
      let probe = new Probe();
      for (const node of nodes(snapshot)) {
        for (const v of variants(node.value)) {
          total++;
          const t = tamper(snapshot, node.path, v.value);
          const next = judge(probe, t, node.path, v.value === MISSING, v.label, out);
          if (next !== probe && !probe.changed()) out.failures.push('a probe was replaced unused');
          if (next === probe || out.refused === 0) continue;
          probe = next;
        }
        if (!probe.untouched() && !probe.changed())
          out.failures.push(`${pathText(node.path)}: a refusal changed the session in place`);
      }
      expect(out.failures.slice(0, 20)).toEqual([]);
      // The corpus really covers both outcomes, and every node of the snapshot.
      expect(out.refused + out.played).toBe(total);
      expect(out.refused).toBeGreaterThan(total * 0.8);
      expect(out.played).toBeGreaterThan(0);
    }, 120_000);
  }

  it('property: random values anywhere are refused by path or play on safely', () => {
    const base = SNAPSHOTS[0]!.snapshot;
    const ground = SNAPSHOTS[2]!.snapshot;
    const spacePaths = [...nodes(base)].map((n) => n.path);
    const groundPaths = [...nodes(ground)].map((n) => n.path);
    const value = fc.oneof(
      fc.jsonValue(),
      fc.integer({ min: -3, max: 40 }),
      fc.double(),
      fc.constantFrom(1e300, -1e300, 0, -0, 0.5, 1, 2, 3, 60, 180, 600),
      // Values that are valid somewhere: ids and enum words of the script and the world.
      fc.constantFrom(
        ...script.scenes.flatMap((x) => [x.id, x.map, x.kind]),
        ...script.maps.flatMap((m) => [
          ...m.zones.map((z) => z.id),
          ...m.interactables.map((i) => i.id),
          ...m.barriers.map((b) => b.id),
        ]),
        ...script.spawns.map((x) => x.id),
        ...script.tags.map((x) => x.id),
        ...script.npcs.map((x) => x.id),
        ...script.contacts.map((x) => x.id),
        ...script.steps.flatMap((x) => [x.id, ...x.objectives.map((o) => o.id)]),
        ...['player', 'ally', 'enemy', 'neutral', 'ship', 'character', 'captain', 'player-ship'],
        ...['galor', 'tvala', 'engineer', 'injured-officer', 'bridge-officer'],
        ...['follow', 'stay', 'work', 'attack', 'hold', 'patrol', 'advanced', 'elite'],
        ...['offered', 'active', 'failed', 'complete', 'warp-in', 'respawn', 'revive', 'epts'],
      ),
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 3 }),
        (inSpace, changes) => {
          const snap = inSpace ? base : ground;
          const paths = inSpace ? spacePaths : groundPaths;
          let t: unknown = snap;
          const touched: Key[][] = [];
          for (const [i, v] of changes) {
            const path = paths[i % paths.length]!;
            // Skip paths a previous change has replaced or removed.
            try {
              t = tamper(t as SessionSnapshot, path, v);
              touched.push(path);
            } catch {
              // The parent is no longer a container.
            }
          }
          const probe = new Probe();
          const r = validateSnapshot(probe.session.ctx, t);
          if (!r.ok) {
            const problems = r.problems.map(formatProblem);
            const named = problems.some((p) => touched.some((path) => names(p, path, false)));
            expect(named, `${touched.map(pathText)} not named in ${problems}`).toBe(true);
            expect(probe.session.restore(t as SessionSnapshot).ok).toBe(false);
            expect(probe.untouched()).toBe(true);
          } else {
            const out: Outcome = { refused: 0, played: 0, failures: [] };
            judge(probe, t, touched[0] ?? [], false, 'random', out);
            expect(out).toMatchObject({ played: 1, failures: [] });
          }
        },
      ),
      { numRuns: 300, seed: 20261215 },
    );
  }, 120_000);

  it('property: random play from a valid snapshot never leaves an invalid one', () => {
    const command = fc.oneof(
      fc.record({
        type: fc.constant('throttle'),
        value: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({ type: fc.constant('turn'), value: fc.double({ min: -1, max: 1, noNaN: true }) }),
      fc.record({ type: fc.constant('fullImpulse'), on: fc.boolean() }),
      fc.record({
        type: fc.constant('move'),
        x: fc.integer({ min: -1, max: 1 }),
        y: fc.integer({ min: -1, max: 1 }),
      }),
      fc.record({
        type: fc.constant('aim'),
        x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      }),
      fc.record({ type: fc.constant('fire'), on: fc.boolean() }),
      fc.record({ type: fc.constant('torpedo') }),
      fc.record({ type: fc.constant('ability'), slot: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ type: fc.constant('target'), id: fc.integer({ min: 0, max: 200 }) }),
      fc.record({ type: fc.constant('cycleTarget') }),
      fc.record({ type: fc.constant('interact'), on: fc.boolean() }),
      fc.record({ type: fc.constant('hail'), contact: fc.constant('starfleet-command') }),
    );
    const stream = fc.array(fc.tuple(fc.integer({ min: 1, max: 150 }), command), {
      minLength: 5,
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.constantFrom(...SNAPSHOTS.map((x) => x.snapshot)), stream, (snap, cmds) => {
        const s = newSession(SEED);
        expect(s.restore(snap).ok).toBe(true);
        for (const [wait, c] of cmds) {
          s.queue(c);
          for (let i = 0; i < wait; i++) s.step();
          const r = validateSnapshot(s.ctx, s.snapshot());
          if (!r.ok) expect(r.problems.map(formatProblem)).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 20261216 },
    );
  }, 120_000);
});
