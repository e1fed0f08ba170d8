/**
 * The simulation's world: plain data only (numbers, strings, arrays), so it snapshots with
 * `structuredClone`, serialises to JSON and hashes canonically. Entities live in one array in
 * creation order; ids are never reused. Nothing here refers to the renderer or the clock.
 */
import type { RngState } from '../core/rng';
import { seedRng } from '../core/rng';
import type { ArchetypeId } from '../mission/schema';
import type { Difficulty } from './balance';

export type Faction = 'player' | 'ally' | 'enemy' | 'neutral';
export type EntityKind = 'ship' | 'character';
export type Behavior = 'hold' | 'patrol' | 'attack';
export type NpcOrder = 'follow' | 'stay' | 'work' | 'attack';

export interface Entity {
  id: number;
  kind: EntityKind;
  /** An archetype of the mission (`archetypes`) or of the player's side (archetypes.ts). */
  archetype: ArchetypeId;
  name: string;
  faction: Faction;
  map: string;
  x: number;
  y: number;
  /** Facing, radians; 0 points along +x. */
  angle: number;
  vx: number;
  vy: number;
  /** Current impulse speed (space). */
  speed: number;
  hull: number;
  hullMax: number;
  /** Space: fore, starboard, aft, port. Ground: one personal shield. */
  shields: number[];
  shieldMax: number;
  alive: boolean;
  /** Ground: downed (not dead) until this tick; 0 when standing. */
  downedUntil: number;
  group: string | null;
  tags: string[];
  npc: string | null;
  behavior: Behavior;
  order: NpcOrder | null;
  /** Where it spawned (patrols circle it); for bridge officers, their place behind the captain. */
  homeX: number;
  homeY: number;
  /** Target entity id or 0. */
  target: number;
  /** Tick of the last damage dealt or taken (combat state, shield regeneration delay). */
  lastCombat: number;
  lastHit: number;
  weaponReady: number;
  secondaryReady: number;
  /** Orbit direction for ships, strafe side on the ground: 1 or -1. */
  side: number;
  /** Has it taken its archetype's second form (T'Vala: dropped her Vulcan disguise)? */
  trueForm: boolean;
  /** Follow slot for away-team members (0..2). */
  slot: number;
  /** Ground: the point being walked to, re-planned a few times a second (0, 0 when none). */
  wayX: number;
  wayY: number;
  /** Ground: could it see and reach its target at the last look? */
  clearShot: boolean;
  /** Its ability (attack run, shield boost, heavy attack, grenade, blast) is ready at this tick. */
  abilityReady: number;
  /** An ability under way (an attack run, a telegraphed charge or fuse) ends at this tick; 0 none. */
  abilityUntil: number;
  /** Where a telegraphed ground attack lands. */
  aimX: number;
  aimY: number;
  /** Jem'Hadar attack runs left in this pass. */
  runs: number;
  /** Ground: what an insurgent is doing instead of trading fire, until `tacticUntil`. */
  tactic: 'none' | 'cover' | 'flank';
  tacticX: number;
  tacticY: number;
  tacticUntil: number;
}

/**
 * Who dealt and took damage in one scene visit, as the combat report sums it: the captain
 * (or the player's ship), the away team and allies, and the player's defeats there.
 */
export interface CombatScene {
  scene: string;
  kind: 'space' | 'ground';
  playerDamageDealt: number;
  playerDamageTaken: number;
  alliesDamageDealt: number;
  playerDeaths: number;
}

export interface Projectile {
  id: number;
  owner: number;
  target: number;
  x: number;
  y: number;
  angle: number;
  damage: number;
  travelled: number;
}

/** What the player is currently asking for; commands change it, the sim reads it every tick. */
export interface PlayerInput {
  throttle: number;
  turn: number;
  moveX: number;
  moveY: number;
  aimX: number;
  aimY: number;
  aiming: boolean;
  firing: boolean;
  fullImpulse: boolean;
  interacting: boolean;
}

export interface Ability {
  id: string;
  readyAt: number;
  activeUntil: number;
}

/** Short-lived things the renderer and sound draw; rebuilt every tick, not game state. */
export type Fx =
  | { type: 'beam'; from: number; to: number; hit: boolean; facing: number }
  | { type: 'rifle'; from: number; to: number; x: number; y: number }
  | { type: 'torpedo'; id: number }
  | { type: 'shieldHit'; target: number; facing: number }
  | { type: 'explosion'; x: number; y: number; size: number }
  | { type: 'downed'; target: number }
  | { type: 'ability'; who: number; ability: string }
  | { type: 'fieldDown'; barrier: string }
  | { type: 'transform'; target: number }
  | { type: 'telegraph'; who: number; x: number; y: number; r: number; ticks: number }
  | { type: 'rescued'; x: number; y: number };

export interface World {
  tick: number;
  rng: RngState;
  difficulty: Difficulty;
  scene: string;
  sceneKind: 'space' | 'ground';
  map: string;
  entities: Entity[];
  projectiles: Projectile[];
  nextId: number;
  /** Id of the entity the player controls (ship or captain). */
  player: number;
  input: PlayerInput;
  abilities: Ability[];
  /** Zone watches: each fires one `enteredZone` event and is removed. */
  watches: { zone: string; actor: string }[];
  enabledInteractables: string[];
  hails: string[];
  /** Barriers still up on any map, by id. */
  barriersUp: string[];
  /** Progress of the current interaction hold. */
  interaction: { target: string; ticks: number } | null;
  /** Space: the ship respawns at this tick; 0 when flying. */
  respawnAt: number;
  /** Failed step: the session restarts it at this tick; 0 when none. */
  restartAt: number;
  /** Scene transition being played (render only, does not stop the sim). */
  transition: { kind: string; startTick: number } | null;
  fx: Fx[];
  /** Damage and defeats by scene visit, in order (the last entry is the current scene's). */
  combat: CombatScene[];
}

export function createWorld(seed: number, difficulty: Difficulty): World {
  return {
    tick: 0,
    rng: seedRng(seed),
    difficulty,
    scene: '',
    sceneKind: 'space',
    map: '',
    entities: [],
    projectiles: [],
    nextId: 1,
    player: 0,
    input: {
      throttle: 0,
      turn: 0,
      moveX: 0,
      moveY: 0,
      aimX: 0,
      aimY: 0,
      aiming: false,
      firing: false,
      fullImpulse: false,
      interacting: false,
    },
    abilities: [],
    watches: [],
    enabledInteractables: [],
    hails: [],
    barriersUp: [],
    interaction: null,
    respawnAt: 0,
    restartAt: 0,
    transition: null,
    fx: [],
    combat: [],
  };
}

export function entityById(world: World, id: number): Entity | undefined {
  if (id === 0) return undefined;
  // Entities are kept in id order: binary search.
  const list = world.entities;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = list[mid]!;
    if (e.id === id) return e;
    if (e.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export const isHostile = (a: Entity, b: Entity): boolean =>
  a.faction === 'enemy' ? b.faction === 'player' || b.faction === 'ally' : b.faction === 'enemy';

export const isActive = (e: Entity, world: World): boolean =>
  e.alive && e.downedUntil === 0 && e.map === world.map;
