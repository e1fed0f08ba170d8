/**
 * Every balance number of the simulation in one table. Units: world units (about a metre on the
 * ground, about ten in space), seconds are given as ticks (60 per second).
 * `tests/sim/balance.golden.test.ts` pins these values: a change here is a balance change.
 */
import type { ArchetypeId } from '../mission/schema';

export const TICKS_PER_SECOND = 60;
/**
 * Bumped whenever the same seed and commands can give another result (state hash or IGT);
 * tests/sim/runs.golden.test.ts pins them. (Starting the run afresh on accept, with the run
 * parameters in the accept command, left every golden hash as it was: still 2.)
 * 3: the state hash is now a binary hash of the state (session/stateHash.ts) instead of FNV
 * over canonical JSON text; every state and IGT is the same as in 2, only the hashes differ.
 */
export const SIM_VERSION = 3;

export interface ShipStats {
  hull: number;
  /** Per facing: fore, starboard, aft, port. */
  shield: number;
  shieldRegen: number; // per second per facing
  speed: number; // impulse, units per second
  accel: number;
  turnRate: number; // radians per second
  radius: number;
  beamDamage: number;
  beamRange: number;
  beamCooldown: number; // ticks per beam volley
  /** Beam banks that can bear: fore arc, aft arc. */
  foreBanks: number;
  aftBanks: number;
  torpedoDamage: number;
  torpedoCooldown: number;
  aggroRange: number;
  orbitRange: number;
}

export interface CharacterStats {
  health: number;
  shield: number;
  shieldRegen: number; // per second, after `shieldDelay` ticks without damage
  speed: number;
  radius: number;
  damage: number;
  range: number;
  cooldown: number;
  aggroRange: number;
}

export const SPACE = {
  fullImpulseSpeed: 520,
  fullImpulseAccel: 260,
  /** No damage dealt or taken for this long: out of combat (Full Impulse allowed). */
  combatTicks: 300,
  beamArc: (250 / 360) * Math.PI, // half-arc in radians (250° total)
  torpedoArc: (90 / 360) * Math.PI, // half-arc (90° total)
  torpedoSpeed: 700,
  torpedoRange: 1400,
  torpedoShieldFactor: 0.5,
  torpedoTurnRate: 3,
  respawnTicks: 600,
  /** How far from the station (beyond where it fell) the ship comes back. */
  respawnDistance: 1200,
  shieldDelayTicks: 120,
  /** Emergency Power to Shields: regeneration ×4 and incoming shield damage ×0.7. */
  epts: { duration: 600, cooldown: 2700, regenFactor: 4, resist: 0.7 },
  /** Hazard Emitters: hull repaired over its duration. */
  hazard: { duration: 360, cooldown: 2400, heal: 3000 },
  /** Evasive Maneuvers: speed ×1.8. */
  evasive: { duration: 300, cooldown: 1800, factor: 1.8 },
} as const;

export const PLAYER_SHIP: ShipStats = {
  hull: 14000,
  shield: 3000,
  shieldRegen: 90,
  speed: 180,
  accel: 90,
  turnRate: 1.1,
  radius: 40,
  beamDamage: 140,
  beamRange: 1000,
  beamCooldown: 30,
  foreBanks: 3,
  aftBanks: 2,
  torpedoDamage: 1400,
  torpedoCooldown: 240,
  aggroRange: 0,
  orbitRange: 0,
};

const ship = (s: Partial<ShipStats>): ShipStats => ({ ...PLAYER_SHIP, ...s });

export const ENEMY_SHIPS: Partial<Record<ArchetypeId, ShipStats>> = {
  'defense-emplacement': ship({
    hull: 1600,
    shield: 300,
    shieldRegen: 10,
    speed: 0,
    turnRate: 0,
    radius: 24,
    beamDamage: 55,
    beamRange: 900,
    beamCooldown: 100,
    foreBanks: 1,
    aftBanks: 1,
    torpedoDamage: 0,
    aggroRange: 950,
  }),
  galor: ship({
    hull: 5200,
    shield: 1100,
    shieldRegen: 30,
    speed: 120,
    turnRate: 0.9,
    radius: 44,
    beamDamage: 80,
    beamCooldown: 45,
    foreBanks: 2,
    aftBanks: 1,
    torpedoDamage: 0,
    aggroRange: 1500,
    orbitRange: 650,
  }),
  keldon: ship({
    hull: 6500,
    shield: 1300,
    shieldRegen: 30,
    speed: 115,
    turnRate: 0.85,
    radius: 48,
    beamDamage: 90,
    beamCooldown: 45,
    foreBanks: 2,
    aftBanks: 1,
    torpedoDamage: 0,
    aggroRange: 1500,
    orbitRange: 650,
  }),
  'jemhadar-attack-ship': ship({
    hull: 2800,
    shield: 600,
    shieldRegen: 20,
    speed: 200,
    turnRate: 1.6,
    radius: 30,
    beamDamage: 65,
    beamCooldown: 35,
    foreBanks: 1,
    aftBanks: 0,
    torpedoDamage: 0,
    aggroRange: 1600,
    orbitRange: 500,
  }),
  'undine-attacker': ship({
    hull: 11000,
    shield: 2000,
    shieldRegen: 40,
    speed: 140,
    turnRate: 0.9,
    radius: 56,
    beamDamage: 120,
    beamCooldown: 45,
    foreBanks: 2,
    aftBanks: 1,
    torpedoDamage: 0,
    aggroRange: 2400,
    orbitRange: 700,
  }),
};

export const GROUND = {
  shieldDelayTicks: 240,
  downedTicks: 300,
  officerReviveTicks: 900,
  interactRange: 60,
  injuredRange: 60,
  rescueHoldTicks: 60,
  /** Photon grenade: area damage at the target. */
  grenade: { damage: 420, radius: 90, cooldown: 600, range: 420 },
  /** Shield recharge: restores personal shield. */
  recharge: { amount: 500, cooldown: 1200 },
  /** Medical tricorder: heals health. */
  medic: { amount: 500, cooldown: 1500 },
  followDistance: 70,
  tvalaUndineFormAt: 0.35,
} as const;

const CAPTAIN: CharacterStats = {
  health: 1400,
  shield: 700,
  shieldRegen: 90,
  speed: 150,
  radius: 12,
  damage: 100,
  range: 430,
  cooldown: 24,
  aggroRange: 480,
};

export const CHARACTERS: Record<'captain' | 'bridge-officer', CharacterStats> &
  Partial<Record<ArchetypeId, CharacterStats>> = {
  captain: CAPTAIN,
  'bridge-officer': { ...CAPTAIN, health: 900, shield: 450, damage: 60, cooldown: 30 },
  'federation-officer': {
    ...CAPTAIN,
    health: 520,
    shield: 180,
    shieldRegen: 30,
    speed: 110,
    damage: 34,
    range: 380,
    cooldown: 45,
    aggroRange: 420,
  },
  'undine-infiltrator': {
    ...CAPTAIN,
    health: 650,
    shield: 220,
    shieldRegen: 30,
    speed: 120,
    damage: 40,
    range: 380,
    cooldown: 45,
    aggroRange: 420,
  },
  tvala: {
    ...CAPTAIN,
    health: 5200,
    shield: 1200,
    shieldRegen: 40,
    speed: 120,
    damage: 55,
    range: 420,
    cooldown: 40,
    aggroRange: 700,
  },
  engineer: {
    ...CAPTAIN,
    health: 2600,
    shield: 900,
    shieldRegen: 60,
    speed: 150,
    damage: 0,
    range: 0,
    cooldown: 60,
    aggroRange: 0,
  },
  'injured-officer': {
    ...CAPTAIN,
    health: 300,
    shield: 0,
    shieldRegen: 0,
    speed: 0,
    damage: 0,
    range: 0,
    cooldown: 60,
    aggroRange: 0,
  },
};

/** T'Vala in her true form: harder hitting, faster, short range. */
export const TVALA_UNDINE_FORM = { damage: 85, range: 260, cooldown: 36, speed: 165 } as const;

export type Difficulty = 'easy' | 'normal' | 'elite';
/** Multiplier on damage enemies deal. */
export const DIFFICULTY: Record<Difficulty, number> = { easy: 0.6, normal: 1, elite: 1.6 };
