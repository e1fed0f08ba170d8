/**
 * Creating and removing entities, and carrying out the mission machine's effects on the world.
 */
import { atan2, TAU } from '../core/detMath';
import { nextFloat } from '../core/rng';
import { fromAngle } from '../core/vec';
import type { MissionEffect } from '../mission/events';
import { CHARACTERS, PLAYER_SHIP } from './balance';
import { combatScene } from './combat';
import type { SimContext } from './context';
import type { Behavior, Entity, Faction, World } from './world';

const BRIDGE_OFFICERS = ['Lt. Sorel (Science)', 'Lt. Okafor (Tactical)', 'Lt. Vance (Engineering)'];

interface NewEntity {
  kind: Entity['kind'];
  archetype: Entity['archetype'];
  name: string;
  faction: Faction;
  x: number;
  y: number;
  angle: number;
  hull: number;
  shieldCount: number;
  shield: number;
  group?: string | null;
  tags?: string[];
  npc?: string | null;
  behavior?: Behavior;
  slot?: number;
}

/**
 * Entities are made by this constructor, not as an object literal, so that their hidden class
 * (V8's "map") is their own. Object literals with the same keys in the same order share one,
 * and the snapshot schema's shape (`EntitySchema`, whose values are schema objects) is such a
 * literal: sharing it made every number field of an entity a field of "any value", so each
 * store of a fractional number (a position, a speed, every tick) boxed a new heap number.
 * Entities stay plain data: their prototype is `Object.prototype`, as a literal's.
 */
function EntityData(this: Entity, world: World, n: NewEntity) {
  this.id = world.nextId++;
  this.kind = n.kind;
  this.archetype = n.archetype;
  this.name = n.name;
  this.faction = n.faction;
  this.map = world.map;
  this.x = n.x;
  this.y = n.y;
  this.angle = n.angle;
  this.vx = 0;
  this.vy = 0;
  this.speed = 0;
  this.hull = n.hull;
  this.hullMax = n.hull;
  const shields: number[] = [];
  for (let i = 0; i < n.shieldCount; i++) shields.push(n.shield);
  this.shields = shields;
  this.shieldMax = n.shield;
  this.alive = true;
  this.downedUntil = 0;
  this.group = n.group ?? null;
  this.tags = n.tags ?? [];
  this.npc = n.npc ?? null;
  this.behavior = n.behavior ?? 'hold';
  this.order = null;
  this.homeX = n.x;
  this.homeY = n.y;
  this.target = 0;
  this.lastCombat = -10_000;
  this.lastHit = -10_000;
  this.weaponReady = 0;
  this.secondaryReady = 0;
  this.side = nextFloat(world.rng) < 0.5 ? -1 : 1;
  this.trueForm = false;
  this.slot = n.slot ?? 0;
  this.wayX = 0;
  this.wayY = 0;
  this.clearShot = false;
  this.abilityReady = 0;
  this.abilityUntil = 0;
  this.aimX = 0;
  this.aimY = 0;
  this.runs = 0;
  this.tactic = 'none';
  this.tacticX = 0;
  this.tacticY = 0;
  this.tacticUntil = 0;
}
EntityData.prototype = Object.prototype;
const makeEntity = EntityData as unknown as new (world: World, n: NewEntity) => Entity;

export function addEntity(world: World, n: NewEntity): Entity {
  const e = new makeEntity(world, n);
  world.entities.push(e);
  return e;
}

function spawnGroup(world: World, ctx: SimContext, groupId: string) {
  const g = ctx.spawns.get(groupId);
  if (!g || g.map !== world.map) return;
  const points = typeof g.at === 'string' ? [g.at] : g.at;
  const total = g.members.reduce((n, m) => n + m.count, 0);
  let index = 0;
  for (const member of g.members) {
    for (let k = 0; k < member.count; k++, index++) {
      const pointId = points.length === 1 ? points[0]! : points[index]!;
      const p = ctx.point(g.map, pointId) ?? { x: 0, y: 0, angle: 0 };
      // Members sharing one point stand in a small ring around it.
      const spread =
        points.length === 1 && total > 1 ? (world.sceneKind === 'space' ? 160 : 36) : 0;
      const off = fromAngle((index / total) * TAU, spread);
      const archetype = member.archetype;
      // Resolved once per mission (context.ts); the validator has checked the id exists.
      const a = ctx.archetypes.get(archetype);
      if (!a) continue;
      const npc = member.npc ? ctx.script.npcs.find((n) => n.id === member.npc) : undefined;
      const faction: Faction = npc ? npc.faction : a.faction;
      const tags = [...g.tags, ...member.tags];
      // Each archetype says how much tougher it is on each difficulty (× hull and shields).
      const tough = a.health[world.difficulty];
      const ship = a.ship?.[world.difficulty];
      const c = a.character?.[world.difficulty] ?? CHARACTERS.captain;
      // One literal of every field in one order for ships and characters alike: this runs a few
      // dozen times a run, too seldom to be optimised, so it is kept simple for the interpreter.
      const e = addEntity(world, {
        kind: ship ? 'ship' : 'character',
        archetype,
        name: ship ? a.name : (npc?.name ?? a.name),
        faction,
        x: p.x + off.x,
        y: p.y + off.y,
        angle: p.angle,
        hull: ship ? ship.hull * tough : c.health * tough,
        shieldCount: ship ? 4 : 1,
        shield: ship ? ship.shield * tough : c.shield * tough,
        group: g.id,
        tags,
        npc: member.npc ?? null,
        behavior: g.behavior,
        slot: 0,
      });
      if (ship) {
        const station = ctx.geometry[g.map]?.hulls[0];
        // Emplacements face away from the station: their arc covers open space.
        if (a.kind === 'emplacement' && station) e.angle = atan2(e.y - station.y, e.x - station.x);
        // Abilities come into play a little after the ship does, staggered.
        e.abilityReady = world.tick + 180 + e.id * 17;
      } else {
        e.abilityReady = world.tick + 240 + ((e.id * 37) % 300);
      }
    }
  }
}

function despawnGroup(world: World, groupId: string) {
  world.entities = world.entities.filter((e) => e.group !== groupId);
}

/** Puts the player (and on the ground the away team) at the scene's start point. */
function placePlayer(world: World, ctx: SimContext) {
  const scene = ctx.script.scenes.find((s) => s.id === world.scene)!;
  const p = ctx.point(scene.map, scene.start) ?? { x: 0, y: 0, angle: 0 };
  world.entities = world.entities.filter((e) => e.faction !== 'player');
  if (world.sceneKind === 'space') {
    const ship = addEntity(world, {
      kind: 'ship',
      archetype: 'player-ship',
      name: 'U.S.S. Resolute',
      faction: 'player',
      x: p.x,
      y: p.y,
      angle: p.angle,
      hull: PLAYER_SHIP.hull,
      shieldCount: 4,
      shield: PLAYER_SHIP.shield,
    });
    world.player = ship.id;
    return;
  }
  const cap = CHARACTERS.captain;
  const captain = addEntity(world, {
    kind: 'character',
    archetype: 'captain',
    name: 'Captain',
    faction: 'player',
    x: p.x,
    y: p.y,
    angle: p.angle,
    hull: cap.health,
    shieldCount: 1,
    shield: cap.shield,
  });
  world.player = captain.id;
  const bo = CHARACTERS['bridge-officer'];
  BRIDGE_OFFICERS.forEach((name, slot) => {
    const off = fromAngle(p.angle + Math.PI + (slot - 1) * 0.7, 40);
    addEntity(world, {
      kind: 'character',
      archetype: 'bridge-officer',
      name,
      faction: 'player',
      x: p.x + off.x,
      y: p.y + off.y,
      angle: p.angle,
      hull: bo.health,
      shieldCount: 1,
      shield: bo.shield,
      slot,
    });
  });
}

export function changeScene(world: World, ctx: SimContext, sceneId: string, transition: string) {
  const scene = ctx.script.scenes.find((s) => s.id === sceneId);
  if (!scene) return;
  world.scene = scene.id;
  world.sceneKind = scene.kind;
  world.map = scene.map;
  world.entities = world.entities.filter((e) => e.map === scene.map && e.faction !== 'player');
  world.projectiles = [];
  world.interaction = null;
  world.respawnAt = 0;
  const map = ctx.maps.get(scene.map)!;
  world.barriersUp = map.barriers.map((b) => b.id);
  world.transition = transition === 'none' ? null : { kind: transition, startTick: world.tick };
  combatScene(world);
  placePlayer(world, ctx);
}

/** Carries out one mission effect. Effects that only concern the interface are ignored here. */
export function applyEffect(
  world: World,
  ctx: SimContext,
  effect: MissionEffect,
  restartDelay: number,
) {
  switch (effect.type) {
    case 'changeScene':
      changeScene(world, ctx, effect.scene, effect.transition);
      break;
    case 'spawn':
      spawnGroup(world, ctx, effect.group);
      break;
    case 'despawn':
      despawnGroup(world, effect.group);
      break;
    case 'resetStep':
      for (const g of effect.groups) despawnGroup(world, g);
      world.watches = [];
      world.enabledInteractables = [];
      world.hails = [];
      break;
    case 'npcOrder':
      for (const e of world.entities) if (e.npc === effect.npc) e.order = effect.order;
      break;
    case 'watchZone':
      if (!world.watches.some((w) => w.zone === effect.zone && w.actor === effect.actor)) {
        world.watches.push({ zone: effect.zone, actor: effect.actor });
      }
      break;
    case 'enableInteractable':
      if (!world.enabledInteractables.includes(effect.target))
        world.enabledInteractables.push(effect.target);
      break;
    case 'disableInteractable':
      world.enabledInteractables = world.enabledInteractables.filter((t) => t !== effect.target);
      break;
    case 'enableHail':
      if (!world.hails.includes(effect.contact)) world.hails.push(effect.contact);
      break;
    case 'stepFailed':
      world.restartAt = world.tick + restartDelay;
      break;
    default:
      break;
  }
}
