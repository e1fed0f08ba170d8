/**
 * Archetypes resolved for the simulation: the mission's `archetypes` (ships, emplacements,
 * characters as data) and the player's side (balance.ts), turned once, when the context is
 * built, into the stat blocks the systems read every tick: one per difficulty, the true form's
 * included. Per tick the systems find an entity's archetype through `ctx.archetypeOf`, which
 * remembers the Map's answer by entity id (`archetypeIndex`).
 *
 * The numbers must come out bit for bit as the old tables gave them (golden runs pin them):
 * a stat block is a plain copy of the data, its fire arc is `(degrees / 360) * π` (as the old
 * `(90 / 180) * π`), and a difficulty's stats are laid over the base with a spread, never
 * computed.
 */
import type { ArchetypeData, ArchetypeSoundsData, MissionScript } from '../mission/schema';
import {
  CHARACTERS,
  type CharacterStats,
  DIFFICULTIES,
  type Difficulty,
  PLAYER_SHIP,
  type ShipStats,
} from './balance';
import type { Entity, Faction } from './world';

export type ArchetypeSounds = ArchetypeSoundsData;

export interface ArchetypeForm {
  name: string;
  art: string;
  /** Changes at this fraction of its health. */
  at: Readonly<Record<Difficulty, number>>;
  stats: Readonly<Record<Difficulty, CharacterStats>>;
  /** The Undine blast (a telegraphed area attack) in this form. */
  blast: boolean;
}

export interface Archetype {
  id: string;
  kind: 'ship' | 'emplacement' | 'character';
  name: string;
  faction: Faction;
  art: string;
  radius: number;
  sounds: ArchetypeSounds;
  /** Ships and emplacements: stats per difficulty; null for characters. */
  ship: Readonly<Record<Difficulty, ShipStats>> | null;
  /** Characters: stats per difficulty; null for ships. */
  character: Readonly<Record<Difficulty, CharacterStats>> | null;
  /** × hull (health) and shields at spawn. */
  health: Readonly<Record<Difficulty, number>>;
  /** Throws photon grenades (a telegraphed area attack). */
  grenade: boolean;
  /** Presses its attack on a named NPC first, then the nearest of the away team (no cover). */
  press: boolean;
  /** Injured crew the away team rescues. */
  rescue: boolean;
  form: ArchetypeForm | null;
}

const SHIP_ABILITY: Record<string, ShipStats['ability']> = {
  'attack-run': 'attackRun',
  'shield-boost': 'shieldBoost',
  'heavy-attack': 'heavyAttack',
};

const same = <T>(value: T) =>
  Object.fromEntries(DIFFICULTIES.map((d) => [d, value])) as Record<Difficulty, T>;
const byDifficulty = <T>(f: (d: Difficulty) => T) =>
  Object.fromEntries(DIFFICULTIES.map((d) => [d, f(d)])) as Record<Difficulty, T>;

/** The player's side: built into the game (balance.ts), never a mission's. */
const PLAYER_SIDE: readonly Archetype[] = [
  {
    id: 'player-ship',
    kind: 'ship',
    name: 'U.S.S. Resolute',
    faction: 'player',
    art: 'ship-player',
    radius: PLAYER_SHIP.radius,
    sounds: { weapon: 'phaser', torpedo: 'torpedo', destroyed: 'explosion-player' },
    ship: same(PLAYER_SHIP),
    character: null,
    health: same(1),
    grenade: false,
    press: false,
    rescue: false,
    form: null,
  },
  ...(['captain', 'bridge-officer'] as const).map(
    (id): Archetype => ({
      id,
      kind: 'character',
      name: id === 'captain' ? 'Captain' : 'Bridge Officer',
      faction: 'player',
      art: id === 'captain' ? 'char-captain' : 'char-bridge-officer',
      radius: CHARACTERS[id].radius,
      sounds: { weapon: 'rifle', destroyed: 'downed' },
      ship: null,
      character: same(CHARACTERS[id]),
      health: same(1),
      grenade: false,
      press: false,
      rescue: false,
      form: null,
    }),
  ),
];

function resolve(a: ArchetypeData): Archetype {
  const base = {
    id: a.id,
    kind: a.kind,
    name: a.name,
    faction: a.faction,
    art: a.art,
    radius: a.radius,
    sounds: a.sounds,
    health: byDifficulty((d) => a.difficulty[d].health),
  };
  if (a.kind !== 'character') {
    const { fireArc, ...rest } = a.stats;
    const ability = SHIP_ABILITY[a.abilities[0] ?? ''] ?? 'none';
    const ship = byDifficulty((d): ShipStats => {
      const over = a.difficulty[d].stats ?? {};
      const arc = over.fireArc ?? fireArc;
      return {
        ...rest,
        ...withoutArc(over),
        radius: a.radius,
        ability,
        fireArc: (arc / 360) * Math.PI,
      };
    });
    return {
      ...base,
      ship,
      character: null,
      grenade: false,
      press: false,
      rescue: false,
      form: null,
    };
  }
  const character = byDifficulty(
    (d): CharacterStats => ({ ...a.stats, ...a.difficulty[d].stats, radius: a.radius }),
  );
  const f = a.form;
  return {
    ...base,
    ship: null,
    character,
    grenade: a.abilities.includes('grenade'),
    press: a.tactics === 'press',
    rescue: a.rescue,
    form: f
      ? {
          name: f.name,
          art: f.art,
          at: byDifficulty((d) => f.at[d]),
          stats: byDifficulty((d) => ({ ...character[d], ...f.stats })),
          blast: f.abilities.includes('undine-blast'),
        }
      : null,
  };
}

function withoutArc<T extends { fireArc?: number }>(o: T): Omit<T, 'fireArc'> {
  const { fireArc: _arc, ...rest } = o;
  return rest;
}

/** Every archetype a mission can put into the world, by id (the player's side included). */
export function resolveArchetypes(script: MissionScript): Map<string, Archetype> {
  const map = new Map<string, Archetype>();
  for (const a of PLAYER_SIDE) map.set(a.id, a);
  for (const a of script.archetypes) if (!map.has(a.id)) map.set(a.id, resolve(a as ArchetypeData));
  return map;
}

/**
 * `e => archetypes.get(e.archetype)`, remembered by entity id: a slot holds the archetype id it
 * was found for, so an entity of another world with the same id (a restore, a seek) is looked
 * up again rather than answered wrongly. The same answers as the Map, without hashing a string
 * for every entity in every system on every tick.
 */
export function archetypeIndex(
  archetypes: ReadonlyMap<string, Archetype>,
): (e: Entity) => Archetype | undefined {
  const keys: string[] = [];
  const found: (Archetype | undefined)[] = [];
  return (e) => {
    const id = e.id;
    if (keys[id] === e.archetype) return found[id];
    // Ids are small and dense (never reused within a world); a stray one is not remembered.
    const a = archetypes.get(e.archetype);
    if (id >= 0 && id < 1 << 16 && Number.isInteger(id)) {
      while (keys.length < id) {
        keys.push('');
        found.push(undefined);
      }
      keys[id] = e.archetype;
      found[id] = a;
    }
    return a;
  };
}

/**
 * An entity's ship stats on this difficulty (`a`: its archetype; the player's ship's when it
 * has none).
 */
export function shipStatsOf(a: Archetype | undefined, difficulty: Difficulty): ShipStats {
  return a?.ship?.[difficulty] ?? PLAYER_SHIP;
}

/** An entity's character stats on this difficulty, in its current form (`a`: its archetype). */
export function characterStatsOf(
  a: Archetype | undefined,
  difficulty: Difficulty,
  e: Entity,
): CharacterStats {
  if (e.trueForm && a?.form) return a.form.stats[difficulty];
  return a?.character?.[difficulty] ?? CHARACTERS.captain;
}
