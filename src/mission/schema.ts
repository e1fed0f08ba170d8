/**
 * The mission script format: the single source of truth.
 *
 * `missions/mission.schema.json` is generated from `MissionScriptSchema` (`npm run gen:schema`)
 * and `missions/README.md` documents every field. Objects are strict: an unknown field is an
 * error, because a misspelt field silently ignored is a bug an author never finds.
 */
import { z } from 'zod';
import { showsSomething } from '../core/text';
import {
  ART_KEYS,
  DIFFICULTY_IDS,
  type DifficultyId,
  GROUND_ABILITIES,
  SHIP_ABILITIES,
  SOUND_NAMES,
} from './catalog';
import { LIMITS } from './limits';

export const FORMAT_VERSION = 1;

const Id = z
  .string({ error: 'must be a string' })
  .max(LIMITS.idLength, { error: `must be at most ${LIMITS.idLength} characters long` })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lowercase id (letters a-z, digits, -)' });
const Text = z
  .string({ error: 'must be a string' })
  .min(1, { error: 'must not be empty' })
  .max(LIMITS.textLength, { error: `must be at most ${LIMITS.textLength} characters long` })
  .refine(showsSomething, {
    error: 'must show something: it holds only spaces or invisible characters',
    when: (payload) => typeof payload.value === 'string' && payload.value.length > 0,
  });
/** A whole number from 1 to `max`. */
const PositiveInt = (max: number) =>
  z
    .number({ error: 'must be a positive integer' })
    .int({ error: 'must be a positive integer' })
    .positive({ error: 'must be a positive integer' })
    .max(max, { error: `must be at most ${max}` });
const NonNegativeInt = (max: number) =>
  z
    .number({ error: 'must be a non-negative integer' })
    .int({ error: 'must be a non-negative integer' })
    .nonnegative({ error: 'must be a non-negative integer' })
    .max(max, { error: `must be at most ${max}` });
const Coord = z
  .number({ error: 'must be a number' })
  .finite({ error: 'must be a finite number' })
  .min(-LIMITS.coordinate, { error: `must be from -${LIMITS.coordinate} to ${LIMITS.coordinate}` })
  .max(LIMITS.coordinate, { error: `must be from -${LIMITS.coordinate} to ${LIMITS.coordinate}` });
const Size = PositiveInt(LIMITS.size);
/** A list of at most `max` items. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: `must have at most ${max} items` });
const Level = z
  .number({ error: 'must be a level from 1 to 65' })
  .int({ error: 'must be a level from 1 to 65' })
  .min(1, { error: 'must be a level from 1 to 65' })
  .max(65, { error: 'must be a level from 1 to 65' });
const IsoDate = z
  .string({ error: 'must be a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' });

export const ShapeSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('circle'), x: Coord, y: Coord, r: Size }),
    z.strictObject({ type: z.literal('rect'), x: Coord, y: Coord, w: Size, h: Size }),
    z.strictObject({ type: z.literal('outside'), x: Coord, y: Coord, r: Size }),
  ],
  { error: "must be a shape: type 'circle', 'rect' or 'outside'" },
);

export const ZoneSchema = z.strictObject({
  id: Id,
  title: Text.optional(),
  shape: ShapeSchema,
});

export const PointSchema = z.strictObject({
  id: Id,
  x: Coord,
  y: Coord,
  angle: Coord.optional(),
});

export const InteractableKind = z.enum(
  ['dock', 'console', 'turbolift', 'transporter', 'depart-system'],
  { error: "must be one of 'dock', 'console', 'turbolift', 'transporter', 'depart-system'" },
);

export const InteractableSchema = z.strictObject({
  id: Id,
  kind: InteractableKind,
  label: Text,
  /** Where the player must stand: a point with a reach radius, or a zone. */
  point: Id.optional(),
  radius: Size.optional(),
  zone: Id.optional(),
  /** Ticks the interact key must be held (60 ticks = 1 s). */
  holdTicks: NonNegativeInt(LIMITS.holdTicks).default(0),
  /** A barrier on the map that drops when this is used (a security field console). */
  opens: Id.optional(),
});

export const BarrierSchema = z.strictObject({
  id: Id,
  label: Text,
  shape: ShapeSchema,
});

export const MapSchema = z.strictObject({
  id: Id,
  kind: z.enum(['space', 'ground'], { error: "must be 'space' or 'ground'" }),
  title: Text,
  /** The Tiled JSON map holding geometry (walls, station hull, decoration), relative to the script. */
  file: Text,
  zones: list(ZoneSchema, LIMITS.zonesPerMap).default([]),
  points: list(PointSchema, LIMITS.pointsPerMap).default([]),
  interactables: list(InteractableSchema, LIMITS.interactablesPerMap).default([]),
  barriers: list(BarrierSchema, LIMITS.barriersPerMap).default([]),
});

export const SceneSchema = z.strictObject({
  id: Id,
  kind: z.enum(['space', 'ground'], { error: "must be 'space' or 'ground'" }),
  title: Text,
  map: Id,
  /** The point where the player (and away team) appear. */
  start: Id,
});

/** An archetype id: a mission's own (`archetypes`) or one of the player's side. */
const ArchetypeRef = Id;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) =>
      `must be a known ${what}: '${String(iss.input)}' is not one (${values.map((v) => `'${v}'`).join(', ')})`,
  });
export const ArtKeySchema = oneOf(ART_KEYS, 'art key');
export const SoundNameSchema = oneOf(SOUND_NAMES, 'sound');

/** A non-negative number up to `max` (a stat). */
const Amount = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .finite({ error: 'must be a finite number' })
    .nonnegative({ error: 'must not be negative' })
    .max(max, { error: `must be at most ${max}` });
/** A whole number of ticks (60 a second) or weapon banks. */
const Whole = (max: number) => NonNegativeInt(max);
const Points = z
  .number({ error: 'must be a positive number' })
  .finite({ error: 'must be a positive number' })
  .positive({ error: 'must be a positive number' })
  .max(LIMITS.statPoints, { error: `must be at most ${LIMITS.statPoints}` });
const Fraction = z
  .number({ error: 'must be a number from 0 to 1' })
  .min(0, { error: 'must be a number from 0 to 1' })
  .max(1, { error: 'must be a number from 0 to 1' });

/** One entry per difficulty, each required: a missing one is named in the problem. */
const perDifficulty = <T extends z.ZodType>(entry: T) =>
  z.strictObject(
    Object.fromEntries(
      DIFFICULTY_IDS.map((d) => [
        d,
        z
          .unknown()
          .superRefine((value, c) => {
            if (value === undefined)
              c.addIssue({
                code: 'custom',
                message: `missing the '${d}' difficulty entry: every archetype describes ${DIFFICULTY_IDS.map((x) => `'${x}'`).join(', ')}`,
              });
          })
          .pipe(entry),
      ]),
    ) as Record<DifficultyId, z.ZodPipe<z.ZodUnknown, T>>,
    { error: 'must be an object with one entry per difficulty' },
  );

export const ShipStatsSchema = z.strictObject({
  hull: Points,
  /** Per facing (fore, starboard, aft, port). */
  shield: Amount(LIMITS.statPoints),
  /** Per second per facing. */
  shieldRegen: Amount(LIMITS.statPoints),
  /** Impulse, units per second; 0 for an emplacement. */
  speed: Amount(LIMITS.statSpeed),
  accel: Amount(LIMITS.statSpeed),
  /** Radians per second. */
  turnRate: Amount(100),
  beamDamage: Amount(LIMITS.statPoints),
  beamRange: Amount(LIMITS.size),
  /** Ticks between beam volleys. */
  beamCooldown: Whole(LIMITS.holdTicks),
  /** Beam banks that bear in the fore and aft arcs. */
  foreBanks: Whole(16),
  aftBanks: Whole(16),
  torpedoDamage: Amount(LIMITS.statPoints),
  torpedoCooldown: Whole(LIMITS.holdTicks),
  /** It notices the player within this distance. */
  aggroRange: Amount(LIMITS.size),
  /** It circles its target at about this distance. */
  orbitRange: Amount(LIMITS.size),
  /** The whole arc its weapons bear in, degrees (360: all round; an emplacement: 180). */
  fireArc: z
    .number({ error: 'must be an arc in degrees, from 1 to 360' })
    .min(1, { error: 'must be an arc in degrees, from 1 to 360' })
    .max(360, { error: 'must be an arc in degrees, from 1 to 360' }),
});

export const CharacterStatsSchema = z.strictObject({
  health: Points,
  shield: Amount(LIMITS.statPoints),
  /** Per second, after a few seconds without damage. */
  shieldRegen: Amount(LIMITS.statPoints),
  speed: Amount(LIMITS.statSpeed),
  /** Damage of one rifle shot. */
  damage: Amount(LIMITS.statPoints),
  range: Amount(LIMITS.size),
  /** Ticks between shots. */
  cooldown: Whole(LIMITS.holdTicks),
  aggroRange: Amount(LIMITS.size),
});

/** How an archetype is on one difficulty: × its hull (health) and shields, and any stat of its own. */
const difficultyEntry = <T extends z.ZodObject>(stats: T) =>
  z.strictObject({
    /** × hull (health) and shields at spawn: 1 leaves them as they are. */
    health: z
      .number({ error: 'must be a positive number' })
      .positive({ error: 'must be a positive number' })
      .max(100, { error: 'must be at most 100' }),
    /** Stats that differ on this difficulty (over `stats`). */
    stats: stats.partial().optional(),
  });

export const ArchetypeSoundsSchema = z.strictObject({
  /** A beam volley (ships) or a rifle shot (characters). */
  weapon: SoundNameSchema.optional(),
  /** A torpedo or a torpedo volley. */
  torpedo: SoundNameSchema.optional(),
  /** Its ability starts: an attack run, a shield boost, a heavy attack's charge, a grenade's fuse. */
  ability: SoundNameSchema.optional(),
  /** Its telegraphed attack lands (heavy attack, grenade, blast). */
  impact: SoundNameSchema.optional(),
  /** It is destroyed or defeated. */
  destroyed: SoundNameSchema.optional(),
  /** It changes into its other form. */
  transform: SoundNameSchema.optional(),
});

const archetypeBase = {
  id: Id,
  /** Shown over the entity and in the combat log (a named NPC shows its own name instead). */
  name: Text,
  /** The side of a member spawned without an NPC; a named NPC's own faction wins. */
  faction: z.enum(['ally', 'enemy', 'neutral'], { error: "must be 'ally', 'enemy' or 'neutral'" }),
  art: ArtKeySchema,
  /** Collision radius, world units (ships: about ten metres a unit; ground: about a metre). */
  radius: Points,
  sounds: ArchetypeSoundsSchema.default({}),
};

const ShipArchetypeFields = {
  ...archetypeBase,
  stats: ShipStatsSchema,
  difficulty: perDifficulty(difficultyEntry(ShipStatsSchema)),
  /** What it does besides firing (the simulation runs one). */
  abilities: list(oneOf(SHIP_ABILITIES, 'ship ability'), 1).default([]),
};

export const ArchetypeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('ship'), ...ShipArchetypeFields }),
    /** A ship part of the station: it does not move, and its arc faces away from the hull. */
    z.strictObject({ kind: z.literal('emplacement'), ...ShipArchetypeFields }),
    z.strictObject({
      kind: z.literal('character'),
      ...archetypeBase,
      stats: CharacterStatsSchema,
      difficulty: perDifficulty(difficultyEntry(CharacterStatsSchema)),
      abilities: list(oneOf(GROUND_ABILITIES, 'ground ability'), GROUND_ABILITIES.length).default(
        [],
      ),
      /**
       * How it fights: 'cover-flank' (takes cover when its shield is low, works round the
       * target's side) or 'press' (goes after a named NPC first, then the nearest of the away
       * team, wherever they stand).
       */
      tactics: z
        .enum(['cover-flank', 'press'], { error: "must be 'cover-flank' or 'press'" })
        .default('cover-flank'),
      /** Injured crew: the away team rescues it by standing beside it (a `rescued` event). */
      rescue: z.boolean({ error: 'must be true or false' }).default(false),
      /** A second form it takes when its health falls low (T'Vala's Undine form). */
      form: z
        .strictObject({
          name: Text,
          art: ArtKeySchema,
          /** It changes at this fraction of its health, per difficulty. */
          at: perDifficulty(Fraction),
          /** Stats that change in this form. */
          stats: CharacterStatsSchema.partial().default({}),
          /** Abilities of this form only. */
          abilities: list(
            oneOf(GROUND_ABILITIES, 'ground ability'),
            GROUND_ABILITIES.length,
          ).default([]),
        })
        .optional(),
    }),
  ],
  { error: "must be an archetype: kind 'ship', 'emplacement' or 'character'" },
);

export const NpcSchema = z.strictObject({
  id: Id,
  name: Text,
  archetype: ArchetypeRef,
  faction: z.enum(['ally', 'enemy', 'neutral'], { error: "must be 'ally', 'enemy' or 'neutral'" }),
  description: Text.optional(),
});

export const SpawnMemberSchema = z.strictObject({
  archetype: ArchetypeRef,
  count: PositiveInt(LIMITS.memberCount).default(1),
  /** A named character from `npcs` (count must then be 1). */
  npc: Id.optional(),
  tags: list(Id, LIMITS.tagsPerList).default([]),
});

export const SpawnGroupSchema = z.strictObject({
  id: Id,
  map: Id,
  title: Text.optional(),
  tags: list(Id, LIMITS.tagsPerList).default([]),
  /** One point for the whole group, or one point per member in order. */
  at: z.union(
    [Id, list(Id, LIMITS.membersPerSpawn).min(1, { error: 'must list at least one point' })],
    { error: 'must be a point id or a list of point ids' },
  ),
  members: list(SpawnMemberSchema, LIMITS.memberEntriesPerSpawn).min(1, {
    error: 'must have at least one member',
  }),
  /** How enemies behave until they see the player. */
  behavior: z.enum(['hold', 'patrol', 'attack']).default('hold'),
});

export const TagSchema = z.strictObject({ id: Id, title: Text });
export const ContactSchema = z.strictObject({ id: Id, name: Text });
export const DialogueSchema = z.strictObject({
  id: Id,
  speaker: Text,
  lines: list(Text, LIMITS.linesPerDialogue).min(1, { error: 'must have at least one line' }),
});

export const EventMatcherSchema = z.discriminatedUnion(
  'event',
  [
    z.strictObject({ event: z.literal('defeated'), tag: Id }),
    z.strictObject({ event: z.literal('groupDefeated'), tag: Id }),
    z.strictObject({ event: z.literal('rescued'), tag: Id }),
    z.strictObject({ event: z.literal('enteredZone'), zone: Id }),
    z.strictObject({ event: z.literal('interacted'), target: Id }),
    z.strictObject({ event: z.literal('hailed'), contact: Id }),
  ],
  { error: 'must be an event matcher (see missions/README.md)' },
);

export const ScriptEffectSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('spawn'), group: Id }),
    z.strictObject({ type: z.literal('despawn'), group: Id }),
    z.strictObject({ type: z.literal('dialogue'), dialogue: Id }),
    z.strictObject({
      type: z.literal('npcOrder'),
      npc: Id,
      order: z.enum(['follow', 'stay', 'work', 'attack']),
    }),
  ],
  { error: "must be an effect: type 'spawn', 'despawn', 'dialogue' or 'npcOrder'" },
);

const objectiveBase = {
  id: Id,
  /** Shown in the tracker; a counter's "(0/18)" is added by the tracker, not written here. */
  title: Text,
  hint: Text.optional(),
  onActivate: list(ScriptEffectSchema, LIMITS.effectsPerList).default([]),
  onComplete: list(ScriptEffectSchema, LIMITS.effectsPerList).default([]),
};

export const ObjectiveSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...objectiveBase, type: z.literal('report'), contact: Id }),
    z.strictObject({ ...objectiveBase, type: z.literal('reach'), zone: Id }),
    z.strictObject({
      ...objectiveBase,
      type: z.literal('counter'),
      event: z.enum(['defeated', 'groupDefeated', 'rescued'], {
        error: "must be 'defeated', 'groupDefeated' or 'rescued'",
      }),
      tag: Id,
      count: PositiveInt(LIMITS.liveMembers),
    }),
    z.strictObject({ ...objectiveBase, type: z.literal('interact'), target: Id }),
    z.strictObject({ ...objectiveBase, type: z.literal('escort'), npc: Id, zone: Id }),
    z.strictObject({
      ...objectiveBase,
      type: z.literal('protect'),
      npc: Id,
      until: EventMatcherSchema,
    }),
  ],
  {
    error:
      "must be an objective: type 'report', 'reach', 'counter', 'interact', 'escort' or 'protect'",
  },
);

export const StepSchema = z.strictObject({
  id: Id,
  title: Text,
  scene: Id,
  /** How the scene is entered when the step changes scene. */
  transition: z
    .enum(['warp-in', 'beam-down', 'door', 'turbolift', 'beam-up', 'none'])
    .default('none'),
  onStart: list(ScriptEffectSchema, LIMITS.effectsPerList).default([]),
  onComplete: list(ScriptEffectSchema, LIMITS.effectsPerList).default([]),
  objectives: list(ObjectiveSchema, LIMITS.objectivesPerStep).min(1, {
    error: 'must have at least one objective',
  }),
});

export const TallySchema = z.strictObject({
  id: Id,
  title: Text,
  tag: Id,
  /** How many tagged defeats each step provides; the validator checks the spawns add up. */
  perStep: z.record(Id, PositiveInt(LIMITS.liveMembers)),
});

export const RewardRowSchema = z.strictObject({
  minLevel: Level,
  maxLevel: Level,
  rank: Text,
  sp: PositiveInt(LIMITS.reward),
  exp: PositiveInt(LIMITS.reward),
  mark: z.enum(['VIII', 'IX', 'X', 'XI', 'XII'], { error: 'must be a Mark from VIII to XII' }),
});

export const AccoladeSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  points: PositiveInt(LIMITS.accoladePoints),
  category: z.enum(['mission', 'defeat'], { error: "must be 'mission' or 'defeat'" }),
  award: z.discriminatedUnion(
    'on',
    [
      z.strictObject({ on: z.literal('missionCompleted') }),
      z.strictObject({
        on: z.literal('tally'),
        tally: Id,
        threshold: PositiveInt(LIMITS.threshold),
      }),
    ],
    { error: "must say when it is awarded: on 'missionCompleted' or 'tally'" },
  ),
});

/**
 * A speedrun category's id: lower case, digits, `-` and `%` ("any%", "all-officers"). It is
 * written into every run record (`run.category`), so a category keeps its id for good.
 */
const CategoryId = z
  .string({ error: 'must be a string' })
  .max(LIMITS.idLength, { error: `must be at most ${LIMITS.idLength} characters long` })
  .regex(/^[a-z0-9%]+(?:-[a-z0-9%]+)*$/, {
    error: "must be a lowercase id (letters a-z, digits, % and single '-' between them)",
  });

export const SplitSchema = z.strictObject({
  id: Id,
  /** Shown in the splits panel; the objective's title when absent. */
  title: Text.optional(),
  /** The split is taken the tick this objective completes. */
  objective: Id,
});

export const CategorySchema = z.strictObject({
  id: CategoryId,
  name: Text,
  /** What the run must do, in a sentence or two (shown when choosing the category). */
  rules: Text,
  /** Who plays it: the player, or the bot ("Autopilot", kept apart like a TAS category). */
  runner: z
    .enum(['player', 'autopilot'], { error: "must be 'player' or 'autopilot'" })
    .default('player'),
  /** An individual level starts at this step's start state; absent: at the accept. */
  from: Id.optional(),
  /** The run ends when this step's last split is taken; absent: the last step. */
  to: Id.optional(),
  /** Tallies whose every defeat is required: the run is complete only when all are done. */
  requireTallies: list(Id, LIMITS.tallies).default([]),
  /** The splits, in the order they are taken; absent: one per objective, grouped by step. */
  splits: list(SplitSchema, LIMITS.splitsPerCategory)
    .min(1, { error: 'must have at least one split' })
    .optional(),
});

export const DifficultyVariableSchema = z.strictObject({
  name: Text,
  values: list(z.strictObject({ id: Id, name: Text }), LIMITS.difficulties).min(1, {
    error: 'must have at least one value',
  }),
  default: Id,
});

export const SpeedrunSchema = z.strictObject({
  categories: list(CategorySchema, LIMITS.categories).min(1, {
    error: 'must have at least one category',
  }),
  /** The difficulty a run is played at: a variable of every category (boards per value). */
  difficulty: DifficultyVariableSchema,
});

export const MissionScriptSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  id: Id,
  title: Text,
  arc: Text,
  levelRange: z.strictObject({ min: Level, max: Level }),
  prerequisites: list(z.strictObject({ id: Id, title: Text }), LIMITS.prerequisites).default([]),
  offer: z.strictObject({
    sector: Text,
    sectorBlock: Text,
    /** The mission is offered when the player's ship enters this zone. */
    zone: Id,
    text: Text,
  }),
  historical: z.strictObject({ removedOn: IsoDate, release: Text, note: Text }).optional(),
  briefing: z.strictObject({
    summary: Text,
    body: list(Text, LIMITS.briefingParagraphs).min(1),
  }),
  completion: z.strictObject({ summary: Text }),
  tags: list(TagSchema, LIMITS.tags),
  contacts: list(ContactSchema, LIMITS.contacts).default([]),
  npcs: list(NpcSchema, LIMITS.npcs).default([]),
  /** Ships, emplacements and characters the spawns and NPCs are made of (missions/README.md). */
  archetypes: list(ArchetypeSchema, LIMITS.archetypes).default([]),
  maps: list(MapSchema, LIMITS.maps).min(1, { error: 'must have at least one map' }),
  scenes: list(SceneSchema, LIMITS.scenes).min(1, { error: 'must have at least one scene' }),
  spawns: list(SpawnGroupSchema, LIMITS.spawns).default([]),
  dialogue: list(DialogueSchema, LIMITS.dialogue).default([]),
  /** Effects run when the mission is accepted, before the first step starts. */
  onAccept: list(ScriptEffectSchema, LIMITS.effectsPerList).default([]),
  steps: list(StepSchema, LIMITS.steps).min(1, { error: 'must have at least one step' }),
  tallies: list(TallySchema, LIMITS.tallies).default([]),
  rewards: z.strictObject({
    replay: list(RewardRowSchema, LIMITS.rewardRows).min(1),
    firstCompletion: list(RewardRowSchema, LIMITS.rewardRows).min(1),
    note: Text,
  }),
  accolades: list(AccoladeSchema, LIMITS.accolades).default([]),
  /** Speedrun categories and the difficulty variable; absent: Any% and Autopilot only. */
  speedrun: SpeedrunSchema.optional(),
});

export type MissionScriptInput = z.input<typeof MissionScriptSchema>;
export type MissionScriptData = z.output<typeof MissionScriptSchema>;
export type Objective = z.output<typeof ObjectiveSchema>;
export type ObjectiveType = Objective['type'];
export type Step = z.output<typeof StepSchema>;
export type ScriptEffect = z.output<typeof ScriptEffectSchema>;
export type EventMatcher = z.output<typeof EventMatcherSchema>;
export type Shape = z.output<typeof ShapeSchema>;
export type MapData = z.output<typeof MapSchema>;
export type SpawnGroup = z.output<typeof SpawnGroupSchema>;
export type Interactable = z.output<typeof InteractableSchema>;
export type RewardRow = z.output<typeof RewardRowSchema>;
export type Accolade = z.output<typeof AccoladeSchema>;
export type CategoryData = z.output<typeof CategorySchema>;
export type SpeedrunData = z.output<typeof SpeedrunSchema>;
export type ArchetypeId = string;
export type ArchetypeData = z.output<typeof ArchetypeSchema>;
export type ArchetypeSoundsData = z.output<typeof ArchetypeSoundsSchema>;
export type ShipStatsData = z.output<typeof ShipStatsSchema>;
export type CharacterStatsData = z.output<typeof CharacterStatsSchema>;
export type MissionScript = DeepReadonly<MissionScriptData>;

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
