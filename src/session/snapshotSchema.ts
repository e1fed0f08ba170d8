/**
 * The shape of a session snapshot (checkpoints today, replay keyframes tomorrow) as zod
 * schemas: every field of `World`, `MissionState` and `SessionSnapshot`, strict (an unknown or
 * missing field is refused), with the bounds that need no mission script: finite numbers,
 * integer ticks and ids, known enums, sane sizes.
 *
 * `tests/session/snapshotSchema.test.ts` checks, as a type test, that what these schemas accept
 * is exactly `World` and `MissionState`: a field added to either type and forgotten here stops
 * `tsc`. What needs the script (ids that resolve, indices in range, tallies shaped like the
 * script's) is checked by `validateSnapshot`, after this.
 */
import { z } from 'zod';

export { SNAPSHOT_VERSION } from './snapshotCheck';

/** A week of play at 60 ticks a second: no real run (nor keyframe) is later than this. */
export const MAX_TICK = 60 * 60 * 60 * 24 * 7;
/** Entity and projectile ids are handed out one by one; a run uses a few thousand at most. */
export const MAX_ID = 10_000_000;
/** No coordinate of any map is this far from the origin. */
export const MAX_COORD = 1_000_000;
/** Faster than anything moves (units per second). */
export const MAX_VELOCITY = 10_000;
/** Angles are wrapped by the sim; map points give small ones. Anything bigger is not an angle. */
export const MAX_ANGLE = 100;
/** Any hull, shield or damage value: the largest in the balance table is 14000. */
export const MAX_POINTS = 1_000_000;
export const MAX_ENTITIES = 5_000;
export const MAX_LIST = 1_000;
export const MAX_FX = 10_000;
const MAX_TEXT = 200;

const num = (max: number) => z.number().min(-max).max(max);
const nonNeg = (max: number) => z.number().min(0).max(max);
const int = (min: number, max: number) => z.int().min(min).max(max);
const tick = int(0, MAX_TICK);
/** Ticks such as `lastHit` start 10 000 ticks before the run. */
const pastTick = int(-10_000, MAX_TICK);
const id = int(1, MAX_ID);
/** An entity id or 0 for none. */
const ref = int(0, MAX_ID);
const text = z.string().max(MAX_TEXT);
const key = z.string().min(1).max(MAX_TEXT);
const coord = num(MAX_COORD);
const u32 = int(0, 0xffffffff);

export const EntitySchema = z.strictObject({
  id,
  kind: z.enum(['ship', 'character']),
  /** Checked against the mission's archetypes by validateSnapshot.ts. */
  archetype: key,
  name: key,
  faction: z.enum(['player', 'ally', 'enemy', 'neutral']),
  map: key,
  x: coord,
  y: coord,
  angle: num(MAX_ANGLE),
  vx: num(MAX_VELOCITY),
  vy: num(MAX_VELOCITY),
  speed: nonNeg(MAX_VELOCITY),
  hull: nonNeg(MAX_POINTS),
  hullMax: z.number().positive().max(MAX_POINTS),
  shields: z.array(nonNeg(MAX_POINTS)).min(1).max(4),
  shieldMax: nonNeg(MAX_POINTS),
  alive: z.boolean(),
  downedUntil: tick,
  group: key.nullable(),
  tags: z.array(key).max(MAX_LIST),
  npc: key.nullable(),
  behavior: z.enum(['hold', 'patrol', 'attack']),
  order: z.enum(['follow', 'stay', 'work', 'attack']).nullable(),
  homeX: coord,
  homeY: coord,
  target: ref,
  lastCombat: pastTick,
  lastHit: pastTick,
  weaponReady: tick,
  secondaryReady: tick,
  side: z.number().refine((v) => Math.abs(v) === 1, { error: 'must be 1 or -1' }),
  trueForm: z.boolean(),
  slot: int(0, 2),
  wayX: coord,
  wayY: coord,
  clearShot: z.boolean(),
  abilityReady: tick,
  abilityUntil: tick,
  aimX: coord,
  aimY: coord,
  runs: int(0, 10),
  tactic: z.enum(['none', 'cover', 'flank']),
  tacticX: coord,
  tacticY: coord,
  tacticUntil: tick,
});

export const ProjectileSchema = z.strictObject({
  id,
  owner: ref,
  target: ref,
  x: coord,
  y: coord,
  angle: num(MAX_ANGLE),
  damage: nonNeg(MAX_POINTS),
  travelled: nonNeg(MAX_COORD),
});

export const FxSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('beam'),
    from: ref,
    to: ref,
    hit: z.boolean(),
    facing: int(0, 3),
  }),
  z.strictObject({ type: z.literal('rifle'), from: ref, to: ref, x: coord, y: coord }),
  z.strictObject({ type: z.literal('torpedo'), id }),
  z.strictObject({ type: z.literal('shieldHit'), target: ref, facing: int(0, 3) }),
  z.strictObject({ type: z.literal('explosion'), x: coord, y: coord, size: nonNeg(10) }),
  z.strictObject({ type: z.literal('downed'), target: ref }),
  z.strictObject({ type: z.literal('ability'), who: ref, ability: key }),
  z.strictObject({ type: z.literal('fieldDown'), barrier: key }),
  z.strictObject({ type: z.literal('transform'), target: ref }),
  z.strictObject({ type: z.literal('rescued'), x: coord, y: coord }),
  z.strictObject({
    type: z.literal('telegraph'),
    who: ref,
    x: coord,
    y: coord,
    r: nonNeg(MAX_COORD),
    ticks: int(0, MAX_TICK),
  }),
]);

export const WorldSchema = z.strictObject({
  tick,
  rng: z.tuple([u32, u32, u32, u32]),
  difficulty: z.enum(['normal', 'advanced', 'elite']),
  scene: key,
  sceneKind: z.enum(['space', 'ground']),
  map: key,
  entities: z.array(EntitySchema).max(MAX_ENTITIES),
  projectiles: z.array(ProjectileSchema).max(MAX_ENTITIES),
  nextId: id,
  player: id,
  input: z.strictObject({
    throttle: nonNeg(1),
    turn: num(1),
    moveX: num(1),
    moveY: num(1),
    // Aim commands take any finite point (see sanitizeCommand); only finiteness matters.
    aimX: z.number(),
    aimY: z.number(),
    aiming: z.boolean(),
    firing: z.boolean(),
    fullImpulse: z.boolean(),
    interacting: z.boolean(),
  }),
  abilities: z.array(z.strictObject({ id: key, readyAt: tick, activeUntil: tick })).max(MAX_LIST),
  watches: z.array(z.strictObject({ zone: key, actor: key })).max(MAX_LIST),
  enabledInteractables: z.array(key).max(MAX_LIST),
  hails: z.array(key).max(MAX_LIST),
  barriersUp: z.array(key).max(MAX_LIST),
  interaction: z.strictObject({ target: key, ticks: int(1, MAX_TICK) }).nullable(),
  respawnAt: tick,
  restartAt: tick,
  transition: z.strictObject({ kind: key, startTick: tick }).nullable(),
  fx: z.array(FxSchema).max(MAX_FX),
  combat: z
    .array(
      z.strictObject({
        scene: key,
        kind: z.enum(['space', 'ground']),
        playerDamageDealt: nonNeg(1e12),
        playerDamageTaken: nonNeg(1e12),
        alliesDamageDealt: nonNeg(1e12),
        playerDeaths: int(0, MAX_TICK),
      }),
    )
    .max(MAX_LIST),
});

const nullableTick = tick.nullable();

export const MissionStateSchema = z.strictObject({
  version: z.int(),
  missionId: key,
  status: z.enum(['offered', 'active', 'failed', 'complete']),
  step: int(-1, MAX_LIST),
  objective: int(0, MAX_LIST),
  progress: z.array(z.array(int(0, MAX_ID)).max(MAX_LIST)).max(MAX_LIST),
  completedAt: z.array(z.array(nullableTick).max(MAX_LIST)).max(MAX_LIST),
  tallies: z
    .array(z.strictObject({ id: key, counts: z.array(int(0, MAX_ID)).max(MAX_LIST) }))
    .max(MAX_LIST),
  failure: z.strictObject({ stepId: key, objectiveId: key, reason: text }).nullable(),
  accolades: z.array(key).max(MAX_LIST),
  captainLevel: int(1, 1000),
  replay: z.boolean(),
  acceptedAt: nullableTick,
  completedAtTick: nullableTick,
});

export const SessionSnapshotSchema = z.strictObject({
  version: z.int(),
  simVersion: z.int(),
  missionId: key,
  seed: u32,
  captainLevel: int(1, 1000),
  replay: z.boolean(),
  world: WorldSchema,
  mission: MissionStateSchema,
});
