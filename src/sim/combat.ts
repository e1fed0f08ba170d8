/**
 * Damage, shields and defeat, shared by space and ground.
 *
 * Space: a hit lands on the shield facing that faces the attacker (fore, starboard, aft,
 * port); what the facing cannot absorb goes to the hull. Ground: one personal shield over
 * health. An entity at zero hull/health is defeated: enemies die, the player's ship is
 * destroyed and respawns, the captain and bridge officers are downed and revive.
 */
import { angleDiff, atan2 } from '../core/detMath';
import type { MissionEvent } from '../mission/events';
import { DIFFICULTY, GROUND, SPACE } from './balance';
import type { SimContext } from './context';
import type { CombatScene, Entity, World } from './world';

/** 0 fore, 1 starboard, 2 aft, 3 port: which facing of `target` looks toward (fromX, fromY). */
export function facingToward(target: Entity, fromX: number, fromY: number): number {
  const rel = angleDiff(target.angle, atan2(fromY - target.y, fromX - target.x));
  const a = Math.abs(rel);
  if (a <= Math.PI / 4) return 0;
  if (a >= (3 * Math.PI) / 4) return 2;
  return rel > 0 ? 1 : 3;
}

export interface Hit {
  amount: number;
  /** Fraction of the damage shields take (torpedoes: 0.5). */
  shieldFactor: number;
  fromX: number;
  fromY: number;
}

/** Applies damage; returns true when this hit defeated the target. */
export function applyDamage(
  world: World,
  attacker: Entity | undefined,
  target: Entity,
  hit: Hit,
): boolean {
  if (!target.alive || target.downedUntil !== 0) return false;
  let amount = hit.amount;
  if (attacker && attacker.faction === 'enemy') amount *= DIFFICULTY[world.difficulty].enemyDamage;
  const hullBefore = target.hull;
  const facing = target.kind === 'ship' ? facingToward(target, hit.fromX, hit.fromY) : 0;
  const shield = target.shields[facing] ?? 0;
  let resist = 1;
  if (target.id === world.player && target.kind === 'ship' && abilityActive(world, 'epts'))
    resist = SPACE.epts.resist;
  let absorbed = 0;
  if (shield > 0) {
    const onShield = amount * hit.shieldFactor * resist;
    if (onShield <= shield) {
      target.shields[facing] = shield - onShield;
      absorbed = onShield;
      amount = amount - amount * hit.shieldFactor;
    } else {
      target.shields[facing] = 0;
      absorbed = shield;
      // The part the shield could not hold goes through at full strength.
      amount = amount - amount * hit.shieldFactor + (onShield - shield) / resist;
    }
    if (target.kind === 'ship') world.fx.push({ type: 'shieldHit', target: target.id, facing });
  }
  target.hull = Math.max(0, target.hull - amount);
  target.lastHit = world.tick;
  target.lastCombat = world.tick;
  if (attacker) attacker.lastCombat = world.tick;
  countDamage(world, attacker, target, absorbed + hullBefore - target.hull);
  return target.hull <= 0;
}

/** The current scene's entry of the combat report (made on first use). */
export function combatScene(world: World): CombatScene {
  const list = world.combat;
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.scene === world.scene) return list[i]!;
  const entry: CombatScene = {
    scene: world.scene,
    kind: world.sceneKind,
    playerDamageDealt: 0,
    playerDamageTaken: 0,
    alliesDamageDealt: 0,
    playerDeaths: 0,
  };
  list.push(entry);
  return entry;
}

/** Adds a hit's damage (what shields and hull lost) to the report. */
function countDamage(world: World, attacker: Entity | undefined, target: Entity, dealt: number) {
  if (dealt <= 0) return;
  if (target.id === world.player) {
    combatScene(world).playerDamageTaken += dealt;
    return;
  }
  if (!attacker || target.faction !== 'enemy') return;
  if (attacker.id === world.player) combatScene(world).playerDamageDealt += dealt;
  else if (attacker.faction === 'player' || attacker.faction === 'ally')
    combatScene(world).alliesDamageDealt += dealt;
}

export function abilityActive(world: World, id: string): boolean {
  const list = world.abilities;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.id === id) return a.activeUntil > world.tick;
  }
  return false;
}

/**
 * Resolves entities at zero: emits the mission events and removes the dead.
 * Group defeat is announced when the last member of a spawn group falls.
 */
export function resolveDefeats(world: World, ctx: SimContext, events: MissionEvent[]) {
  let removed = false;
  const list = world.entities;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (!e.alive || e.hull > 0 || e.downedUntil !== 0) continue;
    if (e.faction === 'player') {
      if (e.id === world.player) combatScene(world).playerDeaths += 1;
      if (e.kind === 'ship') {
        e.alive = false;
        world.respawnAt = world.tick + SPACE.respawnTicks;
        world.fx.push({ type: 'explosion', x: e.x, y: e.y, size: 3 });
      } else {
        e.downedUntil =
          world.tick + (e.id === world.player ? GROUND.downedTicks : GROUND.officerReviveTicks);
        world.fx.push({ type: 'downed', target: e.id });
      }
      continue;
    }
    e.alive = false;
    removed = true;
    world.fx.push({ type: 'explosion', x: e.x, y: e.y, size: e.kind === 'ship' ? 2 : 0 });
    if (e.npc && e.faction !== 'enemy') {
      events.push({ type: 'npcDied', tick: world.tick, npc: e.npc });
      continue;
    }
    events.push({ type: 'defeated', tick: world.tick, tags: e.tags, group: e.group ?? '' });
    if (e.group && !enemyOfGroupAlive(world.entities, e.group)) {
      const tags = [...(ctx.spawns.get(e.group)?.tags ?? [])];
      events.push({ type: 'groupDefeated', tick: world.tick, tags, group: e.group });
    }
  }
  if (removed) world.entities = world.entities.filter((e) => e.alive || e.faction === 'player');
}

/**
 * Is an enemy of the group still alive? (A helper, not a closure in the loop above: a closure
 * over the loop's entity made every iteration allocate a context.)
 */
function enemyOfGroupAlive(list: readonly Entity[], group: string): boolean {
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    if (o.alive && o.group === group && o.faction === 'enemy') return true;
  }
  return false;
}

export function regenerateShields(world: World, e: Entity, perSecond: number, delay: number) {
  if (world.tick - e.lastHit < delay) return;
  const add = perSecond / 60;
  for (let i = 0; i < e.shields.length; i++) {
    const s = e.shields[i]!;
    if (s < e.shieldMax) e.shields[i] = Math.min(e.shieldMax, s + add);
  }
}

export const inCombat = (world: World, e: Entity): boolean =>
  world.tick - e.lastCombat < SPACE.combatTicks;
